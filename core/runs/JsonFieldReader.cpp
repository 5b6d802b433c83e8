#include "core/runs/JsonFieldReader.h"

#include "core/Error.h"

#include <QJsonArray>

#include <cmath>

namespace prodrome::core {

namespace {

bool isInteger(const QJsonValue& v) {
  const double d = v.toDouble();
  return v.isDouble() && std::isfinite(d) && d == std::floor(d) && std::fabs(d) <= 9007199254740992.0;
}

}  // namespace

void JsonFieldReader::wrongType(const char* name, const char* expected) const {
  throw Error(what_ + ": field '" + name + "' must be " + expected);
}

void JsonFieldReader::get(const char* name, std::string& out) {
  seen_.insert(name);
  if (!object_.contains(name)) return;
  if (!object_[name].isString()) wrongType(name, "a string");
  out = object_[name].toString().toStdString();
}

void JsonFieldReader::get(const char* name, int& out) {
  std::int64_t v = out;
  get(name, v);
  if (v < INT32_MIN || v > INT32_MAX) wrongType(name, "a 32-bit integer");
  out = static_cast<int>(v);
}

void JsonFieldReader::get(const char* name, std::int64_t& out) {
  seen_.insert(name);
  if (!object_.contains(name)) return;
  if (!isInteger(object_[name])) wrongType(name, "an integer");
  out = static_cast<std::int64_t>(object_[name].toDouble());
}

void JsonFieldReader::get(const char* name, std::uint64_t& out) {
  seen_.insert(name);
  if (!object_.contains(name)) return;
  const auto v = object_[name];
  if (v.isString()) {
    bool ok = false;
    const auto parsed = v.toString().toULongLong(&ok);
    if (!ok) wrongType(name, "a non-negative integer");
    out = parsed;
  } else if (isInteger(v) && v.toDouble() >= 0) {
    out = static_cast<std::uint64_t>(v.toDouble());
  } else {
    wrongType(name, "a non-negative integer");
  }
}

void JsonFieldReader::get(const char* name, double& out) {
  seen_.insert(name);
  if (!object_.contains(name)) return;
  if (!object_[name].isDouble()) wrongType(name, "a number");
  out = object_[name].toDouble();
}

void JsonFieldReader::get(const char* name, bool& out) {
  seen_.insert(name);
  if (!object_.contains(name)) return;
  if (!object_[name].isBool()) wrongType(name, "true or false");
  out = object_[name].toBool();
}

void JsonFieldReader::get(const char* name, std::vector<std::int64_t>& out) {
  seen_.insert(name);
  if (!object_.contains(name)) return;
  if (!object_[name].isArray()) wrongType(name, "an array of integers");
  out.clear();
  for (const auto& v : object_[name].toArray()) {
    if (!isInteger(v)) wrongType(name, "an array of integers");
    out.push_back(static_cast<std::int64_t>(v.toDouble()));
  }
}

void JsonFieldReader::get(const char* name, std::vector<int>& out) {
  std::vector<std::int64_t> wide(out.begin(), out.end());
  get(name, wide);
  out.assign(wide.begin(), wide.end());
}

void JsonFieldReader::get(const char* name, std::vector<double>& out) {
  seen_.insert(name);
  if (!object_.contains(name)) return;
  if (!object_[name].isArray()) wrongType(name, "an array of numbers");
  out.clear();
  for (const auto& v : object_[name].toArray()) {
    if (!v.isDouble()) wrongType(name, "an array of numbers");
    out.push_back(v.toDouble());
  }
}

void JsonFieldReader::finish() const {
  for (auto it = object_.begin(); it != object_.end(); ++it)
    if (!seen_.count(it.key())) throw Error(what_ + ": unknown field '" + it.key().toStdString() + "'");
}

}  // namespace prodrome::core
