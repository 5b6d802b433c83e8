#include "core/exchange/CsvTable.h"

#include "core/exchange/ImportError.h"
#include "core/io/AtomicFile.h"

#include <algorithm>

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

std::vector<CsvRow> readCsvFile(const std::filesystem::path& path) {
  const std::string name = path.string();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) throw ImportError(name, "", "no such file");
  std::string text;
  try {
    text = readWholeFile(path);
  } catch (const std::exception& e) {
    throw ImportError(name, "", e.what());
  }
  if (text.empty()) throw ImportError(name, "", "the file is empty (0 bytes)");
  return parseCsv(text, name);
}

std::vector<CsvRow> parseCsv(std::string_view text, const std::string& fileName) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (const auto bad = firstInvalidUtf8(text); bad != std::string_view::npos) {
    const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(bad), '\n');
    throw ImportError(fileName, line, "invalid UTF-8 at byte " + std::to_string(bad));
  }
  std::vector<CsvRow> rows;
  std::int64_t line = 1;
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    CsvRow row;
    row.line = line;
    std::string field;
    bool rowDone = false;
    while (!rowDone) {
      field.clear();
      if (i < n && text[i] == '"') {
        const std::int64_t quoteLine = line;
        ++i;
        for (;;) {
          if (i >= n) throw ImportError(fileName, quoteLine, "unterminated quoted field");
          if (text[i] == '"') {
            if (i + 1 < n && text[i + 1] == '"') {
              field += '"';
              i += 2;
              continue;
            }
            ++i;
            break;
          }
          if (text[i] == '\n') ++line;
          field += text[i++];
        }
        if (i < n && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
          throw ImportError(fileName, line, "text after a closing quote");
      } else {
        while (i < n && text[i] != ',' && text[i] != '\n' && text[i] != '\r') field += text[i++];
      }
      row.fields.push_back(field);
      if (i >= n) {
        rowDone = true;
      } else if (text[i] == ',') {
        ++i;
      } else {
        if (text[i] == '\r') ++i;
        if (i < n && text[i] == '\n') ++i;
        ++line;
        rowDone = true;
      }
    }
    const bool blank = row.fields.size() == 1 && row.fields[0].find_first_not_of(" \t") == std::string::npos;
    if (!blank) rows.push_back(std::move(row));
  }
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
