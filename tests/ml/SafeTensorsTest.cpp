#include "ml/SafeTensors.h"

#include "TestSupport.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cstring>
#include <fstream>

using namespace prodrome::ml;
using prodrome::ml::test::ScratchDir;

namespace {

// A file from a header text and a buffer, as another writer might produce it.
std::string makeFile(const std::string& header, const std::string& buffer) {
  std::string out(8, '\0');
  const uint64_t n = header.size();
  std::memcpy(out.data(), &n, 8);
  return out + header + buffer;
}

std::string errorOf(const std::string& bytes) {
  try {
    SafeTensorsFile::fromBytes(bytes, "bad.safetensors");
  } catch (const SafeTensorsError& e) {
    return e.what();
  }
  return "";
}

#define EXPECT_REFUSED(bytes, fragment)                                       \
  do {                                                                        \
    const std::string message = errorOf(bytes);                               \
    EXPECT_NE(message.find("bad.safetensors"), std::string::npos) << message; \
    EXPECT_NE(message.find(fragment), std::string::npos) << message;          \
  } while (0)

const std::string kTwoF32 = R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                            R"("b":{"dtype":"F32","shape":[1],"data_offsets":[8,12]}})";

}  // namespace

TEST(SafeTensors, RoundTripsEveryDtypeAndMetadata) {
  ScratchDir dir;
  torch::manual_seed(0);
  NamedTensors tensors = {
      {"f32", torch::randn({3, 4})},
      {"f16", torch::randn({5}).to(torch::kFloat16)},
      {"bf16", torch::randn({2, 3}).to(torch::kBFloat16)},
      {"f64", torch::randn({2}, torch::kFloat64)},
      {"i64", torch::arange(6, torch::kInt64).view({2, 3})},
      {"i32", torch::tensor({-1, 2, 3}, torch::kInt32)},
      {"u8", torch::tensor({0, 255, 7}, torch::kUInt8)},
      {"mask", torch::tensor({true, false, true})},
      {"scalar", torch::tensor(3.5f)},
      {"empty", torch::zeros({0, 4})},
      {"strided", torch::randn({4, 4}).t()},  // not contiguous: written in C order
  };
  const SafeTensorsMetadata metadata{{"format", "pt"}, {"note", "ünïcode \"quoted\"\n"}};
  const auto path = dir / "t.safetensors";
  saveSafeTensors(path, tensors, metadata);
  const auto file = SafeTensorsFile::load(path);
  EXPECT_EQ(file.metadata(), metadata);
  EXPECT_EQ(file.tensors().size(), tensors.size());
  for (const auto& [name, t] : tensors) {
    SCOPED_TRACE(name);
    const auto back = file.tensor(name);
    EXPECT_EQ(back.scalar_type(), t.scalar_type());
    EXPECT_EQ(back.sizes(), t.sizes());
    EXPECT_TRUE(torch::equal(back, t));
  }
  // Nothing but the file itself is left in the folder.
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 1);
}

TEST(SafeTensors, LayoutIsAlignedAndDeterministic) {
  NamedTensors tensors = {{"u", torch::ones({3}, torch::kUInt8)},
                          {"h", torch::ones({3}, torch::kFloat16)},
                          {"d", torch::ones({1}, torch::kFloat64)},
                          {"f", torch::ones({3})}};
  const auto bytes = serializeSafeTensors(tensors);
  uint64_t header_len = 0;
  std::memcpy(&header_len, bytes.data(), 8);
  EXPECT_EQ(header_len % 8, 0u);
  const auto file = SafeTensorsFile::fromBytes(bytes, "mem");
  for (const auto& info : file.tensors()) EXPECT_EQ(info.begin % safeDTypeSize(info.dtype), 0u) << info.name;
  std::reverse(tensors.begin(), tensors.end());
  EXPECT_EQ(serializeSafeTensors(tensors), bytes);
}

TEST(SafeTensors, ReadsAForeignWriterFile) {
  // As the Python library writes it (keys unsorted, header padded with spaces).
  float values[3] = {1.0f, -2.0f, 0.5f};
  std::string buffer(reinterpret_cast<const char*>(values), 12);
  const std::string header =
      R"({"__metadata__":{"format":"pt"},"w":{"dtype":"F32","shape":[3],"data_offsets":[0,12]}})";
  const auto bytes = makeFile(header + std::string((8 - header.size() % 8) % 8, ' '), buffer);
  const auto file = SafeTensorsFile::fromBytes(bytes, "foreign");
  EXPECT_TRUE(torch::equal(file.tensor("w"), torch::tensor({1.0f, -2.0f, 0.5f})));
  EXPECT_EQ(file.metadata().at("format"), "pt");
}

TEST(SafeTensors, OverwritesAtomically) {
  ScratchDir dir;
  const auto path = dir / "w.safetensors";
  saveSafeTensors(path, {{"x", torch::zeros({2})}});
  saveSafeTensors(path, {{"y", torch::ones({3})}});
  const auto file = SafeTensorsFile::load(path);
  EXPECT_FALSE(file.contains("x"));
  EXPECT_TRUE(torch::equal(file.tensor("y"), torch::ones({3})));
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 1);
  EXPECT_THROW(saveSafeTensors(dir / "missing-dir" / "z.safetensors", {{"x", torch::zeros({1})}}), SafeTensorsError);
}

TEST(SafeTensors, RefusesTruncatedFiles) {
  const auto good = makeFile(kTwoF32, std::string(12, '\0'));
  EXPECT_NO_THROW(SafeTensorsFile::fromBytes(good, "good"));
  EXPECT_REFUSED(std::string("\x05\0\0", 3), "truncated");
  EXPECT_REFUSED(good.substr(0, good.size() - 1), "past the data buffer");
  EXPECT_REFUSED(good.substr(0, 20), "past the end of the file");
}

TEST(SafeTensors, RefusesHeaderLengthPastTheEnd) {
  std::string bytes = makeFile("{}", "");
  const uint64_t huge = 1ull << 40;
  std::memcpy(bytes.data(), &huge, 8);
  EXPECT_REFUSED(bytes, "runs past the end of the file");
  EXPECT_REFUSED(makeFile("", ""), "too small");
}

TEST(SafeTensors, RefusesOverlappingOffsets) {
  const std::string header = R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                             R"("b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})";
  EXPECT_REFUSED(makeFile(header, std::string(12, '\0')), "overlaps");
}

TEST(SafeTensors, RefusesHoles) {
  const std::string gap = R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                          R"("b":{"dtype":"F32","shape":[1],"data_offsets":[8,12]}})";
  EXPECT_REFUSED(makeFile(gap, std::string(12, '\0')), "hole");
  EXPECT_REFUSED(makeFile(kTwoF32, std::string(16, '\0')), "hole");  // trailing bytes
  const std::string late = R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})";
  EXPECT_REFUSED(makeFile(late, std::string(8, '\0')), "hole");
}

TEST(SafeTensors, RefusesUnknownDtypes) {
  const std::string header = R"({"a":{"dtype":"Q7","shape":[1],"data_offsets":[0,1]}})";
  EXPECT_REFUSED(makeFile(header, std::string(1, '\0')), "unsupported dtype 'Q7'");
  const std::string fp8 = R"({"a":{"dtype":"F8_E4M3","shape":[1],"data_offsets":[0,1]}})";
  EXPECT_REFUSED(makeFile(fp8, std::string(1, '\0')), "unsupported dtype");
}

TEST(SafeTensors, RefusesMalformedHeaders) {
  const std::string buf(4, '\0');
  EXPECT_REFUSED(makeFile(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]})", buf), "not valid JSON");
  EXPECT_REFUSED(makeFile(R"([1,2])", ""), "not a JSON object");
  EXPECT_REFUSED(makeFile(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,4]}})", buf), "span 4");
  EXPECT_REFUSED(makeFile(R"({"a":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}})", buf), "non-negative");
  EXPECT_REFUSED(makeFile(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[4,0]}})", buf), "begin");
  EXPECT_REFUSED(makeFile(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0]}})", buf), "two non-negative");
  EXPECT_REFUSED(makeFile(R"({"a":{"dtype":"F32","shape":[1]}})", buf), "exactly the fields");
  EXPECT_REFUSED(makeFile(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4],"x":1}})", buf),
                 "exactly the fields");
  EXPECT_REFUSED(makeFile(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"a":{}})", buf), "duplicate");
  EXPECT_REFUSED(makeFile(R"({"__metadata__":{"k":1}})", ""), "__metadata__ entry 'k'");
  EXPECT_REFUSED(makeFile(R"({"a":{"dtype":"U8","shape":[4294967296,4294967296],"data_offsets":[0,4]}})", buf), "2^64");
}

TEST(SafeTensors, RefusesInvalidBoolBytesAndBadWrites) {
  const auto bytes = makeFile(R"({"m":{"dtype":"BOOL","shape":[2],"data_offsets":[0,2]}})", std::string("\x01\x02", 2));
  const auto file = SafeTensorsFile::fromBytes(bytes, "bad.safetensors");
  EXPECT_THROW(file.tensor("m"), SafeTensorsError);
  EXPECT_THROW(file.tensor("nope"), SafeTensorsError);
  EXPECT_THROW(serializeSafeTensors({{"a", torch::zeros({1})}, {"a", torch::zeros({1})}}), SafeTensorsError);
  EXPECT_THROW(serializeSafeTensors({{"__metadata__", torch::zeros({1})}}), SafeTensorsError);
  EXPECT_THROW(serializeSafeTensors({{"c", torch::zeros({1}, torch::kComplexFloat)}}), SafeTensorsError);
}

TEST(SafeTensors, LoadNamesAMissingFile) {
  try {
    SafeTensorsFile::load("/nonexistent/weights.safetensors");
    FAIL() << "no error";
  } catch (const SafeTensorsError& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/weights.safetensors"), std::string::npos);
  }
}

// A folder where the file should be reads as a stream of 2^63 bytes on
// Linux: refused by name, not with std::bad_alloc.
TEST(SafeTensors, LoadRefusesAFolderByName) {
  ScratchDir dir;
  const auto folder = dir / "weights.safetensors";
  std::filesystem::create_directories(folder);
  try {
    SafeTensorsFile::load(folder);
    FAIL() << "no error";
  } catch (const SafeTensorsError& e) {
    EXPECT_NE(std::string(e.what()).find(folder.string() + "': it is a folder"), std::string::npos) << e.what();
  }
}

// The header-only reader (a model list tells forecasters from encoders
// without loading weights) shares load's framing checks: same names on a good
// file, the same refusals on a broken one, each naming the file.
TEST(SafeTensors, NamesAreReadFromTheHeaderAloneWithLoadsFramingChecks) {
  ScratchDir dir;
  const auto path = dir / "m.safetensors";
  saveSafeTensors(path, {{"head.weight", torch::zeros({1, 4})}, {"blocks.0.w", torch::ones({3})}},
                  {{"format", "test"}});
  EXPECT_EQ(readSafeTensorNames(path), SafeTensorsFile::load(path).names());
  EXPECT_EQ(readSafeTensorNames(path), (std::vector<std::string>{"blocks.0.w", "head.weight"}));
  // The metadata too (a dialog shows a model's operating point from it).
  EXPECT_EQ(readSafeTensorsHeader(path).metadata, SafeTensorsFile::load(path).metadata());
  EXPECT_EQ(readSafeTensorsHeader(path).metadata.at("format"), "test");

  const auto good = makeFile(kTwoF32, std::string(12, '\0'));
  const auto refused = [&](const std::string& bytes, const std::string& fragment) {
    const auto bad = dir / "bad.safetensors";
    std::ofstream(bad, std::ios::binary | std::ios::trunc) << bytes;
    try {
      readSafeTensorNames(bad);
      ADD_FAILURE() << "read names from a file load refuses (" << fragment << ")";
    } catch (const SafeTensorsError& e) {
      const std::string message = e.what();
      EXPECT_NE(message.find("bad.safetensors"), std::string::npos) << message;
      EXPECT_NE(message.find(fragment), std::string::npos) << message;
    }
  };
  refused(std::string("\x05\0\0", 3), "truncated");
  refused(good.substr(0, 20), "past the end of the file");
  refused(makeFile("", ""), "too small");
  refused(makeFile("[1, 2]", ""), "not a JSON object");
  refused(makeFile("{\"a\":", "  "), "not valid JSON");
  refused(makeFile("{\"__metadata__\":{\"a\":1}}", ""), "entry 'a' is not a string");
  EXPECT_THROW(readSafeTensorNames(dir / "missing.safetensors"), SafeTensorsError);
}
