#include "core/runs/JsonFieldWriter.h"

#include <QJsonArray>

namespace prodrome::core {

namespace {

template <typename T>
QJsonArray array(const std::vector<T>& values) {
  QJsonArray a;
  for (const T v : values) a.append(static_cast<qint64>(v));
  return a;
}

}  // namespace

void JsonFieldWriter::operator()(const char* name, const std::string& value) {
  object_[name] = QString::fromStdString(value);
}
void JsonFieldWriter::operator()(const char* name, int value) { object_[name] = value; }
void JsonFieldWriter::operator()(const char* name, std::int64_t value) { object_[name] = static_cast<qint64>(value); }
void JsonFieldWriter::operator()(const char* name, std::uint64_t value) { object_[name] = QString::number(value); }
void JsonFieldWriter::operator()(const char* name, double value) { object_[name] = value; }
void JsonFieldWriter::operator()(const char* name, bool value) { object_[name] = value; }
void JsonFieldWriter::operator()(const char* name, const std::vector<std::int64_t>& values) {
  object_[name] = array(values);
}
void JsonFieldWriter::operator()(const char* name, const std::vector<int>& values) { object_[name] = array(values); }
void JsonFieldWriter::operator()(const char* name, const std::vector<double>& values) {
  QJsonArray a;
  for (const double v : values) a.append(v);
  object_[name] = a;
}

}  // namespace prodrome::core
