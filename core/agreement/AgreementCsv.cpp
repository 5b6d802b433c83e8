#include "core/agreement/AgreementCsv.h"

#include "core/exchange/CsvTable.h"
#include "core/io/AtomicFile.h"

#include <cmath>
#include <cstdio>

namespace prodrome::core {

namespace {

std::string number(double value, int decimals = 6) {
  if (std::isnan(value)) return {};
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

std::string frame(const std::optional<std::int64_t>& f) { return f ? std::to_string(*f) : std::string(); }

std::string seconds(const std::optional<std::int64_t>& f, double fps) {
  return f ? number(static_cast<double>(*f) / fps) : std::string();
}

}  // namespace

std::string agreementEventsCsv(const RaterAgreement& agreement, const AgreementLabels& labels) {
  std::string text = csvLine({"status", "a_event", "a_onset_frame", "a_onset_s", "a_offset_frame", "a_offset_s",
                              "b_event", "b_onset_frame", "b_onset_s", "b_offset_frame", "b_offset_s",
                              "onset_difference_frames", "onset_difference_s", "offset_difference_frames",
                              "offset_difference_s"});
  const double fps = labels.fps;
  for (const EventPairing& p : agreement.pairings) {
    const char* status = p.a && p.b ? "matched" : p.a ? "only_a" : "only_b";
    std::vector<std::string> row{status};
    for (const auto& e : {p.a, p.b}) {
      if (e) {
        row.insert(row.end(), {std::to_string(e->id), std::to_string(e->onset), seconds(e->onset, fps),
                               frame(e->offset), seconds(e->offset, fps)});
      } else {
        row.insert(row.end(), 5, std::string());
      }
    }
    row.insert(row.end(), {frame(p.onsetDifference), seconds(p.onsetDifference, fps), frame(p.offsetDifference),
                           seconds(p.offsetDifference, fps)});
    text += csvLine(row);
  }
  return text;
}

std::string agreementSummaryCsv(const RaterAgreement& r, const AgreementLabels& labels) {
  std::string text = csvLine({"metric", "value"});
  const auto add = [&](const char* metric, const std::string& value) { text += csvLine({metric, value}); };
  add("rater_a", labels.raterA);
  add("rater_b", labels.raterB);
  add("fps", number(labels.fps));
  add("tolerance_s", number(labels.toleranceSeconds));
  add("events_a", std::to_string(r.eventsA));
  add("events_b", std::to_string(r.eventsB));
  add("matched", std::to_string(r.matched));
  add("only_a", std::to_string(r.eventsA - r.matched));
  add("only_b", std::to_string(r.eventsB - r.matched));
  add("open_a", std::to_string(r.openA));
  add("open_b", std::to_string(r.openB));
  add("sensitivity_a", number(r.sensitivityA()));
  add("sensitivity_b", number(r.sensitivityB()));
  for (const auto& [name, d] : {std::pair{"onset", r.onset}, std::pair{"offset", r.offset}}) {
    const std::string prefix = std::string(name) + "_difference_";
    add((prefix + "count").c_str(), std::to_string(d.count));
    add((prefix + "mean_abs_s").c_str(), number(d.meanAbsolute));
    add((prefix + "median_abs_s").c_str(), number(d.medianAbsolute));
    add((prefix + "max_abs_s").c_str(), number(d.maxAbsolute));
    add((prefix + "mean_signed_s").c_str(), number(d.meanSigned));
  }
  add("frames_observed", std::to_string(r.frames.total()));
  add("frames_both", std::to_string(r.frames.both));
  add("frames_only_a", std::to_string(r.frames.onlyA));
  add("frames_only_b", std::to_string(r.frames.onlyB));
  add("frames_neither", std::to_string(r.frames.neither));
  add("observed_agreement", number(r.frames.observedAgreement()));
  add("chance_agreement", number(r.frames.chanceAgreement()));
  add("kappa", number(r.frames.kappa()));
  return text;
}

void writeAgreementCsv(const std::filesystem::path& path, const std::string& text) { writeFileAtomically(path, text); }

}  // namespace prodrome::core
