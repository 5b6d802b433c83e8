#pragma once
// A config type's JSON, both ways, from its one field list: a static
// `fields(config, visit)` that calls visit(name, member) for every stored
// member (const for writing, mutable for reading).

#include "core/runs/JsonFieldReader.h"
#include "core/runs/JsonFieldWriter.h"

#include <QJsonObject>

namespace prodrome::core {

template <typename Config>
QJsonObject configToJson(const Config& config) {
  JsonFieldWriter writer;
  Config::fields(config, writer);
  return writer.object();
}

// Throws core::Error naming `what`, the field and what is wrong with it.
template <typename Config>
Config configFromJson(const QJsonObject& json, const char* what, UnknownFields unknown = UnknownFields::Reject) {
  JsonFieldReader reader(json, what);
  Config config;
  Config::fields(config, reader);
  if (unknown == UnknownFields::Reject) reader.finish();
  return config;
}

}  // namespace prodrome::core
