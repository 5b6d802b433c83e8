#include "core/clips/EmptyLabelReasons.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <vector>

namespace prodrome::core {

namespace {

struct ReasonText {
  Q_DECLARE_TR_FUNCTIONS(prodrome::core::EmptyLabelReasons)
};

struct Span {
  std::int64_t begin = 0, end = 0;
};

QString secondsText(double s) { return QString::number(s, 'g', 4); }

// The seizures of a recording as the builder reads them (its rule for open ones).
std::vector<Span> seizureSpansOf(const RecordingTimeline& r) {
  std::vector<Span> spans;
  for (const SeizureSpan& s : seizureSpans(r)) spans.push_back({s.onset, s.spanEnd});
  return spans;
}

// The longest stretch of the recording, in frames, that keeps `gap` frames
// from every seizure span (and, when given, clear of `others`).
std::int64_t longestClearStretch(const RecordingTimeline& r, std::int64_t gap, const std::vector<Span>& others) {
  std::vector<Span> blocked;
  for (const Span& s : seizureSpansOf(r)) blocked.push_back({s.begin - gap, s.end + gap});
  blocked.insert(blocked.end(), others.begin(), others.end());
  std::sort(blocked.begin(), blocked.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  std::int64_t best = 0, freeFrom = 0;
  for (const Span& b : blocked) {
    if (b.begin > freeFrom) best = std::max(best, std::min(b.begin, r.frameCount) - freeFrom);
    freeFrom = std::max(freeFrom, b.end);
    if (freeFrom >= r.frameCount) break;
  }
  if (freeFrom < r.frameCount) best = std::max(best, r.frameCount - freeFrom);
  return best;
}

std::vector<Span> artifactSpans(const RecordingTimeline& r) {
  std::vector<Span> out;
  for (const auto& e : r.events)
    if (e.kind != EventKind::Seizure) out.push_back({e.onsetFrame, e.offsetFrame.value_or(e.onsetFrame + 1)});
  return out;
}

QString speciesName(Species s) { return s == Species::Human ? ReasonText::tr("human") : ReasonText::tr("rodent"); }

}  // namespace

QStringList emptyLabelReasons(const ClipSetParams& params, std::span<const RecordingTimeline> recordings,
                              const ClipSetBuild& build) {
  QStringList reasons;
  std::vector<const RecordingTimeline*> used;
  for (const auto& r : recordings)
    if (!params.species || r.species == *params.species) used.push_back(&r);
  // Normal windows per species: one species may come out empty while the
  // other has plenty (rodent recordings a few minutes long under a gap that
  // suits human nights).
  std::map<std::int64_t, Species> speciesOf;
  for (const auto* r : used) speciesOf[r->id] = r->species;
  std::map<Species, std::size_t> normalsOf;
  for (const auto& w : build.windows)
    if (w.label == ClipLabel::Normal) ++normalsOf[speciesOf[w.recordingId]];
  std::set<Species> present;
  for (const auto* r : used) present.insert(r->species);
  const bool wantPreictal = params.buildPreictal && build.preictalCount == 0;
  bool wantNormal = params.buildNormal && build.normalCount == 0;
  for (const Species sp : present) wantNormal = wantNormal || (params.buildNormal && normalsOf[sp] == 0);
  if (!wantPreictal && !wantNormal) return reasons;
  if (used.empty()) {
    reasons << (params.species ? ReasonText::tr("The project has no %1 recordings.").arg(speciesName(*params.species))
                               : ReasonText::tr("The project has no recordings."));
    return reasons;
  }
  double longestSeconds = 0;
  for (const auto* r : used) longestSeconds = std::max(longestSeconds, static_cast<double>(r->frameCount) / r->fps.value());
  if (longestSeconds < params.clipSeconds) {
    reasons << ReasonText::tr("Every recording is shorter than the clip length (%1 s): the longest lasts %2 s.")
                   .arg(secondsText(params.clipSeconds), secondsText(longestSeconds));
    return reasons;
  }

  if (wantPreictal) {
    std::size_t seizures = 0, tooEarly = 0;
    for (const auto* r : used)
      for (const Span& s : seizureSpansOf(*r)) {
        ++seizures;
        if (s.begin < r->fps.framesFor(params.clipSeconds)) ++tooEarly;
      }
    if (seizures == 0)
      reasons << ReasonText::tr("No pre-ictal windows: no seizure is annotated in these recordings.");
    else if (tooEarly == seizures)
      reasons << ReasonText::tr("No pre-ictal windows: every seizure begins within the first %1 s (the clip length) "
                                "of its recording, so no window fits before it.")
                     .arg(secondsText(params.clipSeconds));
    else
      reasons << ReasonText::tr("No pre-ictal windows: every window before an onset overlaps an earlier seizure or "
                                "its post-ictal period (%1 s); shorten the post-ictal period or the clip length.")
                     .arg(secondsText(params.postIctalSeconds));
  }

  if (wantNormal) {
    if (params.normalPerPreictal > 0 && build.preictalCount == 0 && build.normalCount == 0) {
      reasons << ReasonText::tr("No normal windows: 'normal per pre-ictal' keeps %1 per pre-ictal window and there "
                                "are none; set it to no limit.")
                     .arg(params.normalPerPreictal);
    } else {
      // Per species, the longest stretch a normal window could use.
      const auto before = reasons.size();
      for (const Species species : {Species::Human, Species::Rodent}) {
        if (!present.count(species) || normalsOf[species] > 0) continue;
        std::int64_t bestWithGap = -1, bestWithoutArtifacts = -1;
        double fps = 0;
        for (const auto* r : used) {
          if (r->species != species) continue;
          const auto gap = r->fps.framesFor(params.gapSeconds(species));
          const auto clear = longestClearStretch(*r, gap, {});
          const auto clearOfEverything =
              params.artifactsExcludeNormals ? longestClearStretch(*r, gap, artifactSpans(*r)) : clear;
          if (clear > bestWithGap) bestWithGap = clear, fps = r->fps.value();
          bestWithoutArtifacts = std::max(bestWithoutArtifacts, clearOfEverything);
        }
        if (bestWithGap < 0) continue;  // no recording of this species
        const double windowFrames = params.clipSeconds * fps;
        if (static_cast<double>(bestWithGap) < windowFrames) {
          reasons << ReasonText::tr("No normal %1 windows: every window lies within the inter-ictal gap (%2 s) of a "
                                    "seizure; the longest stretch of a %1 recording clear of it lasts %3 s, a clip "
                                    "needs %4 s. Lower 'Inter-ictal gap, %1'.")
                         .arg(speciesName(species), secondsText(params.gapSeconds(species)),
                              secondsText(static_cast<double>(bestWithGap) / fps), secondsText(params.clipSeconds));
        } else if (static_cast<double>(bestWithoutArtifacts) < windowFrames) {
          reasons << ReasonText::tr("No normal %1 windows: the stretches clear of seizures are covered by artifacts "
                                    "or other events, which exclude normal windows; untick that option to keep them.")
                         .arg(speciesName(species));
        }
      }
      if (reasons.size() == before)
        reasons << ReasonText::tr("No normal windows: the caps on normal windows leave none.");
    }
  }
  return reasons;
}

}  // namespace prodrome::core
