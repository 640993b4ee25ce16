#include "text/language.h"

#include <gtest/gtest.h>

#include <string>

#include "text/stopwords.h"

namespace precis::text {
namespace {

TEST(LanguageTest, IdentifiesLanguagesByTrigramsAndScripts) {
  const std::pair<const char*, const char*> cases[] = {
      {"en", "The council approved the new budget on Monday after a long debate."},
      {"de", "Der Stadtrat hat am Montag nach langer Debatte den neuen Haushalt beschlossen."},
      {"fr", "Le conseil municipal a approuvé lundi le nouveau budget après un long débat."},
      {"es", "El ayuntamiento aprobó el lunes el nuevo presupuesto tras un largo debate."},
      {"it",
       "Il consiglio comunale ha approvato lunedì il nuovo bilancio dopo un lungo dibattito."},
      {"pt",
       "A câmara municipal aprovou na segunda-feira o novo orçamento depois de um longo debate."},
      {"nl", "De gemeenteraad heeft maandag na een lang debat de nieuwe begroting goedgekeurd."},
      {"ru", "Городской совет в понедельник после долгих споров утвердил новый бюджет."},
      {"zh", "市议会星期一在长时间辩论后批准了新的预算。"},
      {"ja", "市議会は月曜日、長い議論の末に新しい予算を承認しました。"},
      {"ko", "시의회는 월요일 긴 토론 끝에 새 예산을 승인했다."},
      {"el", "Το δημοτικό συμβούλιο ενέκρινε τη Δευτέρα τον νέο προϋπολογισμό."},
      {"ar", "وافق مجلس المدينة يوم الاثنين على الميزانية الجديدة بعد نقاش طويل."},
      {"hi", "नगर परिषद ने सोमवार को लंबी बहस के बाद नए बजट को मंजूरी दी।"},
  };
  for (const auto& [code, text] : cases) EXPECT_EQ(DetectLanguage(text), code) << text;
}

// One short sentence (written for this test) in languages that share most letters and words:
// their own letters (ã, ñ, ы, і, ћ, å, ł, ě) and function words decide.
TEST(LanguageTest, ShortSentencesOfCloseLanguages) {
  const std::pair<const char*, const char*> cases[] = {
      {"pt", "Não sei se ele vai chegar a tempo para o jantar."},
      {"es", "No sé si él va a llegar a tiempo para la cena."},
      {"ca", "No sé si ell arribarà a temps per sopar avui."},
      {"ru", "Я не знаю, успеет ли он к ужину сегодня."},
      {"uk", "Я не знаю, чи встигне він на вечерю сьогодні."},
      {"bg", "Не знам дали той ще успее за вечерята днес."},
      {"sr", "Не знам да ли ће он стићи на вечеру данас."},
      {"nb", "Jeg vet ikke om han rekker middagen i kveld."},
      {"sv", "Jag vet inte om han hinner till middagen i kväll."},
      {"pl", "Nie wiem, czy zdąży na kolację dzisiaj wieczorem."},
      {"cs", "Nevím, jestli stihne dnešní večeři s námi."},
  };
  for (const auto& [code, text] : cases) EXPECT_EQ(DetectLanguage(text), code) << text;
}

// English text about foreign names: the clubs' names look Croatian to the n-grams,
// the function words in the lowercase words say English. Text in those languages stays theirs.
TEST(LanguageTest, EnglishAboutForeignNamesIsEnglish) {
  // A results table written for this test, in the layout of wire-service sports pages.
  const std::string table =
      "SOCCER - YUGOSLAV LEAGUE RESULTS / STANDINGS .\n"
      "BELGRADE 2024-05-12\n"
      "Results of Yugoslav league\n"
      "soccer matches played on Saturday :\n"
      "Division A\n"
      "Obilic 0 Zeleznik ( B ) 1\n"
      "Cukaricki 2 Vojvodina 3\n"
      "Buducnost 1 Radnicki ( N ) 1\n"
      "Sutjeska 0 Loznica 3\n"
      "Mladost ( L ) 2 Proleter ( Z ) 1\n"
      "Becej 1 Borac 3\n"
      "Standings ( tabulate under won , drawn , lost , goals for , goals against , points ) :\n"
      "Obilic 4 4 0 0 9 3 12\n"
      "Zeleznik ( B ) 4 4 1 0 9 3 11\n"
      "Cukaricki 4 4 0 0 8 3 10\n"
      "Vojvodina 4 3 1 0 8 4 9\n"
      "Buducnost 4 3 0 1 7 4 8\n"
      "Radnicki ( N ) 4 3 1 1 7 4 7\n"
      "Sutjeska 4 2 0 1 6 5 6\n"
      "Loznica 4 2 1 1 6 5 5\n"
      "Mladost ( L ) 4 2 0 2 5 5 4\n"
      "Proleter ( Z ) 4 1 1 2 5 6 3\n"
      "Becej 4 1 0 2 4 6 2\n"
      "Borac 4 1 1 2 4 6 1\n"
      "Division B\n"
      "Sloboda 0 Rudar 1\n"
      "Jedinstvo 2 Napredak 3\n"
      "Spartak 1 Zemun 1\n"
      "Hajduk 0 Mladost ( BJ ) 3\n"
      "Beograd 2 Kikinda 1\n"
      "Standings ( tabulate under won , drawn , lost , goals for , goals against , points ) :\n"
      "Sloboda 4 4 0 0 9 3 12\n"
      "Rudar 4 4 1 0 9 3 11\n"
      "Jedinstvo 4 4 0 0 8 3 10\n"
      "Napredak 4 3 1 0 8 4 9\n"
      "Spartak 4 3 0 1 7 4 8\n"
      "Zemun 4 3 1 1 7 4 7\n"
      "Hajduk 4 2 0 1 6 5 6\n"
      "Mladost ( BJ ) 4 2 1 1 6 5 5\n"
      "Beograd 4 2 0 2 5 5 4\n"
      "Kikinda 4 1 1 2 5 6 3\n";
  EXPECT_EQ(DetectLanguage(table), "en");
  EXPECT_EQ(DetectLanguage("Hrvatska nogometna reprezentacija pobijedila je u subotu u Zagrebu. "
                           "Trener je rekao da je momčad igrala odlično i da su navijači bili "
                           "sjajni, a kapetan je zahvalio svima na podršci."),
            "hr");
}

TEST(LanguageTest, TooLittleTextIsUndetermined) {
  EXPECT_EQ(DetectLanguage(""), "und");
  EXPECT_EQ(DetectLanguage("12 34 !!"), "und");
  EXPECT_EQ(DetectLanguage("Hi there"), "und");
}

TEST(LanguageTest, APagesDeclarationHoldsUnlessTheTextSaysOtherwise) {
  const std::string german =
      "Der Stadtrat hat am Montag beschlossen, die alte Brücke über den Fluss abzureißen und "
      "durch einen Neubau zu ersetzen. Die Kosten liegen nach Angaben der Verwaltung bei rund "
      "zwölf Millionen Euro, von denen das Land den größten Teil übernimmt. Die Arbeiten sollen "
      "im Frühjahr beginnen und zwei Jahre dauern; in dieser Zeit wird eine Fähre eingesetzt.";
  // A template's lang="en" on a German article: the text wins.
  LanguageChoice c = ChooseLanguage("en", german);
  EXPECT_EQ(c.code, "de");
  EXPECT_FALSE(c.declared);
  // Agreeing, or no declaration.
  c = ChooseLanguage("de", german);
  EXPECT_EQ(c.code, "de");
  EXPECT_TRUE(c.declared);
  c = ChooseLanguage("", german);
  EXPECT_EQ(c.code, "de");
  EXPECT_FALSE(c.declared);
  // Too short to overrule (under kLettersToOverrule letters), or undetermined: the page says.
  c = ChooseLanguage("nl", "Die Brücke wird im Frühjahr neu gebaut.");
  EXPECT_EQ(c.code, "nl");
  EXPECT_TRUE(c.declared);
  c = ChooseLanguage("fr", "12 34 !!");
  EXPECT_EQ(c.code, "fr");
  EXPECT_TRUE(c.declared);
}

// A trial's German post quoted a speech in English at length and was read as English, though
// its page said "de": the declared language's function words are there in number.
TEST(LanguageTest, ADeclaredTextQuotingAnotherLanguageKeepsItsDeclaration) {
  const std::string mixed =
      "Am 14. Juni 2005 hielt Steve Jobs eine vielbeachtete Rede vor den Absolventen der "
      "Universität. Den Zuhörern erzählte er drei Geschichten, die für sein Leben wichtig waren. "
      "Hierzu führte er aus: \"You can't connect the dots looking forward. You can only connect "
      "them looking backwards, so you have to trust that the dots will somehow connect in your "
      "future. You have to trust in something, because believing that the dots will connect "
      "down the road will give you the confidence to follow your heart, even when it leads you "
      "off the well-worn path, and that will make all the difference.\" Ein Fachmann schrieb "
      "dazu: \"I concluded that this was the single difference between the innovator and the "
      "ordinary person: one saw the dots and connected them while others did not see them or, "
      "if they did, they did not explore, question, or connect any of them. So what is "
      "innovation? Those other dots, the ones others miss.\" Mit den Punkten meinte "
      "er die kleinen Bausteine, aus denen sich ein Leben zusammensetzt, und die man erst im "
      "Rückblick erkennt. Es sind diese anderen Bausteine, die das Potential haben, alles zu "
      "verändern, und die wir täglich übersehen.";
  ASSERT_EQ(DetectLanguage(mixed), "en");  // the quotation outweighs the text
  const LanguageChoice c = ChooseLanguage("de", mixed);
  EXPECT_EQ(c.code, "de");
  EXPECT_TRUE(c.declared);
}

TEST(LanguageTest, KnowsAtLeastTwentyLanguages) { EXPECT_GE(KnownLanguages().size(), 20u); }

TEST(StopwordsTest, ListsPerLanguage) {
  EXPECT_TRUE(IsStopword("the"));
  EXPECT_FALSE(IsStopword("council"));
  EXPECT_TRUE(IsStopword("und", "de"));
  EXPECT_FALSE(IsStopword("rathaus", "de"));
  EXPECT_TRUE(IsStopword("les", "fr"));
  EXPECT_TRUE(IsStopword("и", "ru"));
  EXPECT_GE(StopwordLanguages().size(), 15u);
}

}  // namespace
}  // namespace precis::text
