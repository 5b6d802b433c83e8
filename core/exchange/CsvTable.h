#pragma once
// RFC 4180 CSV reading and writing for the importers and exporters: quoted
// fields may hold commas, quotes ("") and line breaks. Reading checks the
// file (not empty, valid UTF-8 without NUL bytes) and keeps each row's line
// number for error messages.

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace prodrome::core {

struct CsvRow {
  std::int64_t line = 0;  // 1-based line where the row starts
  std::vector<std::string> fields;
};

// Reads CSV one row at a time, from a file (in constant memory, for signal
// files of millions of rows) or from text, by the rules below. Invalid UTF-8
// is found row by row, so a file's rows before it have been read when it
// throws; callers that must be all or nothing store nothing until the end.
class CsvReader {
 public:
  // Throws ImportError naming the file when it is missing or 0 bytes.
  explicit CsvReader(const std::filesystem::path& path);
  CsvReader(std::string_view text, std::string fileName);
  // The next row that is not blank; false at the end. Throws ImportError
  // naming the file and line for bad UTF-8, a NUL byte or an unterminated quote.
  bool next(CsvRow& row);
  // For progress: bytes consumed so far, of the total.
  std::uint64_t bytesRead() const { return bytes_; }
  std::uint64_t totalBytes() const { return total_; }

 private:
  bool nextLine(std::string& line);  // one physical line, without its line break

  std::string name_;
  std::ifstream file_;
  bool fromFile_ = false;
  std::string_view text_;
  std::size_t pos_ = 0;
  std::int64_t line_ = 0;  // physical lines read
  std::uint64_t bytes_ = 0;
  std::uint64_t total_ = 0;
  std::string physical_;
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
