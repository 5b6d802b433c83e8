#pragma once
// The end-to-end demo (issue 5 §2): a small cross-species synthetic data
// set, clip sets, stage 1 (VideoMAE continual pre-training of vit-tiny at
// 16×112 on rodent + human clips, the paper's +Rodents(Y/N)+H), stage 2
// (2/3/4-shot forecasting episodes on held-out human subjects, with and
// without stage 1), and forecasting over a held-out human recording with
// alarms and event-level metrics. Everything lands in one project in DIR,
// with a Markdown + CSV report; plots are drawn by the caller (app/), which
// has a painter.

#include "core/pipeline/FineTuning.h"
#include "core/pipeline/Forecasting.h"
#include "core/pipeline/JobCallbacks.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace prodrome::core {

struct DemoOptions {
  std::filesystem::path directory;  // created; must be empty or absent
  bool quick = false;               // ≤ 2 min: fewer subjects, steps and episodes
  std::uint64_t seed = 7;
  std::string device = "auto";
  double difficulty = 0.4;
};

// The sizes the demo runs at, from `quick`; exposed so the report can state them.
struct DemoPlan {
  int rodentSubjects, humanSubjects;
  double rodentMinutes, humanMinutes;
  int rodentSeizures, humanSeizures;
  std::int64_t pretrainSteps;
  int episodes;
  std::int64_t fewShotEpochs;
  int queryPerClass;
  std::int64_t forecasterEpochs;
};
DemoPlan demoPlan(bool quick);

struct DemoResult {
  std::filesystem::path project;
  std::filesystem::path report;  // report.md
  DemoPlan plan{};
  std::int64_t pretrainedModel = 0;
  std::vector<double> pretrainLosses;
  FewShotOutcome withStage1, withoutStage1;
  std::int64_t forecasterModel = 0;
  RecordingForecast forecast;  // the held-out recording
  double forecastFps = 0;
  std::int64_t forecastRecording = 0;
  std::vector<SeizureInterval> forecastSeizures;
  AlarmOptions alarms;
  std::vector<std::pair<std::string, double>> stageSeconds;  // wall time per stage
  double totalSeconds = 0;
};

// Runs every stage; throws core::Error (with the stage) when one fails,
// Cancelled when the flag is raised.
DemoResult runDemo(const DemoOptions& options, const JobCallbacks& callbacks = {});

// report.md, fewshot.csv, forecast.csv and summary.csv in result.project's folder.
void writeDemoReport(DemoResult& result);

}  // namespace prodrome::core
