#pragma once
// safetensors reading and writing, without a library.
//
// Format: 8-byte little-endian header length N, N bytes of JSON
// {"name": {"dtype": "F32", "shape": [...], "data_offsets": [begin, end]}, ...,
//  "__metadata__": {"key": "value"}}, then a dense little-endian C-order byte
// buffer. A weights file is untrusted input, so the reader checks everything
// it relies on (header bounds, JSON shape, dtypes, sizes, offsets inside the
// buffer, no overlaps, no holes) and refuses anything else with an error that
// names the file and the problem. The writer is atomic: it writes a temporary
// file in the destination folder, fsyncs it, renames it over the target and
// fsyncs the folder, so a crash leaves the old file or the new one, never half.

#include <torch/types.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace prodrome::ml {

class SafeTensorsError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class SafeDType { F64, F32, F16, BF16, I64, I32, I16, I8, U8, BOOL };

std::string_view safeDTypeName(SafeDType dtype);
size_t safeDTypeSize(SafeDType dtype);
std::optional<SafeDType> safeDTypeFromName(std::string_view name);
torch::ScalarType toScalarType(SafeDType dtype);
// Throws SafeTensorsError for torch dtypes safetensors cannot hold here.
SafeDType fromScalarType(torch::ScalarType type);

using NamedTensors = std::vector<std::pair<std::string, torch::Tensor>>;
using SafeTensorsMetadata = std::map<std::string, std::string>;

// Headers larger than this are refused (the reference implementation's limit).
inline constexpr uint64_t kMaxSafeTensorsHeader = 100ull << 20;

struct SafeTensorInfo {
  std::string name;
  SafeDType dtype = SafeDType::F32;
  std::vector<int64_t> shape;
  uint64_t begin = 0;  // byte offsets into the data buffer, [begin, end)
  uint64_t end = 0;
};

// A file's header without its tensors: the tensor names (in name order) and
// the metadata, after the framing and JSON checks of SafeTensorsFile::load,
// not the per-tensor ones (offsets, dtypes), which only a load can make.
// Throws SafeTensorsError naming the file.
struct SafeTensorsHeader {
  std::vector<std::string> names;
  SafeTensorsMetadata metadata;
};
SafeTensorsHeader readSafeTensorsHeader(const std::filesystem::path& path);
std::vector<std::string> readSafeTensorNames(const std::filesystem::path& path);

// A validated safetensors file held in memory. Immutable after loading, so
// const methods may be called from several threads.
class SafeTensorsFile {
 public:
  static SafeTensorsFile load(const std::filesystem::path& path);
  // `source` names the bytes in error messages (a path or a description).
  static SafeTensorsFile fromBytes(std::string bytes, std::string source);

  const std::string& source() const { return source_; }
  const SafeTensorsMetadata& metadata() const { return metadata_; }
  // Tensors in name order.
  const std::vector<SafeTensorInfo>& tensors() const { return infos_; }
  std::vector<std::string> names() const;
  bool contains(const std::string& name) const;
  // Throw SafeTensorsError naming the file and the tensor when it is absent.
  const SafeTensorInfo& info(const std::string& name) const;
  // A CPU tensor of the stored dtype that owns its memory.
  torch::Tensor tensor(const std::string& name) const;
  // All tensors, in name order.
  NamedTensors all() const;

 private:
  SafeTensorsFile() = default;
  [[noreturn]] void fail(const std::string& what) const;
  void parse();

  std::string source_;
  std::string bytes_;
  uint64_t data_start_ = 0;
  SafeTensorsMetadata metadata_;
  std::vector<SafeTensorInfo> infos_;
};

// Serialises tensors (any device; made contiguous and copied to the CPU).
// Tensors are laid out by decreasing element size then name, and the header
// is padded with spaces to a multiple of 8, so every tensor is aligned to its
// element size for readers that map the file. Names must be unique and
// non-empty; "__metadata__" is reserved.
std::string serializeSafeTensors(const NamedTensors& tensors, const SafeTensorsMetadata& metadata = {});

// Atomic write of serializeSafeTensors' bytes (see the file comment).
void saveSafeTensors(const std::filesystem::path& path, const NamedTensors& tensors,
                     const SafeTensorsMetadata& metadata = {});

// Atomic replacement of `path` by `bytes`, shared with other writers in ml/.
void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

}  // namespace prodrome::ml
