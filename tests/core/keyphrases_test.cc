#include "rank/keyphrases.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace precis::rank {
namespace {

TEST(KeyphrasesTest, FindsRepeatedPhrasesWithoutDuplicates) {
  const std::string text =
      "The flood barrier will cost millions. Residents want the flood barrier soon. "
      "The council backed the flood barrier. Residents asked the council for help.";
  std::vector<std::vector<text::Token>> tokens;
  std::vector<bool> boilerplate;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '.') {
      tokens.push_back(text::Tokenize(text, {start, i}));
      boilerplate.push_back(false);
      start = i + 1;
    }
  }
  const std::vector<KeyphraseCandidate> k = ExtractKeyphrases(text, tokens, boilerplate, 5);
  ASSERT_FALSE(k.empty());
  EXPECT_EQ(k[0].text, "flood barrier");
  EXPECT_DOUBLE_EQ(k[0].score, 1.0);
  // "flood" and "barrier" alone are inside the kept phrase, so they are not repeated.
  for (const auto& c : k) {
    EXPECT_NE(c.text, "flood");
    EXPECT_NE(c.text, "barrier");
  }
  EXPECT_TRUE(std::any_of(k.begin(), k.end(), [](const auto& c) { return c.text == "council"; }));
}

// Keyphrases of a text split into sentences at `end` (periods, or line breaks where dotted
// abbreviations must stay inside their sentence).
std::vector<std::string> PhrasesOf(const std::string& text, size_t max = 8, char end = '.',
                                   std::string_view language = "en") {
  std::vector<std::vector<text::Token>> tokens;
  std::vector<bool> excluded;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == end) {
      tokens.push_back(text::Tokenize(text, {start, i}, language));
      excluded.push_back(false);
      start = i + 1;
    }
  }
  std::vector<std::string> out;
  for (const auto& k : ExtractKeyphrases(text, tokens, excluded, max, language)) {
    out.push_back(k.text);
  }
  return out;
}

bool Has(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

TEST(KeyphrasesTest, NoTitlesVerbsAddressesOrContractions) {
  const std::vector<std::string> k = PhrasesOf(
      "Mr Hollis faces questions about the harbour tunnel. The harbour tunnel used public money "
      "rightly. Mr Hollis said the harbour tunnel will open. Read https://amzn.to/3xYz for the "
      "harbour tunnel plans. I'm sure people want to use the harbour tunnel. People like it. "
      "Sir Hollis wants to delete tunnel tolls.");
  ASSERT_FALSE(k.empty());
  EXPECT_EQ(k[0], "harbour tunnel");
  for (const std::string& junk : {"Mr", "Mr Hollis", "Sir Hollis", "faces", "used", "rightly", "https",
                                  "amzn", "to", "I'm", "People", "people", "use", "delete"}) {
    EXPECT_FALSE(Has(k, junk)) << junk;
  }
  EXPECT_TRUE(Has(k, "Hollis"));
}

TEST(KeyphrasesTest, AVerbAfterItsSubjectIsNoPartOfThePhrase) {
  // "reports", "hopes", "permits" are nouns to a table of word classes; between a clause's
  // subject and a determiner or pronoun they are verbs. A plural noun before the next phrase
  // ("In recent years the…", "give harbour workers the…") stays a noun.
  const std::vector<std::string> k = PhrasesOf(
      "Harbour Authority reports the tunnel flooded. The harbour board hopes the tunnel will open. "
      "Local law permits them to close the tunnel. In recent years the harbour workers have "
      "rebuilt it. The plan would give harbour workers the tunnel tolls.");
  for (const std::string& verb :
       {"Harbour Authority reports", "harbour board hopes", "law permits", "Local law permits"}) {
    EXPECT_FALSE(Has(k, verb)) << verb;
  }
  EXPECT_TRUE(Has(k, "Harbour Authority"));
  EXPECT_TRUE(Has(k, "harbour workers"));
  EXPECT_TRUE(Has(k, "recent years"));
}

TEST(KeyphrasesTest, VerbsTheTableNeverSawAreNoPartOfThePhrase) {
  // A trial's pages: "toothy reptile lurks", "government borrows money", "men tend" were
  // keyphrases. WordNet has these words only as verbs; a word that is a noun too stays one
  // ("chocolate sprinkles", "oil spill"; "cope" too, a cloak, so "wet feet cope" is left).
  const std::vector<std::string> k = PhrasesOf(
      "A toothy reptile lurks in the harbour. The toothy reptile waits for fish. The government "
      "borrows money from harbour banks. Harbour banks lend the government money. Older geckos "
      "tend to climb. Older geckos sleep. Chocolate sprinkles cover the cake.");
  for (const std::string& verb : {"toothy reptile lurks", "government borrows money",
                                  "government borrows", "geckos tend", "lurks", "borrows"}) {
    EXPECT_FALSE(Has(k, verb)) << verb;
  }
  EXPECT_TRUE(Has(k, "toothy reptile"));
  EXPECT_TRUE(Has(k, "geckos"));
}

TEST(KeyphrasesTest, AWordAfterASubjectPronounIsItsVerb) {
  // Real articles' keyphrases: "hope TED fans" ("who you hope TED fans will watch"), "hope",
  // "plans", "woke", "love libraries".
  const std::vector<std::string> k = PhrasesOf(
      "The harbour festival opens today. We hope harbour fans will come, and you hope harbour "
      "fans stay. He plans a harbour concert. They love harbour libraries. The harbour "
      "festival closes on Sunday.");
  for (const std::string& verb : {"hope harbour fans", "hope", "plans", "plans a harbour concert",
                                  "love harbour libraries"}) {
    EXPECT_FALSE(Has(k, verb)) << verb;
  }
  EXPECT_TRUE(Has(k, "harbour fans"));
  EXPECT_TRUE(Has(k, "harbour festival"));
}

TEST(KeyphrasesTest, ANounInAFixedPhraseIsNoKeyphrase) {
  // A trial's top keyphrase was "advance", from "apologize in advance".
  const std::vector<std::string> k = PhrasesOf(
      "Diane would like to apologize in advance for the toffee. In fact, the toffee is good. "
      "The toffee recipe came in advance of the book.");
  EXPECT_TRUE(Has(k, "toffee recipe"));
  EXPECT_FALSE(Has(k, "advance"));
  EXPECT_FALSE(Has(k, "fact"));
  // Not where the noun heads a phrase of its own.
  EXPECT_TRUE(Has(PhrasesOf("The advance of the glacier slowed. The glacier advance worried "
                            "scientists."),
                  "glacier advance"));
}

TEST(KeyphrasesTest, PhrasesEndInANoun) {
  // "oil spill" is the phrase; the trailing adjective "alone" and a bare adjective are not.
  const std::vector<std::string> k = PhrasesOf(
      "The oil spill alone cost millions. Crews cleaned the oil spill for weeks. The oil spill "
      "reached the coast. It was huge.");
  ASSERT_FALSE(k.empty());
  EXPECT_EQ(k[0], "oil spill");
  EXPECT_FALSE(Has(k, "huge"));
}

// A trial's lists: seven of eight "… family costume(s)" on one page; "DGA-AMPTP deal", "DGA
// deal" and "AMPTP-DGA deal" on another.
TEST(KeyphrasesTest, APhraseSaidAgainWithOtherModifiersIsNoNewKeyphrase) {
  const std::vector<std::string> k = PhrasesOf(
      "Halloween family costumes are fun to make at home.\n"
      "Adorable family costumes need only cardboard and paint.\n"
      "The DGA-AMPTP deal was signed on Thursday.\n"
      "Writers watched the DGA deal closely.\n"
      "The AMPTP-DGA deal may end the strike.\n"
      "Halloween family costumes won the parade.",
      10, '\n');
  EXPECT_TRUE(Has(k, "Halloween family costumes"));
  EXPECT_FALSE(Has(k, "Adorable family costumes"));
  EXPECT_FALSE(Has(k, "adorable family costumes"));
  const int deals = Has(k, "DGA-AMPTP deal") + Has(k, "DGA deal") + Has(k, "AMPTP-DGA deal");
  EXPECT_EQ(deals, 1);
}

TEST(KeyphrasesTest, NamesAreNeverCutInTwo) {
  // A run of five name words keeps its last four (the head and the name), not a cut name; a
  // dotted initial or abbreviation keeps its dot and its neighbour; a surname the part-of-speech
  // table once saw mistagged ("Costas") stays in its name; "bin" stays in "Osama bin Laden".
  const std::vector<std::string> k = PhrasesOf(
      "Russian Defense Minister Sergei Shoigu met envoys in Geneva.\n"
      "Russian Defense Minister Sergei Shoigu spoke about troops.\n"
      "Raptors guard T.J. Ford scored twenty points.\n"
      "NBC Sports anchor Bob Costas praised the game.\n"
      "The U.S. Army moved troops to Geneva.\n"
      "Al-Qaeda chief Osama bin Laden sent a tape.",
      12, '\n');
  EXPECT_TRUE(Has(k, "Defense Minister Sergei Shoigu"));
  // The lowercase words that describe a name's bearer are no part of the phrase (a trial's
  // "budget minister Cristóbal Montoro", "club owners George Gillett"), and no phrase of their
  // own to push the name out of the list (a helper's check: "CNN legal analyst" stayed,
  // "Sunny Hostin" went); a capitalised modifier of a noun keeps its phrase.
  EXPECT_TRUE(Has(k, "T.J. Ford"));
  EXPECT_TRUE(Has(k, "Bob Costas"));
  EXPECT_FALSE(Has(k, "Raptors guard T.J. Ford"));
  EXPECT_FALSE(Has(k, "Sports anchor Bob Costas"));
  EXPECT_FALSE(Has(k, "Raptors guard"));
  EXPECT_TRUE(Has(PhrasesOf("She was the first American woman in space. The first American "
                            "woman flew in 1983."),
                  "first American woman"));
  EXPECT_TRUE(Has(k, "U.S. Army"));
  EXPECT_TRUE(Has(k, "Osama bin Laden"));
  // A name that opens a longer run before lowercase words stands alone (a trial's "States
  // Tennis Association competitions").
  const std::vector<std::string> tennis = PhrasesOf(
      "She can no longer play in United States Tennis Association competitions.\n"
      "The United States Tennis Association said nothing.",
      8, '\n');
  EXPECT_TRUE(Has(tennis, "United States Tennis Association"));
  EXPECT_FALSE(Has(tennis, "States Tennis Association competitions"));
  for (const std::string& cut : {"Russian Defense Minister Sergei", "Shoigu", "Raptors guard T.J",
                                 "Raptors guard T.J.", "Ford", "NBC Sports anchor Bob", "U.S"}) {
    EXPECT_FALSE(Has(k, cut)) << cut;
  }
}

TEST(KeyphrasesTest, PlaceNamesKeepTheirFirstWord) {
  // "New", "St." and a verb of the word tables ("Cross") are words of the names here; a real
  // page gave "York mayor", "Hampshire Democratic officials", "Louis Park" and "Red".
  const std::vector<std::string> k = PhrasesOf(
      "The former New York mayor visited St. Louis Park on Monday.\n"
      "The New York mayor met volunteers of the Red Cross there.\n"
      "Volunteers of the Red Cross said St. Louis Park needs a shelter.\n"
      "The New York mayor promised money for the shelter.\n"
      "Kids Can't Touch This Game Anymore Say Parents.",
      12, '\n');
  EXPECT_TRUE(Has(k, "New York mayor"));
  EXPECT_TRUE(Has(k, "St. Louis Park"));
  EXPECT_TRUE(Has(k, "Red Cross"));
  for (const std::string& cut : {"York mayor", "Louis Park", "Red", "St", "New"}) {
    EXPECT_FALSE(Has(k, cut)) << cut;
  }
  // A Title Case headline is no sentence of names: its verbs stay verbs.
  for (const std::string& k_phrase : k) {
    EXPECT_EQ(k_phrase.find("Can't"), std::string::npos) << k_phrase;
    EXPECT_EQ(k_phrase.find("Say"), std::string::npos) << k_phrase;
  }
}

TEST(KeyphrasesTest, ANameKeepsItsCapitalsWhereItsFirstWordIsAlsoACommonWord) {
  // A real page's keyphrases read "bill Nelson" and "old Town": "bill" and "old" are lowercase
  // elsewhere in the text. A phrase of common words opening a sentence is lowered ("crude oil").
  const std::vector<std::string> k = PhrasesOf(
      "Crude oil prices rose on Monday as the Senate debated the energy bill.\n"
      "Bill Nelson said the bill would cut crude oil imports.\n"
      "Bill Nelson met old friends in the Old Town of Edinburgh.\n"
      "Tourists filled the Old Town while Bill Nelson spoke about crude oil.",
      12, '\n');
  EXPECT_TRUE(Has(k, "Bill Nelson"));
  EXPECT_TRUE(Has(k, "Old Town"));
  EXPECT_TRUE(Has(k, "crude oil") || Has(k, "crude oil prices") || Has(k, "crude oil imports"));
  for (const std::string& wrong : {"bill Nelson", "old Town", "Crude oil"}) {
    EXPECT_FALSE(Has(k, wrong)) << wrong;
  }
}

TEST(KeyphrasesTest, ADatelinesPlaceAndAgencyAreNoKeyphrases) {
  // The first words weigh most in PositionRank, and a wire story's first words are its dateline.
  const std::vector<std::string> k = PhrasesOf(
      "LOS ANGELES (Reuters) - The harbour tunnel opened to traffic on Sunday.\n"
      "The harbour tunnel cost more than planned.\n"
      "Drivers praised the harbour tunnel.\n"
      "PLYMOUTH, Mich. - Tunnel tolls start next year.\n"
      "HOUSTON, Texas (KTRK) -- Tunnel tolls will fund the harbour tunnel.\n"
      "London (CNN)The harbour tunnel was the talk of the city.",
      8, '\n');
  ASSERT_FALSE(k.empty());
  EXPECT_EQ(k[0], "harbour tunnel");
  for (const std::string& dateline : {"LOS ANGELES", "Reuters", "PLYMOUTH", "Mich", "HOUSTON",
                                      "Texas", "KTRK", "London", "CNN"}) {
    EXPECT_FALSE(Has(k, dateline)) << dateline;
  }
}

TEST(KeyphrasesTest, GermanKeyphrasesAreItsNouns) {
  // German capitalises its nouns: lowercase words are verbs, adjectives and adverbs, and a
  // capital opening a sentence is a noun only where the text capitalises the word inside one.
  const std::vector<std::string> k = PhrasesOf(
      "Obwohl es regnete, eröffnete die Stadt den neuen Hafentunnel am Sonntag.\n"
      "Der neue Hafentunnel kostete deutlich mehr als geplant.\n"
      "Kontaktieren Sie die Verkehrsbehörde bei Fragen zum Hafentunnel.\n"
      "Bürgermeisterin Anna Berger lobte den Hafentunnel und die schnelle Bauzeit.\n"
      "Im Fall Hafentunnel gab es viele Fragen zur Maut.\n"
      "Laut Berger sinkt die Maut der Hafentunnels nach zehn Jahren.\n"
      "Die Maut des Unternehmens zahlt jedes Unternehmen im Hafen.",
      8, '\n', "de");
  ASSERT_FALSE(k.empty());
  EXPECT_EQ(k[0], "Hafentunnel");
  EXPECT_TRUE(Has(k, "Bürgermeisterin Anna Berger"));
  for (const std::string& phrase : k) {
    // Every word capitalised: no "neuen Hafentunnel", "Hafentunnel kostete".
    EXPECT_TRUE(phrase[0] >= 'A' && phrase[0] <= 'Z') << phrase;
    for (size_t i = 1; i < phrase.size(); ++i) {
      if (phrase[i - 1] == ' ') EXPECT_TRUE(phrase[i] >= 'A' && phrase[i] <= 'Z') << phrase;
    }
  }
  // One word in its forms ("Hafentunnel", "Hafentunnels"); no preposition opening a sentence.
  for (const std::string& junk :
       {"Obwohl", "Kontaktieren", "Fragen", "Fall Hafentunnel", "Hafentunnels", "Laut Berger",
        "Unternehmens", "Unternehmen"}) {  // one word in two forms, and a generic one
    EXPECT_FALSE(Has(k, junk)) << junk;
  }
}

}  // namespace
}  // namespace precis::rank
