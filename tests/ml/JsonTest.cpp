#include "ml/Json.h"

#include <gtest/gtest.h>

using prodrome::ml::JsonError;
using prodrome::ml::JsonValue;
using prodrome::ml::parseJson;

TEST(Json, ParsesNestedValuesInOrder) {
  const auto v = parseJson(R"( {"b": [1, -2, 3.5e2, true, null], "a": {"x": "y"}, "n": 0} )");
  ASSERT_TRUE(v.isObject());
  ASSERT_EQ(v.members().size(), 3u);
  EXPECT_EQ(v.members()[0].first, "b");
  const auto& b = v.find("b")->items();
  EXPECT_EQ(b[0].asInt(), 1);
  EXPECT_EQ(b[1].asInt(), -2);
  EXPECT_FALSE(b[2].isInteger());
  EXPECT_DOUBLE_EQ(b[2].asDouble(), 350.0);
  EXPECT_TRUE(b[3].asBool());
  EXPECT_TRUE(b[4].isNull());
  EXPECT_EQ(v.find("a")->find("x")->asString(), "y");
  EXPECT_EQ(v.find("missing"), nullptr);
}

TEST(Json, DecodesEscapesToUtf8) {
  const auto v = parseJson(R"("a\"\\\/\n\u00e9\ud83d\ude00")");
  EXPECT_EQ(v.asString(), "a\"\\/\n\xC3\xA9\xF0\x9F\x98\x80");
}

TEST(Json, DumpReadsBack) {
  const std::string text = R"({"k":[1,2.5,"s\"q\u0001",false,null,{}],"e":[]})";
  const auto v = parseJson(text);
  EXPECT_EQ(v.dump(), text);
  EXPECT_EQ(parseJson(v.dump()).dump(), text);
  EXPECT_EQ(JsonValue::number(1e-6).dump(), "1e-06");
  EXPECT_DOUBLE_EQ(parseJson(JsonValue::number(0.1).dump()).asDouble(), 0.1);
}

TEST(Json, RejectsWhatRfc8259Rejects) {
  for (const char* bad : {"",
                          "{",
                          "[1,]",
                          "{\"a\":1,}",
                          "01",
                          "1.",
                          ".5",
                          "-",
                          "+1",
                          "NaN",
                          "Infinity",
                          "tru",
                          "\"\\x\"",
                          "\"a\nb\"",
                          "\"\\ud800\"",
                          "\"\\udc00\"",
                          "{\"a\":1,\"a\":2}",
                          "{1:2}",
                          "[1] [2]",
                          "// c\n1",
                          "\"\xC3\x28\"",
                          "1e999"}) {
    EXPECT_THROW(parseJson(bad), JsonError) << "accepted: " << bad;
  }
}

TEST(Json, LimitsNestingDepth) {
  EXPECT_NO_THROW(parseJson(std::string(60, '[') + std::string(60, ']')));
  EXPECT_THROW(parseJson(std::string(100, '[') + std::string(100, ']')), JsonError);
}

TEST(Json, TypedAccessorsRefuseOtherKinds) {
  const auto v = parseJson(R"({"s":"x","d":1.5})");
  EXPECT_THROW((void)v.find("s")->asInt(), JsonError);
  EXPECT_THROW((void)v.find("d")->asInt(), JsonError);
  EXPECT_THROW((void)v.items(), JsonError);
}
