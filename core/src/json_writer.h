// Writes JSON text straight into a string, byte for byte as nlohmann_json's dump() writes it
// (ensure_ascii off, invalid UTF-8 replaced by U+FFFD per maximal ill-formed subsequence) plus
// the U+2028/U+2029 escapes of json_text.h. Used for the Result, the largest and most frequent
// output: building an nlohmann tree first took 3x the time and ~10 KB of the page's wasm
// (docs/MEASUREMENTS.md, "Speed, size and robustness"). Reading JSON stays with nlohmann_json.
//
//   JsonWriter w(/*indent=*/-1);
//   w.BeginObject(); w.Key("text"); w.String(s); w.Key("score"); w.Rounded(0.25, 4); w.EndObject();
//   std::string out = w.Take();   // {"text":"…","score":0.25}
#ifndef PRECIS_JSON_WRITER_H_
#define PRECIS_JSON_WRITER_H_

#include <string>
#include <string_view>
#include <vector>

namespace precis {

class JsonWriter {
 public:
  explicit JsonWriter(int indent = -1) : indent_(indent) {}

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  void Key(std::string_view key);
  void String(std::string_view text);
  void Int(long long value);
  void Bool(bool value);
  // x rounded to `decimals` places (0-6), written as nlohmann writes that double: "0.25", "3.0",
  // "-0.0"; null when not finite.
  void Rounded(double x, int decimals);

  std::string Take() { return std::move(out_); }

 private:
  void BeforeValue();
  void Close(char bracket);
  void NewLine(size_t depth);

  int indent_;
  std::string out_;
  std::vector<bool> empty_;  // per open object/array: nothing written into it yet
  bool after_key_ = false;
};

// Appends `text` as a JSON string literal (quotes included).
void AppendJsonString(std::string& out, std::string_view text);

}  // namespace precis

#endif  // PRECIS_JSON_WRITER_H_
