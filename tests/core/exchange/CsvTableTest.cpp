#include "core/exchange/CsvTable.h"
#include "core/exchange/ImportError.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

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

TEST(CsvTable, ANulByteNamesTheLine) {
  std::string text = "a,b\nok,1\nx";
  text += '\0';
  text += "y,2\n";
  const auto path = std::filesystem::temp_directory_path() / "prodrome-csvreader-nul.csv";
  { std::ofstream(path, std::ios::binary) << text; }
  for (const bool fromFile : {false, true}) {
    try {
      fromFile ? readCsvFile(path) : parseCsv(text, "t.csv");
      ADD_FAILURE() << "read a NUL byte as text";
    } catch (const ImportError& e) {
      EXPECT_NE(std::string(e.what()).find(":3: a NUL byte at byte 2 of the line: not text"), std::string::npos)
          << e.what();
    }
  }
  std::filesystem::remove(path);
}

TEST(CsvTable, UnterminatedQuote) { EXPECT_THROW(parseCsv("a,b\n\"open,1\n", "t.csv"), ImportError); }

// The file reader streams (issue 14 §2: a day of samples is tens of millions
// of rows): rows one at a time, with the bytes read for progress, by the
// same rules as the text parser.
TEST(CsvTable, FileReaderStreamsRowsByTheSameRules) {
  const auto path = std::filesystem::temp_directory_path() / "prodrome-csvreader.csv";
  const std::string text = "\xEF\xBB\xBFt,v\r\n0,1\n\n\"multi\nline\",mid\"quote\n2,3";
  { std::ofstream(path, std::ios::binary) << text; }
  CsvReader reader(path);
  EXPECT_EQ(reader.totalBytes(), text.size());
  CsvRow row;
  std::vector<CsvRow> rows;
  std::vector<std::uint64_t> progress;
  while (reader.next(row)) {
    rows.push_back(row);
    progress.push_back(reader.bytesRead());
  }
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].fields, (std::vector<std::string>{"t", "v"}));
  EXPECT_EQ(rows[2].line, 4);
  EXPECT_EQ(rows[2].fields, (std::vector<std::string>{"multi\nline", "mid\"quote"}));  // a quote inside a field is text
  EXPECT_EQ(rows[3].line, 6);
  EXPECT_TRUE(std::is_sorted(progress.begin(), progress.end()));
  EXPECT_EQ(progress.back(), text.size());
  EXPECT_EQ(parseCsv(text, "t.csv").size(), rows.size());
  std::filesystem::remove(path);
}

TEST(CsvTable, FileReaderNamesAnOpenQuoteAndAnEmptyFile) {
  const auto path = std::filesystem::temp_directory_path() / "prodrome-csvreader-bad.csv";
  { std::ofstream(path) << "a,b\n1,2\n\"open,1\n3,4\n"; }
  CsvReader reader(path);
  CsvRow row;
  EXPECT_TRUE(reader.next(row));
  EXPECT_TRUE(reader.next(row));
  try {
    reader.next(row);
    FAIL();
  } catch (const ImportError& e) {
    EXPECT_NE(std::string(e.what()).find(":3: unterminated quoted field"), std::string::npos) << e.what();
  }
  { std::ofstream(path, std::ios::trunc); }
  EXPECT_THROW(CsvReader{path}, ImportError);
  std::filesystem::remove(path);
}
