#pragma once
// Strict reading of a job config object: known fields with the right types,
// defaults for the absent ones, and an error naming any unknown field (a
// typo in a stored config must not silently change a run).

#include <QJsonObject>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace prodrome::core {

class JsonFields {
 public:
  JsonFields(const QJsonObject& object, std::string what) : object_(object), what_(std::move(what)) {}

  void get(const char* name, std::string& out);
  void get(const char* name, int& out);
  void get(const char* name, std::int64_t& out);
  void get(const char* name, std::uint64_t& out);  // a decimal string or a non-negative integer
  void get(const char* name, double& out);
  void get(const char* name, bool& out);
  void get(const char* name, std::vector<std::int64_t>& out);
  void get(const char* name, std::vector<int>& out);
  void get(const char* name, std::vector<double>& out);
  // Throws core::Error naming the first field that no get() asked for.
  void finish() const;

 private:
  [[noreturn]] void wrongType(const char* name, const char* expected) const;
  const QJsonObject& object_;
  std::string what_;
  std::set<QString> seen_;
};

}  // namespace prodrome::core
