#include "core/runs/JsonText.h"

#include "core/Error.h"

#include <QJsonDocument>

#include <cmath>

namespace prodrome::core {

std::string toJsonText(const QJsonObject& object) {
  return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

QJsonValue jsonNumber(double value) { return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null); }

double jsonNumberOr(const QJsonValue& value, double fallback) {
  return value.isDouble() ? value.toDouble() : fallback;
}

QJsonObject parseJsonObject(const std::string& text, const std::string& what) {
  QJsonParseError error{};
  const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(text), &error);
  if (error.error != QJsonParseError::NoError || !doc.isObject())
    throw Error(what + " is not a JSON object: " + error.errorString().toStdString());
  return doc.object();
}

}  // namespace prodrome::core
