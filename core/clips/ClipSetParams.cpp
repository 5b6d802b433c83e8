#include "core/clips/ClipSetParams.h"

#include "core/Error.h"
#include "database/DatabaseError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace prodrome::core {

namespace {

constexpr int kJsonVersion = 1;

// A number as people write it: 3600, 0.5, 1e+308 (std::to_string printed
// 1e308 as 309 digits and 3 as 3.000000).
std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", value);
  return text;
}

void requireRange(const char* field, double value, double low, double high) {
  if (!std::isfinite(value) || value < low || value > high)
    throw Error("invalid clip-set parameter '" + std::string(field) + "' = " + number(value) + ": must lie in [" +
                number(low) + ", " + number(high) + "]");
}

void requirePositive(const char* field, double value) {
  if (!std::isfinite(value) || value <= 0)
    throw Error("invalid clip-set parameter '" + std::string(field) + "' = " + number(value) + ": must be positive");
}

}  // namespace

double defaultInterIctalGapSeconds(Species species) { return species == Species::Human ? 30.0 * 60.0 : 60.0; }

void ClipSetParams::validate() const {
  requireRange("clipSeconds", clipSeconds, 3, 10);
  requireRange("horizonSeconds", horizonSeconds, 0, 3600);
  requirePositive("strideSeconds", strideSeconds);
  if (normalStrideSeconds != 0) requirePositive("normalStrideSeconds", normalStrideSeconds);
  requireRange("postIctalSeconds", postIctalSeconds, 0, 24 * 3600);
  requireRange("humanGapSeconds", humanGapSeconds, 0, 24 * 3600);
  requireRange("rodentGapSeconds", rodentGapSeconds, 0, 24 * 3600);
  if (maxPreictalPerSeizure < 0 || maxIctalPerSeizure < 0 || maxNormalPerRecording < 0)
    throw Error("invalid clip-set parameters: a cap is negative (0 means no cap)");
  requireRange("normalPerPreictal", normalPerPreictal, 0, 1e6);
  if (!buildPreictal && !buildNormal && !buildIctal)
    throw Error("invalid clip-set parameters: no label to build (preictal, normal and ictal all off)");
  std::set<std::string> seen;
  for (const std::string& code : subjects) {
    if (code.empty()) throw Error("invalid clip-set parameters: an empty subject code in 'subjects'");
    if (!seen.insert(code).second)
      throw Error("invalid clip-set parameters: subject '" + code + "' is listed twice in 'subjects'");
  }
}

bool ClipSetParams::includes(Species subjectSpecies, const std::string& subjectCode) const {
  if (species && subjectSpecies != *species) return false;
  return subjects.empty() || std::find(subjects.begin(), subjects.end(), subjectCode) != subjects.end();
}

std::string ClipSetParams::toJson() const {
  QJsonObject object;
  object["version"] = kJsonVersion;
  object["clipSeconds"] = clipSeconds;
  object["horizonSeconds"] = horizonSeconds;
  object["strideSeconds"] = strideSeconds;
  object["normalStrideSeconds"] = normalStrideSeconds;
  object["postIctalSeconds"] = postIctalSeconds;
  object["humanGapSeconds"] = humanGapSeconds;
  object["rodentGapSeconds"] = rodentGapSeconds;
  object["buildPreictal"] = buildPreictal;
  object["buildNormal"] = buildNormal;
  object["buildIctal"] = buildIctal;
  object["artifactsExcludeNormals"] = artifactsExcludeNormals;
  object["maxPreictalPerSeizure"] = maxPreictalPerSeizure;
  object["maxIctalPerSeizure"] = maxIctalPerSeizure;
  object["maxNormalPerRecording"] = maxNormalPerRecording;
  object["normalPerPreictal"] = normalPerPreictal;
  object["seed"] = QJsonValue(static_cast<qint64>(seed));
  if (species) {
    const std::string_view name = database::toString(*species);
    object["species"] = QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
  }
  if (!subjects.empty()) {
    QJsonArray codes;
    for (const std::string& code : subjects) codes.append(QString::fromStdString(code));
    object["subjects"] = codes;
  }
  return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

ClipSetParams ClipSetParams::fromJson(std::string_view json) {
  QJsonParseError parseError;
  const QJsonDocument document =
      QJsonDocument::fromJson(QByteArray(json.data(), static_cast<qsizetype>(json.size())), &parseError);
  if (parseError.error != QJsonParseError::NoError)
    throw Error("cannot read clip-set parameters: " + parseError.errorString().toStdString() + " at offset " +
                std::to_string(parseError.offset));
  if (!document.isObject()) throw Error("cannot read clip-set parameters: the JSON text is not an object");
  const QJsonObject object = document.object();

  std::set<QString> known;
  auto number = [&](const char* key, double& field) {
    known.insert(key);
    if (!object.contains(key)) return;
    if (!object[key].isDouble())
      throw Error("cannot read clip-set parameters: '" + std::string(key) + "' is not a number");
    field = object[key].toDouble();
  };
  auto flag = [&](const char* key, bool& field) {
    known.insert(key);
    if (!object.contains(key)) return;
    if (!object[key].isBool())
      throw Error("cannot read clip-set parameters: '" + std::string(key) + "' is not true/false");
    field = object[key].toBool();
  };
  auto integer = [&](const char* key, auto& field) {
    known.insert(key);
    if (!object.contains(key)) return;
    const QJsonValue value = object[key];
    const double asDouble = value.toDouble();
    if (!value.isDouble() || asDouble != std::floor(asDouble))
      throw Error("cannot read clip-set parameters: '" + std::string(key) + "' is not an integer");
    // toInteger() keeps all 64 bits of a seed that toDouble() would round.
    field = static_cast<std::remove_reference_t<decltype(field)>>(value.toInteger());
  };

  ClipSetParams params;
  double version = kJsonVersion;
  number("version", version);
  if (version != kJsonVersion)
    throw Error("cannot read clip-set parameters of version " + std::to_string(version) +
                ": this build reads version " + std::to_string(kJsonVersion));
  number("clipSeconds", params.clipSeconds);
  number("horizonSeconds", params.horizonSeconds);
  number("strideSeconds", params.strideSeconds);
  number("normalStrideSeconds", params.normalStrideSeconds);
  number("postIctalSeconds", params.postIctalSeconds);
  number("humanGapSeconds", params.humanGapSeconds);
  number("rodentGapSeconds", params.rodentGapSeconds);
  flag("buildPreictal", params.buildPreictal);
  flag("buildNormal", params.buildNormal);
  flag("buildIctal", params.buildIctal);
  flag("artifactsExcludeNormals", params.artifactsExcludeNormals);
  integer("maxPreictalPerSeizure", params.maxPreictalPerSeizure);
  integer("maxIctalPerSeizure", params.maxIctalPerSeizure);
  integer("maxNormalPerRecording", params.maxNormalPerRecording);
  number("normalPerPreictal", params.normalPerPreictal);
  integer("seed", params.seed);
  known.insert("species");
  if (object.contains("species")) {
    const QJsonValue value = object["species"];
    if (!value.isString()) throw Error("cannot read clip-set parameters: 'species' is not a string");
    try {
      params.species = database::speciesFromString(value.toString().toStdString());
    } catch (const database::ValidationError& error) {
      throw Error("cannot read clip-set parameters: 'species': " + std::string(error.what()));
    }
  }
  known.insert("subjects");
  if (object.contains("subjects")) {
    if (!object["subjects"].isArray())
      throw Error("cannot read clip-set parameters: 'subjects' is not an array of subject codes");
    for (const QJsonValue& code : object["subjects"].toArray()) {
      if (!code.isString())
        throw Error("cannot read clip-set parameters: 'subjects' holds something other than a subject code");
      params.subjects.push_back(code.toString().toStdString());
    }
  }
  for (auto it = object.begin(); it != object.end(); ++it)
    if (!known.count(it.key()))
      throw Error("cannot read clip-set parameters: unknown field '" + it.key().toStdString() + "'");
  params.validate();
  return params;
}

}  // namespace prodrome::core
