#include "text/cohesion.h"

#include <algorithm>
#include <array>
#include <string>

namespace precis::text {
namespace {

// One-word openings that refer back: third-person pronouns (first and second person name the
// writer and the reader, who need no antecedent), demonstratives, and connectives.
constexpr std::string_view kDependentWords[] = {
    // pronouns
    "he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "hers", "theirs",
    "he's", "she's", "it's", "they're", "they've", "he'd", "she'd", "they'd", "it'd", "he'll",
    "she'll", "it'll", "they'll", "himself", "herself", "themselves", "itself",
    // demonstratives and words that presuppose something named before
    "this", "that", "these", "those", "such", "that's", "another", "both",
    // connectives
    "but", "and", "or", "nor", "so", "yet", "however", "also", "still", "instead", "meanwhile",
    "moreover", "furthermore", "therefore", "thus", "hence", "nevertheless", "nonetheless",
    "besides", "otherwise", "likewise", "similarly", "consequently", "then", "indeed",
    "accordingly", "additionally", "alternatively", "conversely", "regardless", "anyway",
    "afterwards", "afterward", "later", "plus"};

// Two-word openings that refer back (the first word alone does not).
constexpr std::array<std::array<std::string_view, 2>, 14> kDependentPairs = {{
    {"in", "addition"},  {"in", "fact"},      {"in", "contrast"}, {"in", "turn"},
    {"by", "contrast"},  {"as", "such"},      {"even", "so"},     {"for", "example"},
    {"for", "instance"}, {"despite", "this"}, {"despite", "that"}, {"after", "that"},
    {"either", "way"},   {"as", "well"}}};

// Three-word openings that refer back.
constexpr std::array<std::array<std::string_view, 3>, 9> kDependentTriples = {{
    {"as", "a", "result"},      {"as", "a", "consequence"}, {"on", "the", "other"},
    {"at", "the", "same"},      {"in", "the", "meantime"},  {"for", "this", "reason"},
    {"because", "of", "this"},  {"because", "of", "that"},  {"in", "this", "case"}}};

// Nouns after "this" that point at the time of writing, not at an earlier sentence.
constexpr std::string_view kPresentTime[] = {
    "year",   "week",   "month",  "weekend", "morning", "afternoon", "evening", "summer",
    "spring", "autumn", "fall",   "winter",  "season",  "decade",    "century", "quarter",
    "term",   "semester", "spring's", "year's", "week's", "month's"};

bool In(std::string_view word, const auto& list) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

}  // namespace

bool OpensDependent(const std::vector<Token>& tokens, std::string_view language) {
  if (language != "en" && language != "und") return false;
  if (tokens.empty()) return false;
  const std::string& first = tokens[0].folded;
  const std::string_view second = tokens.size() > 1 ? std::string_view(tokens[1].folded) : "";
  for (const auto& [a, b] : kDependentPairs) {
    if (first == a && second == b) return true;
  }
  const std::string_view third = tokens.size() > 2 ? std::string_view(tokens[2].folded) : "";
  for (const auto& [a, b, c] : kDependentTriples) {
    if (first == a && second == b && third == c) return true;
  }
  if (!In(first, kDependentWords)) return false;
  if (first == "this" && In(second, kPresentTime)) return false;
  if (first == "these" && second == "days") return false;
  if (first == "those" && (second == "who" || second == "whose" || second == "with")) return false;
  if (first == "so" && second == "far") return false;
  return true;
}

}  // namespace precis::text
