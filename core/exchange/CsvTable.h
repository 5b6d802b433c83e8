#pragma once
// RFC 4180 CSV reading and writing for the importers and exporters: quoted
// fields may hold commas, quotes ("") and line breaks. Reading checks the
// whole file first (not empty, valid UTF-8) and keeps each row's line number
// for error messages.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace prodrome::core {

struct CsvRow {
  std::int64_t line = 0;  // 1-based line where the row starts
  std::vector<std::string> fields;
};

// Parses a whole CSV file; blank lines are skipped. Throws ImportError naming
// the file (and the line) for a missing or 0-byte file, bad UTF-8, or an
// unterminated quote. A UTF-8 byte order mark is skipped.
std::vector<CsvRow> readCsvFile(const std::filesystem::path& path);
std::vector<CsvRow> parseCsv(std::string_view text, const std::string& fileName);

// The field quoted when it holds a comma, quote or line break.
std::string csvField(std::string_view value);
// Fields joined by commas, each through csvField, ending in "\n".
std::string csvLine(const std::vector<std::string>& fields);

// Byte offset of the first invalid UTF-8 sequence, or npos when valid.
std::size_t firstInvalidUtf8(std::string_view text);

}  // namespace prodrome::core
