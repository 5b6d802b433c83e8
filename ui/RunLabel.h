#pragma once
// What a stored run is called wherever the GUI names it (the project tree,
// the run view's title): one rule (core::runKindOf, core::describeRun), so a
// k-shot evaluation is never "fine-tuning" in one place and "k-shot
// evaluation" in another, and the tree names runs as `prodrome runs list` does.

#include "database/RunStore.h"

#include <QString>

namespace prodrome::database {
class Database;
}

namespace prodrome::ui {

// "pre-training", "k-shot evaluation", "fine-tuning" or "forecast", translated.
QString runKindLabel(const database::Run& run);

// "Run 7 · fine-tuning · forecaster · clip set demo · 2026-12-03 14:02":
// kind, model, clip set(s) or recordings and start, translated.
QString runTitle(const database::Run& run, database::Database& db);

}  // namespace prodrome::ui
