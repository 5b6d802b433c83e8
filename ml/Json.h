#pragma once
// A small strict JSON reader and writer for the two places ml/ meets JSON:
// safetensors headers and model configs stored in their `__metadata__`.
//
// Strict on purpose: a weights header is untrusted input, so anything outside
// RFC 8259 (trailing commas, comments, NaN, leading zeros, lone surrogates,
// control characters in strings, duplicate object keys, nesting deeper than
// kMaxJsonDepth) is refused rather than guessed at. Objects keep their key
// order so that a written file can be reproduced byte for byte.

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace prodrome::ml {

inline constexpr int kMaxJsonDepth = 64;

class JsonError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class JsonValue {
 public:
  enum class Kind { Null, Bool, Number, String, Array, Object };
  using Member = std::pair<std::string, JsonValue>;

  JsonValue() = default;
  static JsonValue null() { return {}; }
  static JsonValue boolean(bool b);
  static JsonValue number(double d);
  static JsonValue integer(int64_t i);
  static JsonValue string(std::string s);
  static JsonValue array(std::vector<JsonValue> items = {});
  static JsonValue object(std::vector<Member> members = {});

  Kind kind() const { return kind_; }
  bool isNull() const { return kind_ == Kind::Null; }
  bool isBool() const { return kind_ == Kind::Bool; }
  bool isNumber() const { return kind_ == Kind::Number; }
  bool isString() const { return kind_ == Kind::String; }
  bool isArray() const { return kind_ == Kind::Array; }
  bool isObject() const { return kind_ == Kind::Object; }
  // True for numbers written without fraction or exponent that fit in int64.
  bool isInteger() const { return kind_ == Kind::Number && isInteger_; }

  // Accessors throw JsonError when the kind does not match.
  bool asBool() const;
  double asDouble() const;
  int64_t asInt() const;
  const std::string& asString() const;
  const std::vector<JsonValue>& items() const;
  const std::vector<Member>& members() const;

  // Object look-up; nullptr when absent (or when this is not an object).
  const JsonValue* find(std::string_view key) const;
  // Appends to an object (the caller keeps keys unique).
  void set(std::string key, JsonValue value);
  void push(JsonValue value);

  // Compact serialisation: no spaces, keys in stored order, integers exact,
  // other numbers with the shortest text that reads back to the same double.
  std::string dump() const;

 private:
  Kind kind_ = Kind::Null;
  bool bool_ = false;
  bool isInteger_ = false;
  int64_t int_ = 0;
  double double_ = 0.0;
  std::string string_;
  std::vector<JsonValue> items_;
  std::vector<Member> members_;
};

// Parses exactly one JSON value (surrounding whitespace allowed). Errors say
// what is wrong and at which byte offset.
JsonValue parseJson(std::string_view text);

// Quotes and escapes `s` as a JSON string literal.
std::string jsonQuote(std::string_view s);

}  // namespace prodrome::ml
