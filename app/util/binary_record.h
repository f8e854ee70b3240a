// Length-prefixed binary records of plain structs, for the program's own disk caches. The
// reader checks every length against what remains, so a truncated or damaged file is
// rejected (ok() turns false), never trusted. No GL, no ImGui.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace atlas {

// FNV-1a over bytes: a checksum that catches a damaged cache file, not an adversary.
inline uint64_t Checksum(std::string_view bytes) {
  uint64_t h = 1469598103934665603ull;
  for (const unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
  return h;
}

class BinaryWriter {
 public:
  template <typename T>
  void Pod(const T& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    out_.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  template <typename T>
  void Array(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    Pod<uint64_t>(v.size());
    if (!v.empty()) out_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  void String(std::string_view s) {
    Pod<uint64_t>(s.size());
    out_.append(s);
  }
  const std::string& data() const { return out_; }
  // Appends the checksum of everything written: read back with BinaryReader::Sealed.
  const std::string& Sealed() {
    Pod(Checksum(out_));
    return out_;
  }

 private:
  std::string out_;
};

class BinaryReader {
 public:
  explicit BinaryReader(std::string_view data) : data_(data) {}
  // A reader over data written with BinaryWriter::Sealed(): not ok() unless the checksum at
  // its end matches.
  static BinaryReader Sealed(std::string_view data) {
    uint64_t stored = 0;
    if (data.size() < sizeof stored) return BinaryReader(data, false);
    std::memcpy(&stored, data.data() + data.size() - sizeof stored, sizeof stored);
    data.remove_suffix(sizeof stored);
    return BinaryReader(data, stored == Checksum(data));
  }
  bool ok() const { return ok_; }
  bool done() const { return pos_ == data_.size(); }
  size_t remaining() const { return data_.size() - pos_; }
  template <typename T>
  T Pod() {
    static_assert(std::is_trivially_copyable_v<T>);
    T v{};
    if (!Need(sizeof v)) return v;
    std::memcpy(&v, data_.data() + pos_, sizeof v);
    pos_ += sizeof v;
    return v;
  }
  template <typename T>
  std::vector<T> Array() {
    static_assert(std::is_trivially_copyable_v<T>);
    const auto n = Pod<uint64_t>();
    std::vector<T> v;
    if (!ok_ || n > (data_.size() - pos_) / sizeof(T)) {
      ok_ = false;
      return v;
    }
    v.resize(n);
    if (n) std::memcpy(v.data(), data_.data() + pos_, n * sizeof(T));
    pos_ += n * sizeof(T);
    return v;
  }
  std::string String() {
    const auto n = Pod<uint64_t>();
    if (!Need(n)) return {};
    std::string s(data_.substr(pos_, n));
    pos_ += n;
    return s;
  }

 private:
  BinaryReader(std::string_view data, bool ok) : data_(data), ok_(ok) {}
  bool Need(uint64_t n) {
    if (!ok_ || n > data_.size() - pos_) ok_ = false;
    return ok_;
  }
  std::string_view data_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace atlas
