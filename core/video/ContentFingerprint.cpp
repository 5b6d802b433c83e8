#include "core/video/ContentFingerprint.h"

#include "core/Error.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <vector>

namespace prodrome::core {

namespace {
constexpr std::streamoff kChunk = 1 << 20;
}

std::string contentFingerprint(const std::filesystem::path& path) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) throw IoError("cannot fingerprint '" + path.string() + "': " + ec.message());
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("cannot fingerprint '" + path.string() + "': " + std::strerror(errno));

  QCryptographicHash hash(QCryptographicHash::Sha256);
  std::vector<char> buf(static_cast<size_t>(kChunk));
  const auto readChunk = [&](std::streamoff at, std::streamoff n) {
    in.seekg(at);
    in.read(buf.data(), n);
    if (in.gcount() != n) throw IoError("cannot fingerprint '" + path.string() + "': short read");
    hash.addData(QByteArrayView(buf.data(), static_cast<qsizetype>(n)));
  };
  const auto total = static_cast<std::streamoff>(size);
  readChunk(0, std::min(total, kChunk));
  if (total > kChunk) {
    const std::streamoff tailAt = std::max(kChunk, total - kChunk);
    readChunk(tailAt, total - tailAt);
  }
  const QByteArray digest = hash.result().toHex().left(32);
  return std::to_string(size) + "-" + digest.toStdString();
}

bool isContentFingerprint(std::string_view fingerprint) {
  const auto dash = fingerprint.find('-');
  if (dash == 0 || dash == std::string_view::npos || fingerprint.size() - dash - 1 != 32) return false;
  const auto digits = fingerprint.substr(0, dash), hex = fingerprint.substr(dash + 1);
  return std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
         std::all_of(hex.begin(), hex.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

}  // namespace prodrome::core
