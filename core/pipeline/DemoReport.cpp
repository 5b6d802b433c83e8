#include "core/forecast/PooledWindows.h"
#include "core/io/AtomicFile.h"
#include "core/pipeline/Demo.h"
#include "core/pipeline/ModelOperatingPoint.h"
#include "core/pipeline/WindowMotion.h"
#include "core/runs/MetricText.h"
#include "ml/Statistics.h"

#include <cmath>
#include <cstdio>
#include <sstream>

namespace prodrome::core {

namespace {

// Issue 12's targets, printed beside each figure.
constexpr double kTargetWindowRocAuc = 0.85;
constexpr double kTargetSensitivity = 0.80;
constexpr double kTargetFalseAlarmsPerHour = 30;
constexpr double kTargetFourShotBacc = 0.70;
constexpr double kTargetForecastSpeed = 20;

std::string fixed(double v, int digits = 3) {
  if (!std::isfinite(v)) return "—";
  char b[32];
  std::snprintf(b, sizeof b, "%.*f", digits, v);
  return b;
}

std::string csvNumber(double v, int digits = 4) { return std::isfinite(v) ? fixed(v, digits) : ""; }

std::string interval(double mean, double low, double high) {
  return fixed(mean) + " [" + fixed(low) + ", " + fixed(high) + "]";
}

std::string met(bool ok) { return ok ? "met" : "**not met**"; }

// An event figure's verdict, and whether its 95 % interval decides it: with a
// few held-out seizures and hours, "met" or "not met" may be noise.
std::string eventVerdict(bool ok, const ml::CountInterval& ci, double target) {
  const bool undecided = ci.low <= target && target <= ci.high;
  return met(ok) + (undecided ? " (its 95 % interval holds the target: this much held-out data does not decide it)"
                              : std::string());
}

// A forecaster whose operating point is "none" raises no alarm: the report
// says so rather than print a threshold of 1.000.
bool raisesNoAlarm(const DemoResult& r) { return ModelOperatingPoint{r.threshold, r.consecutive}.neverAlarms(); }

std::string operatingPointText(const DemoResult& r) {
  const std::string where =
      std::to_string(r.selectionRecordings) +
      (r.crossFitted ? " recordings (the validation patient's, and each training patient's scored by a head fitted "
                       "without that patient)"
                     : " validation recording(s)");
  if (raisesNoAlarm(r))
    return "Operating point: **none**. No threshold and windows-in-a-row pair forecast a seizure within " +
           fixed(kDemoMaxFalseAlarmsPerHour, 0) + " false alarms per hour on " + where +
           ", so the stored forecaster raises no alarm (`prodrome forecast --threshold P` shows its alarms at "
           "another point).";
  return "Operating point: threshold " + fixed(r.threshold) + " with " + std::to_string(r.consecutive) +
         " window(s) in a row, the most sensitive pair within " + fixed(kDemoMaxFalseAlarmsPerHour, 0) +
         " false alarms per hour on " + where + ", where it forecast " + fixed(r.selectionSensitivity, 2) +
         " of the seizures with " + fixed(r.selectionFalseAlarmsPerHour, 1) +
         " false alarms per hour; stored with the model.";
}

std::string countInterval(double value, const ml::CountInterval& ci, int digits) {
  return fixed(value, digits) + " [" + fixed(ci.low, digits) + ", " + fixed(ci.high, digits) + "]";
}

std::string signedFixed(double v) { return signedMetricText(v, 3).toStdString(); }

// "; the forecaster's minus its +0.006 [−0.010, +0.020] (paired, …)": whether
// the two window ROC-AUCs differ by more than the held-out windows' chance.
std::string differenceText(const RocAucDifference& d) {
  if (std::isnan(d.difference)) return "";
  std::string text = "; the forecaster's minus its " + signedFixed(d.difference);
  if (std::isnan(d.low)) return text + " (too few stretches for an interval)";
  return text + " [" + signedFixed(d.low) + ", " + signedFixed(d.high) +
         "] (paired on the same windows; bootstrap of " + std::to_string(d.blocks) + " stretches of " +
         std::to_string(static_cast<int>(kBlockSeconds)) + " s, since neighbouring windows overlap)";
}

// What the paired window ROC-AUC difference says, in words.
std::string pairedVerdict(const RocAucDifference& d) {
  if (std::isnan(d.low)) return "";
  const std::string figure = signedFixed(d.difference) + " [" + signedFixed(d.low) + ", " + signedFixed(d.high) + "]";
  if (d.low > 0)
    return " At the window level, paired on the same windows, the forecaster's ROC-AUC minus its is " + figure +
           ": the encoder's tokens add something the held-out windows can tell from chance.";
  if (d.high < 0)
    return " At the window level, paired on the same windows, the forecaster's ROC-AUC minus its is " + figure +
           ": the statistics alone rank the windows better.";
  return " At the window level, paired on the same windows, the forecaster's ROC-AUC minus its is " + figure +
         ": what the encoder's tokens add cannot be told from chance on these windows.";
}

// Where false alarms fell (core/synth/FalseAlarmCauses.h), in words and as
// summary.csv rows.
std::string causesText(const synth::FalseAlarmCauses& c, double horizonSeconds) {
  return std::to_string(c.insideLookAlike) + " inside a look-alike episode (a decoy), " +
         std::to_string(c.afterLookAlike) + " within a window's length after one, " +
         std::to_string(c.earlyInPreictal) + " in a pre-ictal phase more than " + fixed(horizonSeconds, 0) +
         " s before its onset, " + std::to_string(c.elsewhere) + " in ordinary time";
}

std::string causesCsv(const std::string& prefix, const synth::FalseAlarmCauses& c) {
  return prefix + "_false_alarms_inside_look_alike," + std::to_string(c.insideLookAlike) + "\n" + prefix +
         "_false_alarms_after_look_alike," + std::to_string(c.afterLookAlike) + "\n" + prefix +
         "_false_alarms_early_in_preictal," + std::to_string(c.earlyInPreictal) + "\n" + prefix +
         "_false_alarms_in_ordinary_time," + std::to_string(c.elsewhere) + "\n";
}

// The missed seizures that drew an alarm only after their onset, within the
// horizon (DemoResult::lateAlarmSeconds), in words.
std::string lateText(int missed, const std::vector<double>& late, double horizonSeconds) {
  if (missed <= 0) return "";
  const std::string within = " within " + fixed(horizonSeconds, 0) + " s after the onset";
  if (late.empty())
    return missed == 1 ? " The seizure missed drew no alarm" + within + "."
                       : " None of the " + std::to_string(missed) + " seizures missed drew an alarm" + within + ".";
  std::string seconds;
  for (const double l : late) seconds += (seconds.empty() ? "" : ", ") + fixed(l, 1);
  const std::string after = within + " (late by " + seconds + " s): seen, but only after the fact.";
  return missed == 1 ? " The seizure missed drew its first alarm" + after
                     : " Of the " + std::to_string(missed) + " seizures missed, " + std::to_string(late.size()) +
                           (late.size() == 1 ? " drew its first alarm" : " drew their first alarm") + after;
}

// The motion baseline's row under the forecaster's: the same event figures,
// not a target of its own.
std::string baselineTargetRow(const DemoResult& r) {
  if (!r.motionBaseline) return "";
  const auto& b = *r.motionBaseline;
  return "| the same for a motion-statistics forecaster (the statistics alone, no encoder; its own operating point, "
         "chosen by the same rule on the same recordings): seizures forecast; false alarms per hour | " +
         std::to_string(b.heldOut.forecast) + " of " + std::to_string(b.heldOut.seizures) + "; " +
         (neverAlarms(b.head.threshold)
              ? std::string("no alarm (no operating point)")
              : countInterval(b.heldOut.falseAlarmsPerHour(), b.heldOut.falseAlarmsPerHourInterval(), 1)) +
         " | (baseline) | window ROC-AUC " + fixed(b.windowRocAuc) + " against the forecaster's " +
         fixed(r.windowRocAuc) + differenceText(b.forecasterMinusIt) + " |\n";
}

std::string calibrationBullet(const DemoResult& r) {
  const double constant = constantForecastBrier(r.windowPositives, r.windowNegatives);
  std::string text = "- Probabilities (what the timeline and `forecast.csv` show): ";
  if (r.calibration) {
    const auto& c = *r.calibration;
    text += "calibrated on the " + std::to_string(c.windows) +
            " labelled windows the operating point was chosen on (Platt scaling, " + c.map.formula() +
            "; Brier score there " + fixed(c.brierBefore) + " before, " + fixed(c.brierAfter) +
            " after), so that a window's number is the chance that a seizure begins within " +
            fixed(r.alarms.horizonSeconds, 0) + " s of its end; the threshold above is on that scale.";
  } else {
    text +=
        "not calibrated (the windows the operating point was chosen on did not allow it): read them as "
        "scores, not chances.";
  }
  text += " Held out: Brier score " + fixed(r.windowBrier) + ", against " + fixed(constant) +
          " for a constant at the held-out windows' pre-ictal share";
  if (r.motionBaseline)
    text += "; the motion-statistics forecaster's, calibrated alike: " + fixed(r.motionBaseline->windowBrier);
  return text + ".\n";
}

// The held-out windows by the forecaster's probability: how often what the
// number said happened (where the probabilities are chances, the two columns
// agree).
std::string reliabilityTable(const DemoResult& r) {
  PooledWindows windows;
  for (const auto& rf : r.forecasts)
    if (rf.windowLabels.size() == rf.points.size()) windows.add(rf.points, rf.windowLabels);  // a forecast labels all
  if (windows.labels.empty()) return "";
  std::string text =
      "Held-out windows by the forecaster's probability (the labelled ones: how often what the number said "
      "happened):\n\n| probability | windows | mean probability | pre-ictal share |\n|---|---|---|---|\n";
  for (const auto& b : reliabilityBins(windows, {0.0, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0}))
    text += "| " + fixed(b.low, 2) + "–" + fixed(b.high, 2) + " | " + std::to_string(b.windows) + " | " +
            fixed(b.meanProbability) + " | " + fixed(b.preictalShare) + " |\n";
  return text + "\n";
}

std::string baselineBullet(const DemoResult& r) {
  if (!r.motionBaseline) return "";
  const auto& b = *r.motionBaseline;
  const bool never = neverAlarms(b.head.threshold);
  return "- Beside it, a simple detector: a logistic regression on the same motion statistics alone (no encoder), "
         "fitted on the same training clips and scored on the same windows" +
         (r.forecasterJerkWeight > 0 ? std::string(", its brief jerks weighed the same") : std::string()) +
         "; its operating point was chosen by the same rule on the same recordings (" +
         (never ? std::string("none: it raises no alarm")
                : "threshold " + fixed(b.head.threshold) + " with " + std::to_string(b.head.consecutive) +
                      " window(s) in a row, where it forecast " + fixed(b.head.sensitivity, 2) +
                      " of the seizures with " + fixed(b.head.falseAlarmsPerHour, 1) + " false alarms per hour") +
         "). Held out: window ROC-AUC " + fixed(b.windowRocAuc) + ", PR-AUC " + fixed(b.windowPrAuc) + "; " +
         std::to_string(b.heldOut.forecast) + " of " + std::to_string(b.heldOut.seizures) + " seizures forecast (" +
         countInterval(b.heldOut.sensitivity(), b.heldOut.sensitivityInterval(), 3) + "), " +
         std::to_string(b.heldOut.falseAlarms) + " false alarms (" +
         countInterval(b.heldOut.falseAlarmsPerHour(), b.heldOut.falseAlarmsPerHourInterval(), 1) +
         " per hour: " + causesText(b.falseAlarmCauses, r.alarms.horizonSeconds) + ")." +
         lateText(b.heldOut.seizures - b.heldOut.forecast, b.lateAlarmSeconds, r.alarms.horizonSeconds) +
         " With this few seizures and hours, only intervals that do not overlap would tell the deep "
         "forecaster from it." +
         pairedVerdict(b.forecasterMinusIt) + "\n";
}

// What the forecaster's motion statistics read, from its settings (the
// scales' fractions are core/pipeline/WindowMotion.h's).
std::string motionStatisticsText(const FineTuneSettings& s) {
  std::string text = "read over the whole window";
  for (int k = 1; k < s.motionScales; ++k)
    text +=
        (k + 1 == s.motionScales ? " and its last " : ", its last ") + fixed(100 * kMotionScaleFractions[k], 0) + " %";
  if (s.motionLags == 1) text += ", and the same over the window before it";
  if (s.motionLags > 1)
    text += ", and the same over each of the " + std::to_string(s.motionLags) + " windows before it";
  return text;
}

// How a candidate (the statistics' share, the jerks' weight) was chosen:
// what each one's best operating point gave on the selection curves.
std::string candidatesText(const std::vector<FineTuneMetrics::ShareTrial>& trials, double scale, const char* unit) {
  std::string text = "chosen among";
  for (std::size_t i = 0; i < trials.size(); ++i) {
    const auto& t = trials[i];
    text += (i == 0                   ? " "
             : i + 1 == trials.size() ? " and "
                                      : ", ") +
            fixed(scale * t.share, scale == 1 ? 2 : 0) + unit + " (sensitivity " + fixed(t.sensitivity, 2) + " at " +
            fixed(t.falseAlarmsPerHour, 1) + "/h, window ROC-AUC " + fixed(t.windowRocAuc) + ")";
  }
  return text;
}

std::string shareChoice(const DemoResult& r) {
  if (r.forecasterShareTrials.empty()) return {};
  return ", " + candidatesText(r.forecasterShareTrials, 100, " %") + " on the curves of the operating point below";
}

// The brief jerks beside the head (core/pipeline/BriefJerks.h): their weight
// and how it was chosen; nothing when none was tried.
std::string jerkChoice(const DemoResult& r) {
  if (r.forecasterJerkTrials.empty()) return {};
  return " Each window's brief jerks (movement bursts over within a few frames, counted as events) are weighed "
         "beside the head's probability: each leaves " +
         fixed(100 * (1 - r.forecasterJerkWeight), 0) + " % of the remaining doubt, a weight of " +
         fixed(r.forecasterJerkWeight, 2) + " " + candidatesText(r.forecasterJerkTrials, 1, "") +
         " on the same curves (0: the head alone).";
}

void episodeRows(std::ostringstream& csv, const std::string& arm, const std::vector<EpisodeScore>& episodes) {
  for (const auto& e : episodes)
    csv << arm << ',' << e.shots << ',' << e.episode << ',' << e.seed << ',' << e.support << ',' << e.query << ','
        << csvNumber(e.metrics.balanced_accuracy) << ',' << csvNumber(e.metrics.roc_auc) << ','
        << csvNumber(e.metrics.pr_auc) << ',' << csvNumber(e.metrics.sensitivity) << ','
        << csvNumber(e.metrics.specificity) << '\n';
}

std::string differenceText(const ml::MeanInterval& d) {
  return (d.mean >= 0 ? "+" : "") + fixed(d.mean) + " [" + fixed(d.low) + ", " + fixed(d.high) + "]";
}

// One sentence on a paired difference: which of the three its interval says.
std::string verdict(const ml::MeanInterval& d, const std::string& above, const std::string& below,
                    const std::string& neither) {
  if (!std::isfinite(d.low) || !std::isfinite(d.high)) return "";
  return (d.low > 0 ? above : d.high < 0 ? below : neither) + "\n\n";
}

// The probe curve against stage-1 steps (stage1ProbeCurve, core/runs/
// ProbeCurve.h) in words, with the reconstruction loss each point had reached.
std::string probeCurveSection(const DemoResult& r) {
  const auto curve = stage1ProbeCurve(r);
  if (curve.size() < 3) return "";  // step 0 and the last are the arms above
  const auto rows = probeCurveRows(curve);
  const auto n = static_cast<std::int64_t>(r.pretrainLosses.size());
  const auto w = std::max<std::int64_t>(1, n / 10);
  const auto lossBefore = [&](std::int64_t step) -> std::string {
    if (step <= 0 || step > n) return "—";
    double t = 0;
    for (auto i = std::max<std::int64_t>(0, step - w); i < step; ++i) t += r.pretrainLosses[static_cast<std::size_t>(i)];
    return fixed(t / static_cast<double>(std::min(w, step)), 4);
  };
  const auto gain = [](const ml::MeanInterval& d) { return d.n == 0 ? std::string("—") : differenceText(d); };
  std::ostringstream md;
  md << "### Stage 1 on its own: the frozen encoder probed along its steps\n\n"
     << "The encoder at step 0, at every " << r.plan.probeEvery
     << " steps and at the end of stage 1, each probed as the arms above (the same head on the frozen encoder, in "
        "the same paired episodes). Its tokens alone show what stage 1 has taught the encoder by then; the deployed "
        "head adds the motion statistics. ROC-AUC over every shot count, mean [95 % CI]; differences paired with "
        "step 0.\n\n"
     << "| stage-1 steps | reconstruction loss (mean of the " << w
     << " steps before) | tokens alone | tokens alone − step 0 | deployed head | deployed head − step 0 |\n"
     << "|---|---|---|---|---|---|\n";
  for (const auto& row : rows)
    md << "| " << row.steps << " | " << lossBefore(row.steps) << " | "
       << interval(row.tokensAlone.rocAuc, row.tokensAlone.rocAucLow, row.tokensAlone.rocAucHigh) << " | "
       << gain(row.tokensAloneGain) << " | " << interval(row.head.rocAuc, row.head.rocAucLow, row.head.rocAucHigh)
       << " | " << gain(row.headGain) << " |\n";
  // Where the tokens peaked, and what the steps after the peak did to them:
  // whether a shorter stage 1 would have taught the encoder as much.
  const auto peak = probeCurvePeak(rows);
  if (peak < rows.size()) {
    md << "\nThe tokens alone scored best at step " << rows[peak].steps << " (" << fixed(rows[peak].tokensAlone.rocAuc)
       << ")";
    if (peak + 1 < rows.size())
      md << "; the last step's minus that, paired: "
         << differenceText(pairedEpisodes(curve.back().metrics->tokensAlone.episodes,
                                  curve[peak].metrics->tokensAlone.episodes, 0, rocAucOf));
    md << ".\n";
  }
  md << "\n![ROC-AUC against stage-1 steps](probe.png)\n\n";
  return md.str();
}

// The same curve as summary.csv rows.
std::string probeCurveCsv(const DemoResult& r) {
  const auto curve = stage1ProbeCurve(r);
  if (curve.size() < 3) return "";
  const auto rows = probeCurveRows(curve);
  std::ostringstream csv;
  for (const auto& row : rows) {
    const std::string k = "probe_step_" + std::to_string(row.steps);
    csv << k << "_tokens_alone_roc_auc," << csvNumber(row.tokensAlone.rocAuc) << '\n'
        << k << "_head_roc_auc," << csvNumber(row.head.rocAuc) << '\n';
    if (row.tokensAloneGain.n == 0) continue;
    csv << k << "_tokens_alone_minus_step_0_roc_auc," << csvNumber(row.tokensAloneGain.mean) << '\n'
        << k << "_tokens_alone_minus_step_0_roc_auc_ci_low," << csvNumber(row.tokensAloneGain.low) << '\n'
        << k << "_tokens_alone_minus_step_0_roc_auc_ci_high," << csvNumber(row.tokensAloneGain.high) << '\n';
  }
  return csv.str();
}

}  // namespace

// The ideal observer at its operating point on the held-out recordings, as a
// table cell: "6 of 6; 16.5 [4.5, 42.3]".
std::string observerCell(const synth::IdealObserverForecast& o) {
  return std::to_string(o.heldOut.forecast) + " of " + std::to_string(o.heldOut.seizures) + "; " +
         countInterval(o.heldOut.falseAlarmsPerHour(), o.heldOut.falseAlarmsPerHourInterval(), 1);
}

std::string observerCsv(const std::string& prefix, const synth::IdealObserverForecast& o) {
  std::ostringstream out;
  out << prefix << "_threshold," << csvNumber(o.operatingPoint.threshold) << '\n'
      << prefix << "_seizures_forecast," << o.heldOut.forecast << '\n'
      << prefix << "_false_alarms," << o.heldOut.falseAlarms << '\n'
      << prefix << "_false_alarms_per_hour," << csvNumber(o.heldOut.falseAlarmsPerHour(), 3) << '\n'
      << prefix << "_mean_warning_seconds," << csvNumber(o.meanWarningSeconds, 2) << '\n';
  return out.str();
}

// What the generator's cues allow on the held-out recordings, from the
// oracles and the ideal observers (core/synth/DecoyOracle.h, IdealObserver.h).
std::string dataAllowBullet(const DemoResult& r) {
  const auto observed = [](const synth::IdealObserverForecast& o) {
    return std::to_string(o.heldOut.forecast) + " of " + std::to_string(o.heldOut.seizures) + " seizures with " +
           fixed(o.heldOut.falseAlarmsPerHour(), 1) + " false alarms per hour (mean warning " +
           fixed(o.meanWarningSeconds, 1) + " s)";
  };
  std::ostringstream md;
  md << "- What the data allow: the generator's decoys are pre-ictal phases that no seizure follows (same length, "
        "strength and twitch laws); only in a decoy's last 1.5 s does its arrest let go. An oracle that knows when "
        "every such episode ends, not which kind it is, and alarms 2.5 s before each end forecasts every seizure "
        "with "
     << fixed(r.oracleKnowsEnd.falseAlarmsPerHour(), 1) << " false alarms per hour on these recordings; one that "
     << "knows when each starts (alarms 8 and 13 s in) forecasts " << fixed(r.oracleKnowsStart.sensitivity(), 2)
     << " of them with " << fixed(r.oracleKnowsStart.falseAlarmsPerHour(), 1)
     << " per hour. Twitches come faster as an episode nears its end, which tells when it ends: an ideal observer "
        "that perceives every twitch as it happens and reasons with the generator's laws, its threshold chosen by "
        "the same rule on the training and validation patients, forecasts "
     << observed(r.idealObserverAlone) << "; one that also perceives when each episode starts, "
     << observed(r.idealObserver) << "; one that also sees a decoy's arrest let go, "
     << observed(r.idealObserverRelease)
     << ". A patient asleep looks the same arrested or not, so the videos show the twitches but hardly an "
        "episode's start or a decoy's release (`bench_cue_perception` measures both): the first observer "
        "is what perfect perception of these videos would reach, and the forecaster's distance from it is what "
        "its perception misses. `bench_alarm_floor` gives the oracles and observers over 300 recordings per "
        "difficulty.\n";
  return md.str();
}

void writeDemoReport(DemoResult& r) {
  const auto dir = r.project.parent_path();
  r.report = dir / "report.md";
  const auto& s1 = r.withStage1;
  const auto& s0 = r.withoutStage1;

  std::ostringstream few;
  few << "arm,shots,episode,seed,support,query,bacc,roc_auc,pr_auc,sensitivity,specificity\n";
  episodeRows(few, "stage1", s1.episodes);
  episodeRows(few, "no_stage1", s0.episodes);
  episodeRows(few, "motion_baseline", s1.baseline.episodes);
  episodeRows(few, "stage1_tokens_alone", s1.tokensAlone.episodes);
  episodeRows(few, "no_stage1_tokens_alone", s0.tokensAlone.episodes);
  for (const auto& p : r.stage1Probes) {
    const std::string arm = "stage1_step_" + std::to_string(p.steps);
    episodeRows(few, arm, p.outcome.episodes);
    episodeRows(few, arm + "_tokens_alone", p.outcome.tokensAlone.episodes);
  }
  writeFileAtomically(dir / "fewshot.csv", few.str());

  std::ostringstream fc;
  fc << "recording,window_end_frame,seconds,probability,motion_baseline_probability\n";
  for (std::size_t i = 0; i < r.forecasts.size(); ++i) {
    const auto& f = r.forecasts[i];
    for (std::size_t k = 0; k < f.points.size(); ++k) {
      const auto& p = f.points[k];
      fc << f.recordingId << ',' << p.windowEndFrame << ',' << fixed(p.windowEndFrame / r.forecastFps[i], 3) << ','
         << fixed(p.probability, 5) << ',' << (k < f.motionBaseline.size() ? fixed(f.motionBaseline[k], 5) : "")
         << '\n';
    }
  }
  writeFileAtomically(dir / "forecast.csv", fc.str());

  const double speed = r.forecastVideoSeconds / std::max(1e-9, r.forecastWallSeconds);
  const auto fourShot = [](const FewShotOutcome& o) {
    for (const auto& s : o.perShot)
      if (s.shots == 4) return s;
    return ShotSummary{};
  };
  const auto gainAll = pairedEpisodes(s1.episodes, s0.episodes, 0, rocAucOf);
  const auto sensitivityCi = r.heldOut.sensitivityInterval();
  const auto rateCi = r.heldOut.falseAlarmsPerHourInterval();

  std::ostringstream sum;
  sum << "metric,value\n";
  const std::vector<std::pair<std::string, const std::vector<ShotSummary>*>> arms = {
      {"stage1", &s1.perShot},
      {"no_stage1", &s0.perShot},
      {"motion_baseline", &s1.baseline.perShot},
      {"stage1_tokens_alone", &s1.tokensAlone.perShot},
      {"no_stage1_tokens_alone", &s0.tokensAlone.perShot}};
  for (const auto& [tag, perShot] : arms) {
    for (const auto& s : *perShot) {
      const std::string k = tag + "_" + std::to_string(s.shots) + "shot";
      sum << k << "_bacc," << csvNumber(s.bacc) << '\n'
          << k << "_bacc_ci_low," << csvNumber(s.baccLow) << '\n'
          << k << "_bacc_ci_high," << csvNumber(s.baccHigh) << '\n'
          << k << "_roc_auc," << csvNumber(s.rocAuc) << '\n'
          << k << "_pr_auc," << csvNumber(s.prAuc) << '\n';
    }
  }
  sum << "stage1_minus_no_stage1_roc_auc," << csvNumber(gainAll.mean) << '\n'
      << "stage1_minus_no_stage1_roc_auc_ci_low," << csvNumber(gainAll.low) << '\n'
      << "stage1_minus_no_stage1_roc_auc_ci_high," << csvNumber(gainAll.high) << '\n'
      << "forecast_threshold," << csvNumber(r.threshold) << '\n'
      << "forecast_consecutive," << r.consecutive << '\n'
      << "forecast_jerk_weight," << csvNumber(r.forecasterJerkWeight) << '\n'
      << "forecast_window_roc_auc," << csvNumber(r.windowRocAuc) << '\n'
      << "forecast_window_pr_auc," << csvNumber(r.windowPrAuc) << '\n'
      << "forecast_window_brier," << csvNumber(r.windowBrier) << '\n'
      << "forecast_window_brier_constant," << csvNumber(constantForecastBrier(r.windowPositives, r.windowNegatives))
      << '\n'
      << "forecast_calibration_slope," << (r.calibration ? csvNumber(r.calibration->map.slope) : "") << '\n'
      << "forecast_calibration_offset," << (r.calibration ? csvNumber(r.calibration->map.offset) : "") << '\n'
      << "forecast_seizures," << r.heldOut.seizures << '\n'
      << "forecast_seizures_forecast," << r.heldOut.forecast << '\n'
      << "forecast_sensitivity," << csvNumber(r.heldOut.sensitivity()) << '\n'
      << "forecast_sensitivity_ci_low," << csvNumber(sensitivityCi.low) << '\n'
      << "forecast_sensitivity_ci_high," << csvNumber(sensitivityCi.high) << '\n'
      << "forecast_false_alarms," << r.heldOut.falseAlarms << '\n'
      << "forecast_interictal_hours," << csvNumber(r.heldOut.interictalHours, 4) << '\n'
      << "forecast_false_alarms_per_hour," << csvNumber(r.heldOut.falseAlarmsPerHour(), 3) << '\n'
      << "forecast_false_alarms_per_hour_ci_low," << csvNumber(rateCi.low, 3) << '\n'
      << "forecast_false_alarms_per_hour_ci_high," << csvNumber(rateCi.high, 3) << '\n'
      << "forecast_mean_warning_seconds," << csvNumber(r.meanWarningSeconds, 2) << '\n'
      << causesCsv("forecast", r.falseAlarmCauses) << "forecast_missed_seizures_alarmed_late,"
      << r.lateAlarmSeconds.size() << '\n'
      << "decoy_oracle_knows_end_false_alarms_per_hour," << csvNumber(r.oracleKnowsEnd.falseAlarmsPerHour(), 3) << '\n'
      << "decoy_oracle_knows_start_false_alarms_per_hour," << csvNumber(r.oracleKnowsStart.falseAlarmsPerHour(), 3)
      << '\n'
      << "decoy_oracle_knows_start_sensitivity," << csvNumber(r.oracleKnowsStart.sensitivity()) << '\n'
      << observerCsv("ideal_observer_twitches_alone", r.idealObserverAlone)
      << observerCsv("ideal_observer_twitches", r.idealObserver)
      << observerCsv("ideal_observer_twitches_and_release", r.idealObserverRelease);
  if (r.motionBaseline) {
    const auto& b = *r.motionBaseline;
    const auto bRateCi = b.heldOut.falseAlarmsPerHourInterval();
    sum << "motion_baseline_forecast_threshold," << csvNumber(b.head.threshold) << '\n'
        << "motion_baseline_forecast_consecutive," << b.head.consecutive << '\n'
        << "motion_baseline_forecast_window_roc_auc," << csvNumber(b.windowRocAuc) << '\n'
        << "motion_baseline_forecast_window_pr_auc," << csvNumber(b.windowPrAuc) << '\n'
        << "motion_baseline_forecast_window_brier," << csvNumber(b.windowBrier) << '\n'
        << "forecast_minus_motion_baseline_window_roc_auc," << csvNumber(b.forecasterMinusIt.difference) << '\n'
        << "forecast_minus_motion_baseline_window_roc_auc_ci_low," << csvNumber(b.forecasterMinusIt.low) << '\n'
        << "forecast_minus_motion_baseline_window_roc_auc_ci_high," << csvNumber(b.forecasterMinusIt.high) << '\n'
        << "motion_baseline_forecast_seizures_forecast," << b.heldOut.forecast << '\n'
        << "motion_baseline_forecast_sensitivity," << csvNumber(b.heldOut.sensitivity()) << '\n'
        << "motion_baseline_forecast_false_alarms," << b.heldOut.falseAlarms << '\n'
        << "motion_baseline_forecast_false_alarms_per_hour," << csvNumber(b.heldOut.falseAlarmsPerHour(), 3) << '\n'
        << "motion_baseline_forecast_false_alarms_per_hour_ci_low," << csvNumber(bRateCi.low, 3) << '\n'
        << "motion_baseline_forecast_false_alarms_per_hour_ci_high," << csvNumber(bRateCi.high, 3) << '\n'
        << causesCsv("motion_baseline_forecast", b.falseAlarmCauses)
        << "motion_baseline_forecast_missed_seizures_alarmed_late," << b.lateAlarmSeconds.size() << '\n';
  }
  sum << probeCurveCsv(r)
      << "forecast_speed_x_real_time," << csvNumber(speed, 1) << '\n'
      << "total_seconds," << csvNumber(r.totalSeconds, 1) << '\n';
  writeFileAtomically(dir / "summary.csv", sum.str());

  const auto& fs = r.fewShotSettings;
  std::ostringstream md;
  md << "# Prodrome demo report\n\n"
     << "Synthetic cross-species data (" << r.plan.rodentSubjects << " rodents × " << r.plan.rodentMinutes << " min, "
     << r.plan.humanSubjects << " patients × " << r.plan.humanMinutes << " min, " << r.plan.humanSeizures
     << " seizures each, difficulty " << fixed(r.difficulty, 2) << "), VideoMAE " << fs.preset << " at " << fs.frames << "×" << fs.size << ", "
     << (fs.sampleStride > 0 ? "frames every " + std::to_string(fs.sampleStride) + " ending at the clip's end"
                             : std::string("frames spread over the clip"))
     << ". Patients: " << r.plan.humanSubjects - r.plan.validationSubjects - r.plan.testSubjects << " train, "
     << r.plan.validationSubjects << " validation, " << r.plan.testSubjects << " held out. Project: `"
     << r.project.filename().string() << "` (open it with `prodrome gui " << r.project.string() << "`).\n\n";

  md << "## Against the targets\n\n| figure | value | target | |\n|---|---|---|---|\n"
     << "| forecaster, window-level ROC-AUC on held-out patients | " << fixed(r.windowRocAuc) << " | ≥ "
     << fixed(kTargetWindowRocAuc, 2) << " | " << met(r.windowRocAuc >= kTargetWindowRocAuc) << " |\n"
     << "| forecaster, event sensitivity at the chosen threshold (" << r.heldOut.forecast << " of "
     << r.heldOut.seizures << " seizures; 95 % CI) | " << countInterval(r.heldOut.sensitivity(), sensitivityCi, 3)
     << " | ≥ " << fixed(kTargetSensitivity, 2) << " | "
     << eventVerdict(r.heldOut.sensitivity() >= kTargetSensitivity, sensitivityCi, kTargetSensitivity) << " |\n"
     << "| forecaster, false alarms per hour (" << r.heldOut.falseAlarms << " in "
     << fixed(r.heldOut.interictalHours, 2) << " inter-ictal hours; 95 % CI) | "
     << countInterval(r.heldOut.falseAlarmsPerHour(), rateCi, 1) << " | ≤ " << fixed(kTargetFalseAlarmsPerHour, 0)
     << " | "
     << (raisesNoAlarm(r) ? std::string("**not met**: the forecaster raises no alarm (no operating point)")
                          : eventVerdict(r.heldOut.falseAlarmsPerHour() <= kTargetFalseAlarmsPerHour, rateCi,
                                         kTargetFalseAlarmsPerHour) +
                                (r.heldOut.sensitivity() < kTargetSensitivity
                                     ? "; the target is this rate *with* the sensitivity above, which is not met"
                                     : ""))
     << " |\n"
     << "| the same for an oracle that knows when every pre-ictal phase and look-alike ends, not which is which | "
     << countInterval(r.oracleKnowsEnd.falseAlarmsPerHour(), r.oracleKnowsEnd.falseAlarmsPerHourInterval(), 1)
     << " | (reference) | not a floor: see the rows below |\n"
     << "| the same for an ideal observer that perceives every twitch, its threshold chosen by the same rule on "
        "the same recordings: seizures forecast; false alarms per hour | "
     << observerCell(r.idealObserverAlone) << " | (reference) | perfect perception of what the videos show |\n"
     << "| the same for one that also perceives every episode's start and every twitch | "
     << observerCell(r.idealObserver) << " | (reference) | a cue the videos hardly show |\n"
     << "| the same for one that also sees a decoy's arrest let go in its last 1.5 s | "
     << observerCell(r.idealObserverRelease) << " | (reference) | a cue the videos hardly show |\n"
     << baselineTargetRow(r) << "| 4-shot balanced accuracy with stage 1 (the deployed head) | "
     << fixed(fourShot(s1).bacc) << " | ≥ " << fixed(kTargetFourShotBacc, 2) << " | "
     << met(fourShot(s1).bacc >= kTargetFourShotBacc) << " |\n"
     << "| stage 1 − no stage 1, ROC-AUC, paired, all shots (95 % CI) | " << differenceText(gainAll)
     << " | CI above 0 | " << met(gainAll.low > 0) << " |\n"
     << "| recording forecast speed | " << fixed(speed, 1) << "× real time | ≥ " << fixed(kTargetForecastSpeed, 0)
     << "× | " << met(speed >= kTargetForecastSpeed) << " |\n\n";

  md << "## Stage 1: continual pre-training (rodents Y/N + every window of the training patients, mask "
     << fixed(r.plan.maskRatio, 2) << ")\n\n";
  if (!r.pretrainLosses.empty()) {
    const auto n = r.pretrainLosses.size();
    const auto meanOf = [&](std::size_t from, std::size_t to) {
      double t = 0;
      for (auto i = from; i < to; ++i) t += r.pretrainLosses[i];
      return t / static_cast<double>(std::max<std::size_t>(1, to - from));
    };
    const auto w = std::max<std::size_t>(1, n / 10);
    md << n << " steps; reconstruction loss (mean of the first and last " << w << " steps) " << fixed(meanOf(0, w), 4)
       << " → " << fixed(meanOf(n - w, n), 4) << ".\n\n";
  }

  md << "## Stage 2: few-shot forecasting on held-out patients\n\n"
     << r.plan.episodes << " paired episodes per shot count: every arm is scored on the same support and query clips ("
     << (r.plan.queryPerClass > 0 ? std::to_string(r.plan.queryPerClass) + " pre-ictal + " +
                                        std::to_string(r.plan.queryPerClass) + " normal queries"
                                  : std::string("every held-out clip that overlaps no support clip"))
     << ", disjoint from the support). Head: " << fs.head
     << (fs.head == "finetune" ? " (every weight trains)" : " probe on the frozen encoder's pooled tokens")
     << (fs.motionPooling ? " with their temporal changes (mean and max |Δt|)" : "")
     << (fs.motionStats ? " beside four frame-difference statistics over every frame of the clip, the two given equal "
                          "say"
                        : "")
     << (fs.recordingNorm ? ", every feature standardised within its recording (the baseline's too)" : "")
     << ". \"Without stage 1\" is the encoder stage 1 started from, before its first step. \"Tokens alone\" is the "
        "same probe without the statistics, in the same episodes; the motion baseline is "
        "a logistic regression on the four statistics alone. Mean [95 % CI] over episodes.\n\n"
     << "| shots | arm | bacc | ROC-AUC | PR-AUC |\n|---|---|---|---|---|\n";
  const auto at = [](const std::vector<ShotSummary>& v, std::size_t i) { return i < v.size() ? &v[i] : nullptr; };
  for (std::size_t i = 0; i < s1.perShot.size(); ++i) {
    const std::vector<std::pair<std::string, const ShotSummary*>> rows = {
        {"with stage 1", &s1.perShot[i]},
        {"without stage 1", at(s0.perShot, i)},
        {"motion baseline", at(s1.baseline.perShot, i)},
        {"with stage 1, tokens alone", at(s1.tokensAlone.perShot, i)},
        {"without stage 1, tokens alone", at(s0.tokensAlone.perShot, i)}};
    for (const auto& [name, s] : rows) {
      if (!s) continue;
      md << "| " << s->shots << " | " << name << " | " << interval(s->bacc, s->baccLow, s->baccHigh) << " | "
         << interval(s->rocAuc, s->rocAucLow, s->rocAucHigh) << " | " << interval(s->prAuc, s->prAucLow, s->prAucHigh)
         << " |\n";
    }
  }
  md << "\nPaired differences, mean [95 % CI]:\n\n| shots | stage 1 − none, ROC-AUC | stage 1 − none, bacc | "
        "stage 1 − motion baseline, ROC-AUC | tokens alone: stage 1 − none, ROC-AUC |\n|---|---|---|---|---|\n";
  const auto differences = [&](int shots) {
    return differenceText(pairedEpisodes(s1.episodes, s0.episodes, shots, rocAucOf)) + " | " +
           differenceText(pairedEpisodes(s1.episodes, s0.episodes, shots, balancedAccuracyOf)) + " | " +
           differenceText(pairedEpisodes(s1.episodes, s1.baseline.episodes, shots, rocAucOf)) + " | " +
           differenceText(pairedEpisodes(s1.tokensAlone.episodes, s0.tokensAlone.episodes, shots, rocAucOf)) + " |\n";
  };
  for (const auto& s : s1.perShot) md << "| " << s.shots << " | " << differences(s.shots);
  md << "| all | " << differences(0) << "\n";
  md << verdict(gainAll, "Stage 1 helped: the paired ROC-AUC gain's interval lies above 0.",
                "Stage 1 hurt on this data: the paired ROC-AUC difference's interval lies below 0.",
                "Stage 1 made no difference that these episodes can resolve: the paired interval contains 0.")
     << verdict(pairedEpisodes(s1.episodes, s1.baseline.episodes, 0, rocAucOf),
                "The deep model (stage 1) beat the motion baseline in the same episodes: the paired ROC-AUC "
                "difference's interval lies above 0.",
                "The motion baseline beat the deep model (stage 1) in the same episodes: the paired ROC-AUC "
                "difference's interval lies below 0.",
                "The deep model (stage 1) and the motion baseline cannot be told apart in these episodes.")
     << verdict(pairedEpisodes(s1.tokensAlone.episodes, s0.tokensAlone.episodes, 0, rocAucOf),
                "On its tokens alone, the stage-1 encoder beat the encoder it started from (paired ROC-AUC interval "
                "above 0).",
                "On its tokens alone, the stage-1 encoder did worse than the encoder it started from (paired ROC-AUC "
                "interval below 0).",
                "On their tokens alone, the stage-1 encoder and the encoder it started from cannot be told apart.");
  md << "![balanced accuracy per shot](fewshot.png)\n\n" << probeCurveSection(r);

  md << "## The forecaster on held-out recordings\n\n"
     << "Trained on the training patients' clips ("
     << (r.forecasterEveryNormalWindow
             ? "their pre-ictal windows and every normal window, one a second, not the few-shot set's sample; "
             : "")
     << "the few-shot head on the stage-1 encoder, its motion statistics " << motionStatisticsText(r.forecasterSettings)
     << ", holding " << fixed(100 * r.forecasterSettings.motionShare, 0)
     << " % of the head's input beside the encoder's tokens" << shareChoice(r) << ")." << jerkChoice(r) << " "
     << operatingPointText(r) << " 5-s windows every 1 s over " << r.forecasts.size() << " held-out recordings ("
     << fixed(r.forecastVideoSeconds / 60, 1) << " min).\n\n"
     << "- Window level (" << r.windowPositives << " pre-ictal windows: a seizure begins within "
     << fixed(r.alarms.horizonSeconds, 0) << " s of the window's end; " << r.windowNegatives
     << " normal windows: at least the inter-ictal gap from every seizure; windows in between are left out): ROC-AUC "
     << fixed(r.windowRocAuc) << ", PR-AUC " << fixed(r.windowPrAuc) << ".\n"
     << calibrationBullet(r) << "- Event level (alarm when " << r.consecutive
     << " window(s) in a row reach the threshold, refractory = horizon): " << r.heldOut.forecast << " of "
     << r.heldOut.seizures << " seizures forecast (sensitivity "
     << countInterval(r.heldOut.sensitivity(), sensitivityCi, 3) << "), " << r.heldOut.falseAlarms
     << " false alarms in " << fixed(r.heldOut.interictalHours, 2) << " inter-ictal hours ("
     << countInterval(r.heldOut.falseAlarmsPerHour(), rateCi, 1)
     << " per hour; exact 95 % intervals: Clopper-Pearson and Garwood), mean warning time "
     << fixed(r.meanWarningSeconds, 1) << " s."
     << lateText(r.heldOut.seizures - r.heldOut.forecast, r.lateAlarmSeconds, r.alarms.horizonSeconds) << "\n"
     << "- Where its false alarms fell (the generator's schedule knows): "
     << causesText(r.falseAlarmCauses, r.alarms.horizonSeconds)
     << ". Only those in ordinary time fired on nothing; the others fired on the cues that the data's look-alike "
        "episodes share with pre-ictal phases, or on a pre-ictal phase too early to count.\n"
     << dataAllowBullet(r) << baselineBullet(r) << "- Scored at " << fixed(speed, 1) << "× real time.\n\n"
     << reliabilityTable(r) << "![probability timeline](timeline.png)\n\n";

  md << "## Wall time\n\n| stage | seconds |\n|---|---|\n";
  for (const auto& [name, sec] : r.stageSeconds) md << "| " << name << " | " << fixed(sec, 1) << " |\n";
  md << "| total | " << fixed(r.totalSeconds, 1) << " |\n\n"
     << "Files: `fewshot.csv` (every episode of every arm), `forecast.csv` (the probability per window"
     << (r.motionBaseline ? ", and the motion-statistics forecaster's beside it" : "") << "), `summary.csv`.\n";
  writeFileAtomically(r.report, md.str());
}

}  // namespace prodrome::core
