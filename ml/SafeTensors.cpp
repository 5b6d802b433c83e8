#include "ml/SafeTensors.h"

#include "ml/Json.h"

#include <torch/torch.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <limits>
#include <random>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace prodrome::ml {

static_assert(std::endian::native == std::endian::little,
              "safetensors buffers are little-endian; a big-endian host would need byte swapping");

namespace {

struct DTypeEntry {
  SafeDType dtype;
  std::string_view name;
  size_t size;
  torch::ScalarType scalar;
};

constexpr DTypeEntry kDTypes[] = {
    {SafeDType::F64, "F64", 8, torch::kFloat64}, {SafeDType::F32, "F32", 4, torch::kFloat32},
    {SafeDType::F16, "F16", 2, torch::kFloat16}, {SafeDType::BF16, "BF16", 2, torch::kBFloat16},
    {SafeDType::I64, "I64", 8, torch::kInt64},   {SafeDType::I32, "I32", 4, torch::kInt32},
    {SafeDType::I16, "I16", 2, torch::kInt16},   {SafeDType::I8, "I8", 1, torch::kInt8},
    {SafeDType::U8, "U8", 1, torch::kUInt8},     {SafeDType::BOOL, "BOOL", 1, torch::kBool},
};

const DTypeEntry& entry(SafeDType dtype) {
  for (const auto& e : kDTypes) {
    if (e.dtype == dtype) return e;
  }
  throw SafeTensorsError("internal error: unknown SafeDType");
}

std::string errnoText() { return std::strerror(errno); }

[[noreturn]] void failFile(const std::string& source, const std::string& what) {
  throw SafeTensorsError("invalid safetensors file '" + source + "': " + what);
}

// The framing every reader shares: the first 8 bytes of a file of
// `fileSize` bytes give the header's length, which must fit the file.
uint64_t headerLength(std::string_view first8, uint64_t fileSize, const std::string& source) {
  if (fileSize < 8 || first8.size() < 8)
    failFile(source, "truncated: " + std::to_string(fileSize) + " bytes, shorter than the 8-byte header length");
  uint64_t length = 0;
  std::memcpy(&length, first8.data(), 8);  // little-endian (static_assert above)
  if (length > fileSize - 8) {
    failFile(source, "header length " + std::to_string(length) + " runs past the end of the file (" +
                         std::to_string(fileSize) + " bytes)");
  }
  if (length > kMaxSafeTensorsHeader) failFile(source, "header length " + std::to_string(length) + " is implausibly large");
  if (length < 2) failFile(source, "header length " + std::to_string(length) + " is too small for a JSON object");
  return length;
}

// The header itself: a JSON object.
JsonValue headerJson(std::string_view text, const std::string& source) {
  JsonValue header;
  try {
    header = parseJson(text);
  } catch (const JsonError& e) {
    failFile(source, std::string("header is not valid JSON: ") + e.what());
  }
  if (!header.isObject()) failFile(source, "header is not a JSON object");
  return header;
}

// "__metadata__": an object of strings.
SafeTensorsMetadata metadataOf(const JsonValue& value, const std::string& source) {
  if (!value.isObject()) failFile(source, "__metadata__ is not an object");
  SafeTensorsMetadata metadata;
  for (const auto& [key, v] : value.members()) {
    if (!v.isString()) failFile(source, "__metadata__ entry '" + key + "' is not a string");
    metadata.emplace(key, v.asString());
  }
  return metadata;
}

}  // namespace

std::string_view safeDTypeName(SafeDType dtype) { return entry(dtype).name; }
size_t safeDTypeSize(SafeDType dtype) { return entry(dtype).size; }
torch::ScalarType toScalarType(SafeDType dtype) { return entry(dtype).scalar; }

std::optional<SafeDType> safeDTypeFromName(std::string_view name) {
  for (const auto& e : kDTypes) {
    if (e.name == name) return e.dtype;
  }
  return std::nullopt;
}

SafeDType fromScalarType(torch::ScalarType type) {
  for (const auto& e : kDTypes) {
    if (e.scalar == type) return e.dtype;
  }
  throw SafeTensorsError(std::string("safetensors: cannot store tensors of dtype ") + c10::toString(type));
}

// ---------------------------------------------------------------------------
// Reading

SafeTensorsFile SafeTensorsFile::load(const std::filesystem::path& path) {
  // A folder opens as a stream on Linux and reports a size of 2^63 - 1.
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw SafeTensorsError("cannot read safetensors file '" + path.string() + "': it is a folder");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw SafeTensorsError("cannot open safetensors file '" + path.string() + "': " + errnoText());
  std::string bytes;
  in.seekg(0, std::ios::end);
  const auto size = in.tellg();
  if (size < 0) throw SafeTensorsError("cannot read safetensors file '" + path.string() + "': not seekable");
  bytes.resize(static_cast<size_t>(size));
  in.seekg(0, std::ios::beg);
  if (!in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
    throw SafeTensorsError("cannot read safetensors file '" + path.string() + "': " + errnoText());
  }
  return fromBytes(std::move(bytes), path.string());
}

SafeTensorsHeader readSafeTensorsHeader(const std::filesystem::path& path) {
  const std::string source = path.string();
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) throw SafeTensorsError("cannot open safetensors file '" + source + "': " + ec.message());
  std::ifstream in(path, std::ios::binary);
  if (!in) throw SafeTensorsError("cannot open safetensors file '" + source + "': " + errnoText());
  std::string first8(8, '\0');
  in.read(first8.data(), 8);
  first8.resize(static_cast<size_t>(in.gcount()));
  const uint64_t length = headerLength(first8, size, source);
  std::string text(length, '\0');
  if (!in.read(text.data(), static_cast<std::streamsize>(length)))
    throw SafeTensorsError("cannot read safetensors file '" + source + "': " + errnoText());
  const JsonValue header = headerJson(text, source);  // kept: members() refers into it
  SafeTensorsHeader result;
  for (const auto& [name, value] : header.members()) {
    if (name == "__metadata__")
      result.metadata = metadataOf(value, source);
    else
      result.names.push_back(name);
  }
  std::sort(result.names.begin(), result.names.end());
  return result;
}

std::vector<std::string> readSafeTensorNames(const std::filesystem::path& path) {
  return readSafeTensorsHeader(path).names;
}

SafeTensorsFile SafeTensorsFile::fromBytes(std::string bytes, std::string source) {
  SafeTensorsFile file;
  file.source_ = std::move(source);
  file.bytes_ = std::move(bytes);
  file.parse();
  return file;
}

void SafeTensorsFile::fail(const std::string& what) const { failFile(source_, what); }

void SafeTensorsFile::parse() {
  const uint64_t file_size = bytes_.size();
  const uint64_t header_len = headerLength(bytes_, file_size, source_);
  data_start_ = 8 + header_len;
  const uint64_t buffer_size = file_size - data_start_;
  const JsonValue header = headerJson(std::string_view(bytes_).substr(8, header_len), source_);

  for (const auto& [name, value] : header.members()) {
    if (name == "__metadata__") {
      metadata_ = metadataOf(value, source_);
      continue;
    }
    const std::string where = "tensor '" + name + "'";
    if (name.empty()) fail("a tensor has an empty name");
    if (!value.isObject()) fail(where + " is not described by an object");
    const JsonValue* dtype = value.find("dtype");
    const JsonValue* shape = value.find("shape");
    const JsonValue* offsets = value.find("data_offsets");
    if (dtype == nullptr || shape == nullptr || offsets == nullptr || value.members().size() != 3) {
      fail(where + " must have exactly the fields dtype, shape and data_offsets");
    }
    SafeTensorInfo info;
    info.name = name;
    if (!dtype->isString()) fail(where + ": dtype is not a string");
    const auto parsed = safeDTypeFromName(dtype->asString());
    if (!parsed) fail(where + ": unsupported dtype '" + dtype->asString() + "'");
    info.dtype = *parsed;
    if (!shape->isArray()) fail(where + ": shape is not an array");
    uint64_t numel = 1;
    bool overflow = false;
    for (const auto& dim : shape->items()) {
      if (!dim.isInteger() || dim.asInt() < 0) fail(where + ": shape entries must be non-negative integers");
      const auto d = static_cast<uint64_t>(dim.asInt());
      if (d != 0 && numel > std::numeric_limits<uint64_t>::max() / d) overflow = true;
      numel *= d;
      info.shape.push_back(dim.asInt());
    }
    if (!offsets->isArray() || offsets->items().size() != 2 || !offsets->items()[0].isInteger() ||
        !offsets->items()[1].isInteger() || offsets->items()[0].asInt() < 0 || offsets->items()[1].asInt() < 0) {
      fail(where + ": data_offsets must be two non-negative integers");
    }
    info.begin = static_cast<uint64_t>(offsets->items()[0].asInt());
    info.end = static_cast<uint64_t>(offsets->items()[1].asInt());
    if (info.begin > info.end)
      fail(where + ": data_offsets begin " + std::to_string(info.begin) + " > end " + std::to_string(info.end));
    if (info.end > buffer_size) {
      fail(where + ": data_offsets end " + std::to_string(info.end) + " lies past the data buffer (" +
           std::to_string(buffer_size) + " bytes)");
    }
    const uint64_t elem = safeDTypeSize(info.dtype);
    if (overflow || numel > std::numeric_limits<uint64_t>::max() / elem || numel * elem != info.end - info.begin) {
      fail(where + ": shape and dtype " + std::string(safeDTypeName(info.dtype)) + " need " +
           (overflow ? std::string("more than 2^64") : std::to_string(numel * elem)) + " bytes but data_offsets span " +
           std::to_string(info.end - info.begin));
    }
    infos_.push_back(std::move(info));
  }

  // The buffer must be covered exactly once: sort by position and walk it.
  std::vector<const SafeTensorInfo*> by_offset;
  by_offset.reserve(infos_.size());
  for (const auto& info : infos_) by_offset.push_back(&info);
  std::sort(by_offset.begin(), by_offset.end(), [](const SafeTensorInfo* a, const SafeTensorInfo* b) {
    return a->begin != b->begin ? a->begin < b->begin : a->end < b->end;
  });
  uint64_t cursor = 0;
  const SafeTensorInfo* previous = nullptr;
  for (const auto* info : by_offset) {
    if (info->begin < cursor) {
      fail("tensor '" + info->name + "' (bytes " + std::to_string(info->begin) + "-" + std::to_string(info->end) +
           ") overlaps tensor '" + previous->name + "' (ending at " + std::to_string(cursor) + ")");
    }
    if (info->begin > cursor) {
      fail("hole in the data buffer: bytes " + std::to_string(cursor) + "-" + std::to_string(info->begin) +
           " belong to no tensor (before '" + info->name + "')");
    }
    cursor = info->end;
    previous = info;
  }
  if (cursor != buffer_size) {
    fail("hole in the data buffer: bytes " + std::to_string(cursor) + "-" + std::to_string(buffer_size) +
         " at the end belong to no tensor");
  }
  std::sort(infos_.begin(), infos_.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
}

std::vector<std::string> SafeTensorsFile::names() const {
  std::vector<std::string> out;
  out.reserve(infos_.size());
  for (const auto& info : infos_) out.push_back(info.name);
  return out;
}

bool SafeTensorsFile::contains(const std::string& name) const {
  auto it = std::lower_bound(infos_.begin(), infos_.end(), name,
                             [](const SafeTensorInfo& a, const std::string& n) { return a.name < n; });
  return it != infos_.end() && it->name == name;
}

const SafeTensorInfo& SafeTensorsFile::info(const std::string& name) const {
  auto it = std::lower_bound(infos_.begin(), infos_.end(), name,
                             [](const SafeTensorInfo& a, const std::string& n) { return a.name < n; });
  if (it == infos_.end() || it->name != name) {
    throw SafeTensorsError("safetensors file '" + source_ + "' has no tensor '" + name + "'");
  }
  return *it;
}

torch::Tensor SafeTensorsFile::tensor(const std::string& name) const {
  const auto& meta = info(name);
  auto out = torch::empty(meta.shape, torch::TensorOptions().dtype(toScalarType(meta.dtype)));
  const char* src = bytes_.data() + data_start_ + meta.begin;
  const auto nbytes = meta.end - meta.begin;
  if (meta.dtype == SafeDType::BOOL) {
    // Any byte other than 0 or 1 would be an invalid C++ bool.
    for (uint64_t i = 0; i < nbytes; ++i) {
      const auto b = static_cast<unsigned char>(src[i]);
      if (b > 1) fail("tensor '" + name + "' of dtype BOOL holds the byte " + std::to_string(b));
    }
  }
  if (nbytes > 0) std::memcpy(out.data_ptr(), src, nbytes);
  return out;
}

NamedTensors SafeTensorsFile::all() const {
  NamedTensors out;
  out.reserve(infos_.size());
  for (const auto& info : infos_) out.emplace_back(info.name, tensor(info.name));
  return out;
}

// ---------------------------------------------------------------------------
// Writing

std::string serializeSafeTensors(const NamedTensors& tensors, const SafeTensorsMetadata& metadata) {
  struct Item {
    const std::string* name;
    torch::Tensor data;  // contiguous CPU
    SafeDType dtype;
  };
  std::vector<Item> items;
  items.reserve(tensors.size());
  for (const auto& [name, t] : tensors) {
    if (name.empty()) throw SafeTensorsError("safetensors: tensor names must not be empty");
    if (name == "__metadata__") throw SafeTensorsError("safetensors: '__metadata__' is not a valid tensor name");
    if (!t.defined()) throw SafeTensorsError("safetensors: tensor '" + name + "' is undefined");
    items.push_back({&name, t.detach().to(torch::kCPU).contiguous(), fromScalarType(t.scalar_type())});
  }
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    const auto sa = safeDTypeSize(a.dtype);
    const auto sb = safeDTypeSize(b.dtype);
    return sa != sb ? sa > sb : *a.name < *b.name;
  });
  JsonValue header = JsonValue::object();
  if (!metadata.empty()) {
    JsonValue meta = JsonValue::object();
    for (const auto& [k, v] : metadata) meta.set(k, JsonValue::string(v));
    header.set("__metadata__", std::move(meta));
  }
  uint64_t offset = 0;
  for (const auto& item : items) {
    if (header.find(*item.name) != nullptr) {
      throw SafeTensorsError("safetensors: duplicate tensor name '" + *item.name + "'");
    }
    const uint64_t nbytes = static_cast<uint64_t>(item.data.numel()) * safeDTypeSize(item.dtype);
    JsonValue shape = JsonValue::array();
    for (const auto d : item.data.sizes()) shape.push(JsonValue::integer(d));
    JsonValue entry = JsonValue::object();
    entry.set("dtype", JsonValue::string(std::string(safeDTypeName(item.dtype))));
    entry.set("shape", std::move(shape));
    entry.set("data_offsets", JsonValue::array({JsonValue::integer(static_cast<int64_t>(offset)),
                                                JsonValue::integer(static_cast<int64_t>(offset + nbytes))}));
    header.set(*item.name, std::move(entry));
    offset += nbytes;
  }
  std::string json = header.dump();
  json.append((8 - json.size() % 8) % 8, ' ');

  std::string out;
  out.reserve(8 + json.size() + offset);
  const uint64_t header_len = json.size();
  out.append(reinterpret_cast<const char*>(&header_len), 8);
  out += json;
  for (const auto& item : items) {
    const auto nbytes = static_cast<size_t>(item.data.numel()) * safeDTypeSize(item.dtype);
    out.append(static_cast<const char*>(item.data.data_ptr()), nbytes);
  }
  return out;
}

void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes) {
  const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  std::random_device rd;
  const auto tmp =
      dir / ("." + path.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
  const auto fail = [&](const std::string& what, int err_no) {
    const std::string err = std::strerror(err_no);
    ::unlink(tmp.c_str());
    throw SafeTensorsError("cannot write '" + path.string() + "': " + what + ": " + err);
  };
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) throw SafeTensorsError("cannot create '" + tmp.string() + "': " + errnoText());
  size_t written = 0;
  while (written < bytes.size()) {
    const auto n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      ::close(fd);
      fail("write failed", err);
    }
    written += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0) {
    const int err = errno;
    ::close(fd);
    fail("fsync failed", err);
  }
  if (::close(fd) != 0) fail("close failed", errno);
  if (::rename(tmp.c_str(), path.c_str()) != 0) fail("rename failed", errno);
  // The rename itself is durable only once the folder is synced.
  const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
}

void saveSafeTensors(const std::filesystem::path& path, const NamedTensors& tensors,
                     const SafeTensorsMetadata& metadata) {
  writeFileAtomically(path, serializeSafeTensors(tensors, metadata));
}

}  // namespace prodrome::ml
