#include "core/clips/NeighbourSeizures.h"

#include <cmath>
#include <unordered_map>

namespace prodrome::core {

void addNeighbourSeizures(std::vector<RecordingTimeline>& timelines, const std::vector<PeriodLayout>& periods) {
  std::unordered_map<std::int64_t, RecordingTimeline*> byId;
  for (RecordingTimeline& t : timelines) byId[t.id] = &t;
  for (const PeriodLayout& period : periods) {
    const auto& files = period.files;
    for (std::size_t i = 0; i < files.size(); ++i) {
      const auto here = byId.find(files[i].recordingId);
      if (here == byId.end()) continue;
      RecordingTimeline& target = *here->second;
      const auto frameHere = [&](double seconds) {
        return static_cast<std::int64_t>(std::llround((seconds - files[i].startSeconds) * files[i].fps));
      };
      bool continuous = true;  // every file from i to j follows its previous one
      for (std::size_t j = 0; j < files.size(); ++j) {
        if (j > i) continuous = continuous && files[j].contiguousWithPrevious;
        if (j == i) continue;
        const auto there = byId.find(files[j].recordingId);
        if (there == byId.end()) continue;
        for (const TimelineEvent& e : there->second->events) {
          if (e.kind != EventKind::Seizure) continue;
          NeighbourSeizure n;
          n.id = e.id;
          n.onsetFrame = frameHere(files[j].secondsOf(e.onsetFrame));
          if (e.offsetFrame) n.offsetFrame = std::max(n.onsetFrame + 1, frameHere(files[j].secondsOf(*e.offsetFrame)));
          n.continuous = j > i && continuous;
          target.neighbourSeizures.push_back(n);
        }
      }
    }
  }
}

}  // namespace prodrome::core
