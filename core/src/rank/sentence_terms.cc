#include "rank/sentence_terms.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "text/cohesion.h"

namespace precis::rank {
namespace {

bool HasQuotation(std::string_view s) {
  return s.find('"') != std::string_view::npos || s.find("\xE2\x80\x9C") != std::string_view::npos ||
         s.starts_with('\'') || s.starts_with("\xE2\x80\x98");
}

// Ends with "?", possibly inside closing quotes or brackets.
bool IsQuestion(std::string_view s) {
  while (!s.empty()) {
    const char c = s.back();
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '"' || c == '\'' || c == ')') {
      s.remove_suffix(1);
    } else if (s.ends_with("\xE2\x80\x9D") || s.ends_with("\xE2\x80\x99")) {  // ” ’
      s.remove_suffix(3);
    } else {
      break;
    }
  }
  return s.ends_with('?');
}

}  // namespace

SentenceTerms BuildSentenceTerms(const std::vector<std::string_view>& texts,
                                 const std::vector<std::vector<text::Token>>& tokens,
                                 const std::vector<int>& paragraph,
                                 const std::vector<bool>& excluded,
                                 const std::vector<text::Token>& title_tokens,
                                 std::string_view language) {
  SentenceTerms out;
  std::unordered_map<std::string, int> ids;
  auto id_of = [&](const std::string& stem) {
    auto [it, inserted] = ids.emplace(stem, static_cast<int>(ids.size()));
    return it->second;
  };
  const size_t n = tokens.size();
  out.terms.resize(n);
  out.words.resize(n);
  out.paragraph = paragraph;
  out.excluded = excluded;
  out.paragraph_initial.resize(n);
  out.quoted.resize(n);
  out.question.resize(n);
  out.dependent.resize(n);
  out.quote_continues.resize(n);
  out.capitalized.resize(n);
  out.numbers.resize(n);
  const bool english = language == "en" || language == "und";
  const std::vector<bool> inside_quotation =
      english ? text::InsideQuotation(texts, paragraph) : std::vector<bool>(n, false);
  for (size_t i = 0; i < n; ++i) {
    out.paragraph_initial[i] = i == 0 || paragraph[i] != paragraph[i - 1];
    out.quoted[i] = HasQuotation(texts[i]);
    out.question[i] = IsQuestion(texts[i]);
    out.dependent[i] = text::OpensDependent(texts[i], tokens[i], language) || inside_quotation[i];
    out.quote_continues[i] = i + 1 < n && inside_quotation[i + 1];
    for (size_t k = 0; k < tokens[i].size(); ++k) {
      const text::Token& t = tokens[i][k];
      if (!t.number) ++out.words[i];
      if (t.number) ++out.numbers[i];
      if (k > 0 && t.capitalized && !t.number) ++out.capitalized[i];
      if (t.content) out.terms[i].push_back(id_of(t.stem));
    }
  }
  // What a reader needs first: who a short-form name is, which thing "The …" refers to.
  out.introducers = text::NameIntroductions(tokens, excluded, language);
  const std::vector<std::vector<int>> definite =
      text::DefiniteIntroductions(tokens, excluded, language);
  for (size_t i = 0; i < n; ++i) {
    auto& v = out.introducers[i];
    v.insert(v.end(), definite[i].begin(), definite[i].end());
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }
  for (const text::Token& t : title_tokens) {
    if (t.content) out.title_terms.push_back(id_of(t.stem));
  }
  std::sort(out.title_terms.begin(), out.title_terms.end());
  out.title_terms.erase(std::unique(out.title_terms.begin(), out.title_terms.end()),
                        out.title_terms.end());
  out.vocabulary = static_cast<int>(ids.size());

  // Document frequency over sentences; smoothed idf stays positive for terms in every sentence.
  std::vector<int> df(ids.size(), 0);
  std::vector<int> last_seen(ids.size(), -1);
  for (size_t i = 0; i < n; ++i) {
    for (int id : out.terms[i]) {
      if (last_seen[static_cast<size_t>(id)] != static_cast<int>(i)) {
        last_seen[static_cast<size_t>(id)] = static_cast<int>(i);
        ++df[static_cast<size_t>(id)];
      }
    }
  }
  out.idf.resize(ids.size());
  for (size_t id = 0; id < ids.size(); ++id) {
    out.idf[id] = std::log((1.0 + static_cast<double>(n)) / (1.0 + df[id])) + 1.0;
  }
  return out;
}

void NormalizeMax(std::vector<double>* scores) {
  double max = 0.0;
  for (double s : *scores) max = std::max(max, s);
  if (max <= 0.0) return;
  for (double& s : *scores) s /= max;
}

}  // namespace precis::rank
