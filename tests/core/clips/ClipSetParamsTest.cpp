#include "core/Error.h"
#include "core/clips/ClipSetParams.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace prodrome::core::test {
namespace {

TEST(ClipSetParams, JsonRoundTripKeepsEveryFieldAndA64BitSeed) {
  ClipSetParams params;
  params.clipSeconds = 7.5;
  params.horizonSeconds = 4;
  params.strideSeconds = 0.5;
  params.normalStrideSeconds = 2;
  params.postIctalSeconds = 90;
  params.humanGapSeconds = 600;
  params.rodentGapSeconds = 45;
  params.buildPreictal = false;
  params.buildIctal = true;
  params.artifactsExcludeNormals = false;
  params.maxPreictalPerSeizure = 3;
  params.maxIctalPerSeizure = 4;
  params.maxNormalPerRecording = 50;
  params.normalPerPreictal = 1.5;
  params.seed = (std::int64_t{1} << 62) + 1;  // not representable as a double
  const std::string json = params.toJson();
  const ClipSetParams back = ClipSetParams::fromJson(json);
  EXPECT_EQ(back.clipSeconds, 7.5);
  EXPECT_EQ(back.horizonSeconds, 4);
  EXPECT_EQ(back.strideSeconds, 0.5);
  EXPECT_EQ(back.normalStrideSeconds, 2);
  EXPECT_EQ(back.postIctalSeconds, 90);
  EXPECT_EQ(back.humanGapSeconds, 600);
  EXPECT_EQ(back.rodentGapSeconds, 45);
  EXPECT_FALSE(back.buildPreictal);
  EXPECT_TRUE(back.buildNormal);
  EXPECT_TRUE(back.buildIctal);
  EXPECT_FALSE(back.artifactsExcludeNormals);
  EXPECT_EQ(back.maxPreictalPerSeizure, 3);
  EXPECT_EQ(back.maxIctalPerSeizure, 4);
  EXPECT_EQ(back.maxNormalPerRecording, 50);
  EXPECT_EQ(back.normalPerPreictal, 1.5);
  EXPECT_EQ(back.seed, (std::int64_t{1} << 62) + 1) << json;
  EXPECT_EQ(ClipSetParams::fromJson(R"({"seed":-5})").seed, -5);
  // Plain JSON that other tools can read.
  const QJsonObject object = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
  EXPECT_EQ(object["version"].toInt(), 1);
  EXPECT_EQ(object["clipSeconds"].toDouble(), 7.5);
}

TEST(ClipSetParams, MissingFieldsKeepDefaults) {
  const ClipSetParams params = ClipSetParams::fromJson(R"({"clipSeconds": 3})");
  EXPECT_EQ(params.clipSeconds, 3);
  EXPECT_EQ(params.horizonSeconds, 5);
  EXPECT_EQ(params.postIctalSeconds, 60);
  EXPECT_EQ(params.humanGapSeconds, 1800);
  EXPECT_EQ(params.rodentGapSeconds, 60);
  EXPECT_EQ(params.effectiveNormalStrideSeconds(), 3);
  EXPECT_EQ(params.gapSeconds(Species::Human), 1800);
}

TEST(ClipSetParams, RejectsBadTextAndValues) {
  EXPECT_THROW(ClipSetParams::fromJson("{clip"), Error);
  EXPECT_THROW(ClipSetParams::fromJson("[1]"), Error);
  EXPECT_THROW(ClipSetParams::fromJson(R"({"version": 2})"), Error);
  EXPECT_THROW(ClipSetParams::fromJson(R"({"clipSecs": 5})"), Error);
  EXPECT_THROW(ClipSetParams::fromJson(R"({"clipSeconds": "5"})"), Error);
  EXPECT_THROW(ClipSetParams::fromJson(R"({"clipSeconds": 11})"), Error);
  EXPECT_THROW(ClipSetParams::fromJson(R"({"strideSeconds": 0})"), Error);
  EXPECT_THROW(ClipSetParams::fromJson(R"({"maxNormalPerRecording": 1.5})"), Error);
  EXPECT_THROW(ClipSetParams::fromJson(R"({"buildPreictal":false,"buildNormal":false})"), Error);
  try {
    ClipSetParams::fromJson(R"({"clipSeconds": 2.5})");
    FAIL();
  } catch (const Error& error) {
    EXPECT_NE(std::string(error.what()).find("'clipSeconds' = 2.5: must lie in [3, 10]"), std::string::npos)
        << error.what();
  }
  // Numbers as people write them, not 309 digits.
  ClipSetParams huge;
  huge.horizonSeconds = 1e308;
  try {
    huge.validate();
    FAIL();
  } catch (const Error& error) {
    EXPECT_NE(std::string(error.what()).find("'horizonSeconds' = 1e+308: must lie in [0, 3600]"), std::string::npos)
        << error.what();
  }
}

TEST(ClipSetParams, SubjectsAreStoredOnlyWhenChosenAndChecked) {
  ClipSetParams params;
  EXPECT_EQ(params.toJson().find("subjects"), std::string::npos) << params.toJson();
  EXPECT_TRUE(params.includes(Species::Rodent, "R7"));
  params.subjects = {"P2", "R1"};
  params.species = Species::Human;
  const auto back = ClipSetParams::fromJson(params.toJson());
  EXPECT_EQ(back.subjects, (std::vector<std::string>{"P2", "R1"}));
  EXPECT_TRUE(back.includes(Species::Human, "P2"));
  EXPECT_FALSE(back.includes(Species::Human, "P1"));   // not chosen
  EXPECT_FALSE(back.includes(Species::Rodent, "R1"));  // chosen, but of the other species
  EXPECT_THROW(ClipSetParams::fromJson(R"({"subjects": "P2"})"), Error);
  EXPECT_THROW(ClipSetParams::fromJson(R"({"subjects": [2]})"), Error);
  EXPECT_THROW(ClipSetParams::fromJson(R"({"subjects": ["P2", "P2"]})"), Error);
  EXPECT_THROW(ClipSetParams::fromJson(R"({"subjects": [""]})"), Error);
}

TEST(ClipSetParams, SpeciesIsStoredOnlyWhenSetAndReadBack) {
  ClipSetParams params;
  // Unset: the JSON is what builds before the field wrote, so old sets and
  // new ones without a species read the same.
  EXPECT_EQ(params.toJson().find("species"), std::string::npos) << params.toJson();
  EXPECT_FALSE(ClipSetParams::fromJson(params.toJson()).species);
  EXPECT_FALSE(ClipSetParams::fromJson(R"({"clipSeconds": 5})").species);
  params.species = Species::Rodent;
  const QJsonObject object = QJsonDocument::fromJson(QByteArray::fromStdString(params.toJson())).object();
  EXPECT_EQ(object["species"].toString(), "rodent");
  EXPECT_EQ(ClipSetParams::fromJson(params.toJson()).species, Species::Rodent);
  EXPECT_EQ(ClipSetParams::fromJson(R"({"species": "human"})").species, Species::Human);
  EXPECT_THROW(ClipSetParams::fromJson(R"({"species": "cat"})"), Error);
  EXPECT_THROW(ClipSetParams::fromJson(R"({"species": 1})"), Error);
}

}  // namespace
}  // namespace prodrome::core::test
