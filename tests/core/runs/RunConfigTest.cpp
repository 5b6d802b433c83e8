#include "core/Error.h"
#include "core/runs/ConfigJson.h"
#include "core/runs/FewShotConfig.h"
#include "core/runs/FineTuneConfig.h"
#include "core/runs/ForecastConfig.h"
#include "core/runs/PretrainConfig.h"

#include <gtest/gtest.h>

#include <QJsonArray>

#include <set>
#include <string>

namespace prodrome::core {
namespace {

// Moves every field away from its default, whatever its type, and counts
// them: a round trip of the result shows that each field is written and read.
struct Perturb {
  int count = 0;
  std::set<std::string> names;
  void seen(const char* name) {
    ++count;
    names.insert(name);
  }
  void operator()(const char* name, std::string& v) { seen(name), v += "-x"; }
  void operator()(const char* name, int& v) { seen(name), v += 7; }
  void operator()(const char* name, std::int64_t& v) { seen(name), v += 11; }
  void operator()(const char* name, std::uint64_t& v) { seen(name), v = 18446744073709551557ULL; }  // > 2^53
  void operator()(const char* name, double& v) { seen(name), v += 0.25; }
  void operator()(const char* name, bool& v) { seen(name), v = !v; }
  void operator()(const char* name, std::vector<std::int64_t>& v) { seen(name), v = {3, 1, 4}; }
  void operator()(const char* name, std::vector<int>& v) { seen(name), v = {5, 9}; }
  void operator()(const char* name, std::vector<double>& v) { seen(name), v = {0.5}; }
};

template <typename Config>
void expectEveryFieldRoundTrips() {
  Config changed;
  Perturb perturb;
  Config::fields(changed, perturb);
  ASSERT_GT(perturb.count, 0);
  EXPECT_EQ(perturb.names.size(), static_cast<std::size_t>(perturb.count)) << "a field name is listed twice";
  const QJsonObject json = changed.toJson();
  EXPECT_EQ(json.size(), perturb.count);
  const Config back = Config::fromJson(json);
  EXPECT_EQ(back.toJson(), json);
  // And each field differs from the default's, so none fell back to it.
  const QJsonObject defaults = Config{}.toJson();
  for (const auto& name : perturb.names)
    EXPECT_NE(defaults.value(QString::fromStdString(name)), json.value(QString::fromStdString(name))) << name;
}

TEST(RunConfig, EveryPretrainFieldRoundTrips) { expectEveryFieldRoundTrips<PretrainConfig>(); }
TEST(RunConfig, EveryFineTuneFieldRoundTrips) { expectEveryFieldRoundTrips<FineTuneConfig>(); }
TEST(RunConfig, EveryFewShotFieldRoundTrips) { expectEveryFieldRoundTrips<FewShotConfig>(); }
TEST(RunConfig, EveryForecastFieldRoundTrips) { expectEveryFieldRoundTrips<ForecastConfig>(); }

TEST(RunConfig, SettingsAreStoredFlatBesideTheirConfig) {
  FineTuneConfig c;
  c.settings.epochs = 42;
  c.settings.seed = 9;
  const QJsonObject json = c.toJson();
  EXPECT_EQ(json.value("epochs").toInteger(), 42);
  EXPECT_EQ(json.value("seed").toString(), "9");  // a string: a double cannot hold every 64-bit seed
  EXPECT_EQ(FineTuneConfig::fromJson(json).settings.epochs, 42);
}

TEST(RunConfig, AbsentFieldsKeepTheirDefaults) {
  const auto c = PretrainConfig::fromJson(QJsonObject{{"model_name", "enc"}, {"steps", 12}});
  EXPECT_EQ(c.modelName, "enc");
  EXPECT_EQ(c.steps, 12);
  EXPECT_EQ(c.maskRatio, PretrainConfig{}.maskRatio);
}

TEST(RunConfig, AStrictReadNamesAnUnknownField) {
  try {
    FineTuneConfig::fromJson(QJsonObject{{"model_name", "m"}, {"epoch", 3}});
    FAIL() << "an unknown field must be an error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("fine-tuning config"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("'epoch'"), std::string::npos) << e.what();
  }
}

TEST(RunConfig, AWrongTypeNamesTheFieldAndTheType) {
  try {
    ForecastConfig::fromJson(QJsonObject{{"window_seconds", "five"}});
    FAIL() << "a string for a number must be an error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("'window_seconds' must be a number"), std::string::npos) << e.what();
  }
  EXPECT_THROW(PretrainConfig::fromJson(QJsonObject{{"steps", 1.5}}), Error);
  EXPECT_THROW(PretrainConfig::fromJson(QJsonObject{{"seed", -1}}), Error);
  EXPECT_THROW(FewShotConfig::fromJson(QJsonObject{{"shots", QJsonArray{2, "3"}}}), Error);
}

TEST(RunConfig, ALenientReadIgnoresUnknownFieldsButNotWrongTypes) {
  const QJsonObject json{{"model", 4}, {"window_seconds", 3.0}, {"written_by_a_newer_version", true}};
  EXPECT_THROW(ForecastConfig::fromJson(json), Error);
  const auto c = ForecastConfig::fromJson(json, UnknownFields::Ignore);
  EXPECT_EQ(c.model, 4);
  EXPECT_EQ(c.windowSeconds, 3.0);
  EXPECT_THROW(ForecastConfig::fromJson(QJsonObject{{"model", "four"}}, UnknownFields::Ignore), Error);
}

TEST(RunConfig, AlarmOptionsAreStoredFlat) {
  ForecastConfig c;
  c.alarms.threshold = 0.7;
  c.alarms.consecutive = 3;
  c.alarms.refractorySeconds = 30;
  const QJsonObject json = c.toJson();
  EXPECT_EQ(json.value("threshold").toDouble(), 0.7);
  EXPECT_EQ(json.value("consecutive").toInt(), 3);
  const auto back = ForecastConfig::fromJson(json);
  EXPECT_EQ(back.alarms.threshold, 0.7);
  EXPECT_EQ(back.alarms.consecutive, 3);
  EXPECT_EQ(back.alarms.refractorySeconds, 30);
}

}  // namespace
}  // namespace prodrome::core
