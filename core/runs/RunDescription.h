#pragma once
// What a stored run is about, for people: its kind, the model it made or
// used, the clip sets or recordings it read and when it started, read from
// its stored config through the config types (leniently: a run another
// version wrote still reads). The project tree and `prodrome runs list`
// name runs from this, so the two call a run the same.

#include "database/RunStore.h"

#include <QString>
#include <QStringList>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

struct RunDescription {
  enum class Kind { Pretraining, FineTuning, FewShot, Forecast };
  Kind kind = Kind::Pretraining;
  // Pre-training and fine-tuning: the model the run makes; a k-shot
  // evaluation: the encoder it evaluates (its label when it has one, else
  // the base model, else "no stage 1"); a forecast: the model it runs.
  QString model;
  QStringList clipSets;  // by name (by id when a set was deleted)
  int recordings = 0;    // a forecast's
  QString started;       // local time, "yyyy-MM-dd HH:mm"; empty before the run starts
  QString problem;       // set when the config does not read (the rest is then partial)
};

RunDescription describeRun(const database::Run& run, database::Database& db);

// The one rule for a run's kind: a fine-tuning run whose config holds
// "fewshot" (FewShotConfig's key) is a k-shot evaluation.
RunDescription::Kind runKindOf(const database::Run& run);

// "pre-training", "fine-tuning", "k-shot evaluation", "forecast" (English;
// the GUI translates its own).
const char* runKindName(RunDescription::Kind kind);

// One line for the command line: "pre-training · enc-rynh · clip sets a, b · 2026-12-03 14:02".
QString runTitle(const RunDescription& d);

}  // namespace prodrome::core
