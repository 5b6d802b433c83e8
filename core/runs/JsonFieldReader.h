#pragma once
// Strict reading of a stored config object: known fields with the right
// types, defaults for the absent ones, and an error naming any unknown field
// (a typo in a stored config must not silently change a run). A config
// lists its fields once (`fields(config, visit)`); this reader and
// JsonFieldWriter are the two visits.

#include <QJsonObject>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace prodrome::core {

// Rejecting unknown fields is for configs a run will act on (a resume, a
// stored job); ignoring them is for reading what a run did, which an older
// or newer version of Prodrome may have written.
enum class UnknownFields { Reject, Ignore };

class JsonFieldReader {
 public:
  JsonFieldReader(const QJsonObject& object, std::string what) : object_(object), what_(std::move(what)) {}

  void get(const char* name, std::string& out);
  void get(const char* name, int& out);
  void get(const char* name, std::int64_t& out);
  void get(const char* name, std::uint64_t& out);  // a decimal string or a non-negative integer
  void get(const char* name, double& out);
  void get(const char* name, bool& out);
  void get(const char* name, std::vector<std::int64_t>& out);
  void get(const char* name, std::vector<int>& out);
  void get(const char* name, std::vector<double>& out);
  // The visit a config's field list calls.
  template <typename T>
  void operator()(const char* name, T& out) {
    get(name, out);
  }
  // Throws core::Error naming the first field that no get() asked for.
  void finish() const;

 private:
  [[noreturn]] void wrongType(const char* name, const char* expected) const;
  const QJsonObject& object_;
  std::string what_;
  std::set<QString> seen_;
};

}  // namespace prodrome::core
