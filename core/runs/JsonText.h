#pragma once
// The JSON text of run configs and metrics as the project stores them.

#include <QJsonObject>
#include <QJsonValue>

#include <string>

namespace prodrome::core {

std::string toJsonText(const QJsonObject& object);
// A metric for a run's JSON: NaN and infinities (undefined metrics) as null.
QJsonValue jsonNumber(double value);
// Its reading: a number as stored, `fallback` for null or anything else.
double jsonNumberOr(const QJsonValue& value, double fallback);
// Throws core::Error naming `what` when the text is not a JSON object.
QJsonObject parseJsonObject(const std::string& text, const std::string& what);

}  // namespace prodrome::core
