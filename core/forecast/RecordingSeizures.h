#pragma once
// A recording's seizures as forecasting sees them: the seizure events (not
// artifacts or other marks), by onset. One definition for the forecast run's
// metrics, fine-tuning's probe, the demo and the review, so that every
// figure counts the same seizures.

#include "core/forecast/AlarmMetrics.h"
#include "database/EventStore.h"

#include <cstdint>
#include <vector>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

// The seizure events of a recording, by onset then id; marks of one seizure
// by two raters merged into one (core/clips/SeizureUnion.h): the earliest
// mark's event, its offset the latest of them.
std::vector<database::Event> seizureEvents(database::Database& db, std::int64_t recordingId);
// The same seizures as the intervals alarm metrics take (in the same order).
std::vector<SeizureInterval> seizureIntervals(const std::vector<database::Event>& seizures);
std::vector<SeizureInterval> seizuresOf(database::Database& db, std::int64_t recordingId);

}  // namespace prodrome::core
