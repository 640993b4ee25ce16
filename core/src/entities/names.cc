#include "entities/names.h"

#include <optional>

#include "entities/gazetteer.h"
#include "entities/rules.h"
#include "text/stopwords.h"
#include "text/utf8.h"

namespace precis::entities {
namespace {

using text::Token;

constexpr size_t kMaxNameWords = 8;

bool IsNameWord(const Token& t) {
  return t.capitalized && !t.number && !IsMonthName(t.folded) && t.folded != "monday" &&
         t.folded != "tuesday" && t.folded != "wednesday" && t.folded != "thursday" &&
         t.folded != "friday" && t.folded != "saturday" && t.folded != "sunday";
}

bool AllCaps(std::string_view text, const Token& t) {
  size_t letters = 0;
  for (size_t i = t.start; i < t.end;) {
    const text::CodePoint c = text::DecodeAt(text, i);
    if (text::IsLower(c.value)) return false;
    if (text::IsLetter(c.value)) ++letters;
    i += static_cast<size_t>(c.length);
  }
  return letters >= 2;
}

// Only a space (or nothing but a hyphen) may separate two words of one name.
bool Adjacent(std::string_view text, const Token& a, const Token& b) {
  return b.start == a.end + 1 && (text[a.end] == ' ' || text[a.end] == '-');
}

class NameFinder {
 public:
  NameFinder(std::string_view text, const std::vector<Token>& tokens) : text_(text), t_(tokens) {}

  std::vector<Mention> out;

  // Types the run of name words [b, e) and emits what it is sure of.
  void TypeRun(size_t b, size_t e) {
    // A run never starts or ends with the joining "of" (after a dropped first word, say).
    while (b < e && !t_[b].capitalized) ++b;
    while (e > b && !t_[e - 1].capitalized) --e;
    if (b >= e) return;
    // A title inside the run: the words after it are a person ("Defense Secretary Lloyd Austin").
    for (size_t k = e; k-- > b;) {
      if (IsPersonTitle(t_[k].folded)) {
        if (k + 1 < e) Emit(k + 1, e, EntityType::kPerson);
        TypeRun(b, k);
        return;
      }
    }
    const std::string whole = Folded(b, e);
    if (auto type = LookUpName(whole)) return Emit(b, e, *type);
    const std::string& last = t_[e - 1].folded;
    if (e - b >= 2 && IsOrgSuffix(last)) return Emit(b, e, EntityType::kOrg);
    if (e - b >= 2 && IsPlaceSuffix(last)) return Emit(b, e, EntityType::kLocation);
    // Split around known names inside an unknown run ("Veteran U.S." -> "U.S.").
    for (size_t k = b; k < e; ++k) {
      if (auto type = LookUpName(t_[k].folded)) {
        if (e - b > 1) {
          TypeRun(b, k);
          Emit(k, k + 1, *type);
          TypeRun(k + 1, e);
          return;
        }
      }
    }
    if (e - b == 1) {
      if (AllCaps(text_, t_[b]) && t_[b].folded.size() <= 6) return Emit(b, e, EntityType::kOrg);
      // Unknown single word: maybe a person's surname seen in full elsewhere; decided later.
      return Emit(b, e, EntityType::kPerson, /*tentative=*/true);
    }
    if (e - b <= 3) return Emit(b, e, EntityType::kPerson);
    Emit(b, e, EntityType::kMisc);
  }

 private:
  std::string Folded(size_t b, size_t e) const {
    std::string s;
    for (size_t k = b; k < e; ++k) {
      if (k > b) s += text_[t_[k].start - 1] == '-' ? '-' : ' ';
      s += t_[k].folded;
    }
    return s;
  }

  void Emit(size_t b, size_t e, EntityType type, bool tentative = false) {
    size_t end = t_[e - 1].end;
    // "U.S." keeps its final period, which the tokenizer leaves to the sentence.
    if (t_[e - 1].folded.find('.') != std::string::npos && end < text_.size() && text_[end] == '.') {
      ++end;
    }
    out.push_back({t_[b].start, end, type, tentative});
  }

  std::string_view text_;
  const std::vector<Token>& t_;
};

}  // namespace

std::vector<Mention> FindNames(std::string_view text, const std::vector<Token>& tokens,
                               const std::unordered_set<std::string>& lowercase_words) {
  NameFinder finder(text, tokens);
  // In an ALL-CAPS or Title Case headline capitals say nothing: trust only the gazetteer.
  // Title Case shows in capitalised function words ("Talks With Russia As Threat Looms").
  size_t words = 0;
  size_t all_caps = 0;
  size_t capitalized_function_words = 0;
  for (size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (t.number) continue;
    ++words;
    all_caps += AllCaps(text, t) ? 1 : 0;
    if (k > 0 && t.capitalized && text::IsStopword(t.folded)) ++capitalized_function_words;
  }
  const bool caps_meaningless = (all_caps >= 3 && all_caps * 10 >= words * 6) ||
                                capitalized_function_words >= 2;

  size_t i = 0;
  while (i < tokens.size()) {
    if (!IsNameWord(tokens[i])) {
      ++i;
      continue;
    }
    size_t e = i + 1;
    // Names are short; capping the run also bounds TypeRun's recursion on hostile input.
    while (e < tokens.size() && e - i < kMaxNameWords) {
      if (IsNameWord(tokens[e]) && Adjacent(text, tokens[e - 1], tokens[e])) {
        ++e;
      } else if (tokens[e].folded == "of" && e + 1 < tokens.size() && IsNameWord(tokens[e + 1]) &&
                 Adjacent(text, tokens[e - 1], tokens[e]) &&
                 Adjacent(text, tokens[e], tokens[e + 1])) {
        e += 2;
      } else {
        break;
      }
    }
    size_t b = i;
    // The sentence's first word is capitalised anyway: drop it when it is a common word.
    if (b == 0 && (text::IsStopword(tokens[0].folded) || lowercase_words.count(tokens[0].folded))) {
      ++b;
    }
    if (caps_meaningless) {
      for (size_t k = b; k < e; ++k) {
        if (auto type = LookUpName(tokens[k].folded)) {
          finder.out.push_back({tokens[k].start, tokens[k].end, *type, false});
        }
      }
    } else {
      finder.TypeRun(b, e);
    }
    i = e;
  }
  return finder.out;
}

}  // namespace precis::entities
