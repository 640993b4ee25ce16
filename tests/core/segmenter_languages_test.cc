// Golden-rule style cases for languages other than English, written for this project: a few
// inline, and every case of tests/data/sbd_languages.json (which scripts/eval sbd also scores).
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "text/segmenter.h"

namespace precis::text {
namespace {

using V = std::vector<std::string>;

V Split(const std::string& text, const char* language) { return SplitSentences(text, language); }

std::string FoldSpaces(const std::string& s) {
  std::string out;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out.push_back(space ? ' ' : c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Every case of each language in the fixture passes (sentences compared with white space folded).
TEST(SegmenterLanguagesTest, FixtureCasesPerLanguage) {
  std::ifstream in(std::string(PRECIS_TEST_DATA) + "/sbd_languages.json");
  ASSERT_TRUE(in) << "tests/data/sbd_languages.json";
  const nlohmann::json all = nlohmann::json::parse(in);
  size_t languages = 0;
  for (const auto& [language, cases] : all.items()) {
    if (language.starts_with('_')) continue;
    ++languages;
    EXPECT_GE(cases.size(), 10u) << language;
    for (const auto& c : cases) {
      V expected;
      for (const auto& e : c["expected"]) expected.push_back(FoldSpaces(e.get<std::string>()));
      V got;
      for (const std::string& s : Split(c["input"].get<std::string>(), language.c_str())) {
        got.push_back(FoldSpaces(s));
      }
      EXPECT_EQ(got, expected) << language << ": " << c["rule"].get<std::string>();
    }
  }
  EXPECT_EQ(languages, 17u);
}

TEST(SegmenterLanguagesTest, German) {
  EXPECT_EQ(Split("Das ist gut. Wir gehen jetzt.", "de"), (V{"Das ist gut.", "Wir gehen jetzt."}));
  EXPECT_EQ(Split("Hr. Müller kommt heute.", "de"), (V{"Hr. Müller kommt heute."}));
  EXPECT_EQ(Split("Er kauft Obst, z.B. Äpfel und Birnen.", "de"),
            (V{"Er kauft Obst, z.B. Äpfel und Birnen."}));
  EXPECT_EQ(Split("Am 3. Oktober 1990 war es so weit. Alle feierten.", "de"),
            (V{"Am 3. Oktober 1990 war es so weit.", "Alle feierten."}));
  EXPECT_EQ(Split("Siehe S. 12 im Bericht. Danach kommt mehr.", "de"),
            (V{"Siehe S. 12 im Bericht.", "Danach kommt mehr."}));
  EXPECT_EQ(Split("Die Stadt bzw. der Kreis zahlt. Das ist klar.", "de"),
            (V{"Die Stadt bzw. der Kreis zahlt.", "Das ist klar."}));
}

TEST(SegmenterLanguagesTest, French) {
  EXPECT_EQ(Split("Il pleut. Nous restons ici.", "fr"), (V{"Il pleut.", "Nous restons ici."}));
  EXPECT_EQ(Split("M. Dupont est arrivé hier.", "fr"), (V{"M. Dupont est arrivé hier."}));
  EXPECT_EQ(Split("Mme Curie a parlé. Le public a applaudi.", "fr"),
            (V{"Mme Curie a parlé.", "Le public a applaudi."}));
  EXPECT_EQ(Split("Voir le chap. 3 du livre.", "fr"), (V{"Voir le chap. 3 du livre."}));
  EXPECT_EQ(Split("Il a dit : « Je viens. » Puis il est parti.", "fr"),
            (V{"Il a dit : « Je viens. »", "Puis il est parti."}));
  EXPECT_EQ(Split("Pourquoi pas ? Allons-y !", "fr"), (V{"Pourquoi pas ?", "Allons-y !"}));
}

TEST(SegmenterLanguagesTest, Spanish) {
  EXPECT_EQ(Split("¿Dónde estás? ¡Aquí estoy!", "es"), (V{"¿Dónde estás?", "¡Aquí estoy!"}));
  EXPECT_EQ(Split("El Sr. García llegó tarde.", "es"), (V{"El Sr. García llegó tarde."}));
  EXPECT_EQ(Split("La Dra. López habló. Todos escucharon.", "es"),
            (V{"La Dra. López habló.", "Todos escucharon."}));
  EXPECT_EQ(Split("Véase la pág. 20 del informe.", "es"), (V{"Véase la pág. 20 del informe."}));
  EXPECT_EQ(Split("Viajó a EE.UU. en mayo.", "es"), (V{"Viajó a EE.UU. en mayo."}));
}

TEST(SegmenterLanguagesTest, Italian) {
  EXPECT_EQ(Split("Oggi piove. Domani no.", "it"), (V{"Oggi piove.", "Domani no."}));
  EXPECT_EQ(Split("Il Sig. Rossi è partito.", "it"), (V{"Il Sig. Rossi è partito."}));
  EXPECT_EQ(Split("Il Dott. Bianchi ha parlato. Poi è uscito.", "it"),
            (V{"Il Dott. Bianchi ha parlato.", "Poi è uscito."}));
  EXPECT_EQ(Split("Vedi pag. 4 del testo.", "it"), (V{"Vedi pag. 4 del testo."}));
  EXPECT_EQ(Split("Frutta, verdura ecc. sono in vendita.", "it"),
            (V{"Frutta, verdura ecc. sono in vendita."}));
}

TEST(SegmenterLanguagesTest, Portuguese) {
  EXPECT_EQ(Split("Está frio. Vamos para casa.", "pt"), (V{"Está frio.", "Vamos para casa."}));
  EXPECT_EQ(Split("O Sr. Silva chegou cedo.", "pt"), (V{"O Sr. Silva chegou cedo."}));
  EXPECT_EQ(Split("A Dra. Costa falou. Todos ouviram.", "pt"),
            (V{"A Dra. Costa falou.", "Todos ouviram."}));
  EXPECT_EQ(Split("Ver pág. 7 do relatório.", "pt"), (V{"Ver pág. 7 do relatório."}));
  EXPECT_EQ(Split("Comprou pão, leite etc. e voltou.", "pt"),
            (V{"Comprou pão, leite etc. e voltou."}));
}

TEST(SegmenterLanguagesTest, Dutch) {
  EXPECT_EQ(Split("Het regent. We blijven thuis.", "nl"), (V{"Het regent.", "We blijven thuis."}));
  EXPECT_EQ(Split("Dhr. Jansen is er niet.", "nl"), (V{"Dhr. Jansen is er niet."}));
  EXPECT_EQ(Split("Mevr. de Vries belde. Ze was boos.", "nl"),
            (V{"Mevr. de Vries belde.", "Ze was boos."}));
  EXPECT_EQ(Split("Zie blz. 9 voor meer.", "nl"), (V{"Zie blz. 9 voor meer."}));
  EXPECT_EQ(Split("Fruit, bijv. appels, is gezond.", "nl"), (V{"Fruit, bijv. appels, is gezond."}));
}

TEST(SegmenterLanguagesTest, Russian) {
  EXPECT_EQ(Split("Идёт дождь. Мы дома.", "ru"), (V{"Идёт дождь.", "Мы дома."}));
  EXPECT_EQ(Split("Это было в 1990 г. в Москве.", "ru"), (V{"Это было в 1990 г. в Москве."}));
  EXPECT_EQ(Split("А. С. Пушкин родился в Москве.", "ru"), (V{"А. С. Пушкин родился в Москве."}));
  EXPECT_EQ(Split("Фрукты, т.е. яблоки и груши, полезны.", "ru"),
            (V{"Фрукты, т.е. яблоки и груши, полезны."}));
  EXPECT_EQ(Split("Он спросил: «Ты придёшь?» Я кивнул.", "ru"),
            (V{"Он спросил: «Ты придёшь?»", "Я кивнул."}));
}

TEST(SegmenterLanguagesTest, ChineseAndJapanese) {
  EXPECT_EQ(Split("今天下雨。我们在家！你呢？", "zh"), (V{"今天下雨。", "我们在家！", "你呢？"}));
  EXPECT_EQ(Split("他说：“我来了。”然后走了。", "zh"), (V{"他说：“我来了。”", "然后走了。"}));
  EXPECT_EQ(Split("価格は3.5ドルです。安いです。", "ja"), (V{"価格は3.5ドルです。", "安いです。"}));
  // A quotation followed by the particle と is part of the sentence that quotes it.
  EXPECT_EQ(Split("「行こう。」と彼は言った。", "ja"), (V{"「行こう。」と彼は言った。"}));
  EXPECT_EQ(Split("東京は大きい！本当に？", "ja"), (V{"東京は大きい！", "本当に？"}));
}

TEST(SegmenterLanguagesTest, OtherScripts) {
  // Devanagari danda, Arabic question mark and full stop, Armenian full stop, Burmese.
  EXPECT_EQ(Split("वह घर गया। मैं यहाँ हूँ।", "hi"), (V{"वह घर गया।", "मैं यहाँ हूँ।"}));
  EXPECT_EQ(Split("هل أنت هنا؟ نعم، أنا هنا.", "ar"), (V{"هل أنت هنا؟", "نعم، أنا هنا."}));
  EXPECT_EQ(Split("یہ اچھا ہے۔ ہم چلتے ہیں۔", "ur"), (V{"یہ اچھا ہے۔", "ہم چلتے ہیں۔"}));
  EXPECT_EQ(Split("Սա տուն է։ Մենք այստեղ ենք։", "hy"), (V{"Սա տուն է։", "Մենք այստեղ ենք։"}));
  EXPECT_EQ(Split("ဒါက အိမ်ပါ။ ကျွန်တော် ဒီမှာပါ။", "my"), (V{"ဒါက အိမ်ပါ။", "ကျွန်တော် ဒီမှာပါ။"}));
}

// Languages with short lists of their own: a common abbreviation inside a sentence, and one that
// closes an enumeration before a new sentence.
TEST(SegmenterLanguagesTest, ShorterListsOfMoreLanguages) {
  EXPECT_EQ(Split("Kupiłem owoce, np. jabłka i gruszki. Potem wróciłem.", "pl"),
            (V{"Kupiłem owoce, np. jabłka i gruszki.", "Potem wróciłem."}));
  EXPECT_EQ(Split("Mamy chleb, mleko itd. Wieczorem gotujemy.", "pl"),
            (V{"Mamy chleb, mleko itd.", "Wieczorem gotujemy."}));
  EXPECT_EQ(Split("Koupil ovoce, např. jablka a hrušky.", "cs"),
            (V{"Koupil ovoce, např. jablka a hrušky."}));
  EXPECT_EQ(Split("Vidíme to na str. 12 v knihe.", "sk"), (V{"Vidíme to na str. 12 v knihe."}));
  EXPECT_EQ(Split("Vi købte frugt, f.eks. æbler. Bagefter gik vi hjem.", "da"),
            (V{"Vi købte frugt, f.eks. æbler.", "Bagefter gik vi hjem."}));
  EXPECT_EQ(Split("Vi kjøpte brød, melk osv. Senere dro vi hjem.", "nb"),
            (V{"Vi kjøpte brød, melk osv.", "Senere dro vi hjem."}));
  EXPECT_EQ(Split("Vi köpte frukt, t.ex. äpplen och päron.", "sv"),
            (V{"Vi köpte frukt, t.ex. äpplen och päron."}));
  EXPECT_EQ(Split("Купихме плодове, напр. ябълки и круши.", "bg"),
            (V{"Купихме плодове, напр. ябълки и круши."}));
  EXPECT_EQ(Split("Купили хліб, молоко і т. д. Потім пішли додому.", "uk"),
            (V{"Купили хліб, молоко і т. д.", "Потім пішли додому."}));
  EXPECT_EQ(Split("Ол 1991 ж. Алматыда туды. Біз оны білеміз.", "kk"),
            (V{"Ол 1991 ж. Алматыда туды.", "Біз оны білеміз."}));
  EXPECT_EQ(Split("डॉ. पाटील आज आले. ते खूप आनंदी होते.", "mr"),
            (V{"डॉ. पाटील आज आले.", "ते खूप आनंदी होते."}));
}

TEST(SegmenterLanguagesTest, GreekQuestionMark) {
  EXPECT_EQ(Split("Τι κάνεις; Είμαι καλά.", "el"), (V{"Τι κάνεις;", "Είμαι καλά."}));
  EXPECT_EQ(Split("Πού είσαι\xCD\xBE Εδώ.", "el"), (V{"Πού είσαι\xCD\xBE", "Εδώ."}));
  EXPECT_EQ(Split("Ήρθε, είδε; και έφυγε.", "el"), (V{"Ήρθε, είδε; και έφυγε."}));
  // In English a semicolon never ends a sentence.
  EXPECT_EQ(Split("It rained; We stayed.", "en"), (V{"It rained; We stayed."}));
  EXPECT_EQ(Split("Είναι αργά. Πάμε.", "el"), (V{"Είναι αργά.", "Πάμε."}));
}

}  // namespace
}  // namespace precis::text
