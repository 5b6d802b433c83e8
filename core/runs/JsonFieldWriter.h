#pragma once
// Writes a config's fields into a JSON object: the other visit of the field
// list that JsonFieldReader reads, so a field's name and type are written
// once. 64-bit unsigned values (seeds) are decimal strings, since a JSON
// number (a double) cannot hold every one.

#include <QJsonObject>

#include <cstdint>
#include <string>
#include <vector>

namespace prodrome::core {

class JsonFieldWriter {
 public:
  void operator()(const char* name, const std::string& value);
  void operator()(const char* name, int value);
  void operator()(const char* name, std::int64_t value);
  void operator()(const char* name, std::uint64_t value);
  void operator()(const char* name, double value);
  void operator()(const char* name, bool value);
  void operator()(const char* name, const std::vector<std::int64_t>& values);
  void operator()(const char* name, const std::vector<int>& values);
  void operator()(const char* name, const std::vector<double>& values);

  const QJsonObject& object() const { return object_; }

 private:
  QJsonObject object_;
};

}  // namespace prodrome::core
