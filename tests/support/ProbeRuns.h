#pragma once
// A few-shot run that probed a pre-training run's snapshot, stored the way
// core::probeSnapshots stores one (FewShotConfig::probeOfRun / probeStep),
// with three 2-shot episodes whose ROC-AUCs are made by hand: the head's
// head + 0.01 e and the tokens alone's tokens + 0.02 e for episode e. The
// suites that read probe curves (runs show, the run view) share it.

#include "database/RunStore.h"

#include <QtGlobal>

#include <cstdint>

namespace prodrome::test {

qint64 addProbeRun(database::RunStore& runs, qint64 pretrainRun, std::int64_t step, double tokens, double head,
                   qint64 clipSet = 0);

}  // namespace prodrome::test
