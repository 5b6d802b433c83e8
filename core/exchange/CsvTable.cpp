#include "core/exchange/CsvTable.h"

#include "core/exchange/ImportError.h"

#include <algorithm>
#include <system_error>

namespace prodrome::core {

std::size_t firstInvalidUtf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (std::size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return i;
    i += len;
  }
  return std::string_view::npos;
}

namespace {

// The fields of one logical row: its physical lines joined by '\n' (a quoted
// field may hold line breaks), without the row's own line break.
std::vector<std::string> splitRow(std::string_view row, const std::string& fileName, std::int64_t line) {
  std::vector<std::string> fields;
  std::string field;
  std::size_t i = 0;
  const std::size_t n = row.size();
  for (;;) {
    field.clear();
    if (i < n && row[i] == '"') {
      const std::int64_t quoteLine = line;
      ++i;
      for (;;) {
        if (i >= n) throw ImportError(fileName, quoteLine, "unterminated quoted field");
        if (row[i] == '"') {
          if (i + 1 < n && row[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        if (row[i] == '\n') ++line;
        field += row[i++];
      }
      if (i < n && row[i] != ',') throw ImportError(fileName, line, "text after a closing quote");
    } else {
      while (i < n && row[i] != ',') field += row[i++];
    }
    fields.push_back(field);
    if (i >= n) return fields;
    ++i;  // the comma
  }
}

// Whether a quoted field is still open at the end of `line`, given whether
// one was open at its start: quotes count only at a field's start and, inside
// a quoted field, as "" or the closing quote.
bool quoteOpenAfter(std::string_view line, bool open) {
  bool fieldStart = !open;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (open) {
      if (c == '"') {
        if (i + 1 < line.size() && line[i + 1] == '"')
          ++i;
        else
          open = false;
      }
      fieldStart = false;
    } else {
      if (fieldStart && c == '"') open = true;
      fieldStart = c == ',';
    }
  }
  return open;
}

}  // namespace

CsvReader::CsvReader(const std::filesystem::path& path) : name_(path.string()), fromFile_(true) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) throw ImportError(name_, "", "no such file");
  total_ = std::filesystem::file_size(path, ec);
  if (ec) throw ImportError(name_, "", "cannot read its size: " + ec.message());
  if (total_ == 0) throw ImportError(name_, "", "the file is empty (0 bytes)");
  file_.open(path, std::ios::binary);
  if (!file_) throw ImportError(name_, "", "cannot open it for reading");
}

CsvReader::CsvReader(std::string_view text, std::string fileName)
    : name_(std::move(fileName)), text_(text), total_(text.size()) {}

bool CsvReader::nextLine(std::string& line) {
  line.clear();
  if (fromFile_) {
    if (!std::getline(file_, line)) {
      if (file_.bad()) throw ImportError(name_, line_, "reading stopped: the file could not be read");
      return false;
    }
    bytes_ += line.size() + (file_.eof() ? 0 : 1);
  } else {
    if (pos_ >= text_.size()) return false;
    const std::size_t end = std::min(text_.find('\n', pos_), text_.size());
    line.assign(text_.substr(pos_, end - pos_));
    bytes_ += end - pos_ + (end < text_.size() ? 1 : 0);
    pos_ = end + 1;
  }
  if (line_ == 0 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);  // a byte order mark
  ++line_;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (const auto bad = firstInvalidUtf8(line); bad != std::string::npos)
    throw ImportError(name_, line_, "invalid UTF-8 at byte " + std::to_string(bad + 1) + " of the line");
  // Valid UTF-8, but no text: stored, a NUL cuts the field short wherever it
  // is shown and passes into every export.
  if (const auto nul = line.find('\0'); nul != std::string::npos)
    throw ImportError(name_, line_, "a NUL byte at byte " + std::to_string(nul + 1) + " of the line: not text");
  return true;
}

bool CsvReader::next(CsvRow& row) {
  std::string logical;
  for (;;) {
    if (!nextLine(physical_)) return false;
    row.line = line_;
    logical = physical_;
    bool open = quoteOpenAfter(physical_, false);
    while (open) {
      if (!nextLine(physical_)) throw ImportError(name_, row.line, "unterminated quoted field");
      logical += '\n';
      logical += physical_;
      open = quoteOpenAfter(physical_, true);
    }
    if (logical.find_first_not_of(" \t") == std::string::npos) continue;  // a blank line
    row.fields = splitRow(logical, name_, row.line);
    return true;
  }
}

std::vector<CsvRow> readCsvFile(const std::filesystem::path& path) {
  CsvReader reader(path);
  std::vector<CsvRow> rows;
  for (CsvRow row; reader.next(row);) rows.push_back(std::move(row));
  return rows;
}

std::vector<CsvRow> parseCsv(std::string_view text, const std::string& fileName) {
  CsvReader reader(text, fileName);
  std::vector<CsvRow> rows;
  for (CsvRow row; reader.next(row);) rows.push_back(std::move(row));
  return rows;
}

std::string csvField(std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string csvLine(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t k = 0; k < fields.size(); ++k) {
    if (k) out += ',';
    out += csvField(fields[k]);
  }
  out += '\n';
  return out;
}

}  // namespace prodrome::core
