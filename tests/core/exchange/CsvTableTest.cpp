#include "core/exchange/CsvTable.h"
#include "core/exchange/ImportError.h"

#include <gtest/gtest.h>

using namespace prodrome::core;

TEST(CsvTable, QuotedFieldsAndLineNumbers) {
  const auto rows = parseCsv("a,b\n\n\"x,1\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",z\nlast,row", "t.csv");
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[1].line, 3);
  EXPECT_EQ(rows[1].fields[0], "x,1");
  EXPECT_EQ(rows[1].fields[1], "say \"hi\"");
  EXPECT_EQ(rows[2].fields[0], "two\nlines");
  EXPECT_EQ(rows[3].line, 6);
}

TEST(CsvTable, WriterRoundTrips) {
  const std::vector<std::string> fields = {"plain", "a,b", "q\"uote", "multi\nline", ""};
  const auto rows = parseCsv(csvLine(fields), "t.csv");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].fields, fields);
}

TEST(CsvTable, BadUtf8NamesTheLine) {
  try {
    parseCsv("a,b\nok,1\nbad,\xC3\x28\n", "t.csv");
    FAIL();
  } catch (const ImportError& e) {
    EXPECT_NE(std::string(e.what()).find("t.csv:3: invalid UTF-8"), std::string::npos) << e.what();
  }
  EXPECT_EQ(firstInvalidUtf8("\xE2\x82\xAC ok"), std::string::npos);
  EXPECT_EQ(firstInvalidUtf8("\xC0\x80"), 0u);        // overlong
  EXPECT_EQ(firstInvalidUtf8("ab\xED\xA0\x80"), 2u);  // surrogate
}

TEST(CsvTable, UnterminatedQuote) { EXPECT_THROW(parseCsv("a,b\n\"open,1\n", "t.csv"), ImportError); }
