#include "entities/rules.h"

#include <gtest/gtest.h>

#include "entity_test_util.h"

namespace precis::entities {
namespace {

Found FindIn(const std::string& s) {
  return Describe(s, FindNumericEntities(s, text::Tokenize(s, {0, s.size()})));
}

Found FindIn(const std::string& s, const std::string& language) {
  return Describe(s, FindNumericEntities(s, text::Tokenize(s, {0, s.size()}, language), language));
}

TEST(RulesTest, DatesMoneyPercentAndTimeOutsideEnglish) {
  // The trial's German pages: "3. Oktober" gave the number 3, "18 Uhr" 18, "48 Millionen Euro"
  // 48: groups of bare numbers.
  EXPECT_EQ(FindIn("Am 3. Oktober 2023 beschloss der Rat 48 Millionen Euro, 3,5 Prozent mehr, "
                   "ab 18 Uhr. Im Oktober 2022 endete es 2:1 am Samstag.",
                   "de"),
            (Found{{"3. Oktober 2023", "DATE"},
                   {"48 Millionen Euro", "MONEY"},
                   {"3,5 Prozent", "PERCENT"},
                   {"18 Uhr", "TIME"},
                   {"Oktober 2022", "DATE"},
                   {"2:1", "QUANTITY"}}));
  EXPECT_EQ(
      FindIn("Le 3 octobre 2023, le projet a coûté 48 millions d'euros, soit 12 % de plus.", "fr"),
      (Found{{"3 octobre 2023", "DATE"}, {"48 millions d'euros", "MONEY"}, {"12 %", "PERCENT"}}));
  EXPECT_EQ(FindIn("El 3 de marzo de 2015 costó 5 mil euros.", "es"),
            (Found{{"3 de marzo de 2015", "DATE"}, {"5 mil euros", "MONEY"}}));
  // English keeps its own rules: "Mars 2020" is a rover, "Mai" a name.
  EXPECT_EQ(FindIn("The Mars 2020 rover met Mai 3 times.", "en"),
            (Found{{"2020", "DATE"}, {"3", "QUANTITY"}}));
}

TEST(RulesTest, Dates) {
  EXPECT_EQ(FindIn("They met on January 6 and again in 2014."),
            (Found{{"January 6", "DATE"}, {"2014", "DATE"}}));
  EXPECT_EQ(FindIn("Talks run January 13-14, 2022 in Geneva."),
            (Found{{"January 13-14, 2022", "DATE"}}));
  EXPECT_EQ(FindIn("It opened on 6 March 2020 in the 1990s style."),
            (Found{{"6 March 2020", "DATE"}, {"1990s", "DATE"}}));
  EXPECT_EQ(FindIn("The vote is on Tuesday."), (Found{{"Tuesday", "DATE"}}));
}

TEST(RulesTest, DatesWithSlashesSpansOfDaysAndTwoCenturies) {
  // A trial's pages: "11/01/2011" gave the date 2011 and the numbers 11 and 01, "Dec. 7 to 19"
  // the number 19, "19th and 20th centuries" the date "20th centuries".
  EXPECT_EQ(FindIn("Posted on 11/01/2011 and 6/13/18, filed 2011/03/04."),
            (Found{{"11/01/2011", "DATE"}, {"6/13/18", "DATE"}, {"2011/03/04", "DATE"}}));
  EXPECT_EQ(FindIn("The show runs Dec. 7 to 19, 2019 in the 19th and 20th centuries' halls."),
            (Found{{"Dec. 7 to 19, 2019", "DATE"}, {"19th and 20th centuries", "DATE"}}));
  EXPECT_EQ(FindIn("Built in the 9th and 8th centuries B.C. by farmers."),
            (Found{{"9th and 8th centuries B.C.", "DATE"}}));
  // A day that comes before is no span; three numbers that cannot be a day and a month are
  // no date.
  EXPECT_EQ(FindIn("It ran Dec. 19 to 7 more shows."),
            (Found{{"Dec. 19", "DATE"}, {"7", "QUANTITY"}}));
  const Found mix = FindIn("Use a 3/40/5 mix.");
  EXPECT_TRUE(std::none_of(mix.begin(), mix.end(), [](const auto& m) {
    return m.second == "DATE";
  })) << ::testing::PrintToString(mix);
}

TEST(RulesTest, AWeekdayCutShortBeforeItsDateIsADate) {
  // A trial's page: "Posted on Mon, Jan. 07 2008" gave the place "Mon".
  EXPECT_EQ(
      FindIn("Posted on Mon, Jan. 07 2008 and Sat. 12 May."),
      (Found{{"Mon", "DATE"}, {"Jan. 07 2008", "DATE"}, {"Sat", "DATE"}, {"12 May", "DATE"}}));
  EXPECT_EQ(FindIn("The Sun, 12 pages thick, sold out."), (Found{{"12 pages", "QUANTITY"}}));
}

TEST(RulesTest, ATelephoneNumberIsNoQuantity) {
  // "Call 01904 637722" gave two quantities.
  EXPECT_EQ(FindIn("Call 01904 637722 or 0800 123 4567 to book 12 tickets for the show on the "
                   "pier this summer."),
            (Found{{"12 tickets", "QUANTITY"}}));
  // Four digits with a leading zero alone are a time of day.
  EXPECT_EQ(FindIn("The curfew runs between 2200 and 0700 each day."),
            (Found{{"2200", "QUANTITY"}, {"0700", "QUANTITY"}}));
}

TEST(RulesTest, CenturiesAndErasAreDates) {
  // History text: "833 AD" was a quantity and "AD" an organisation.
  EXPECT_EQ(FindIn("In 833 AD the state was founded; Rome fell in 476 A.D. and Troy in 1180 BC."),
            (Found{{"833 AD", "DATE"}, {"476 A.D.", "DATE"}, {"1180 BC", "DATE"}}));
  EXPECT_EQ(FindIn("Vesuvius erupted in AD 79, late in the 1st century AD."),
            (Found{{"AD 79", "DATE"}, {"1st century AD", "DATE"}}));
  EXPECT_EQ(FindIn("A fifth-century church and a fifth century wall stand in the 21st century."),
            (Found{{"fifth century", "DATE"}, {"21st century", "DATE"}}));
  // Lowercase "ad" is a word, and a count before a capital word is not an era.
  EXPECT_EQ(FindIn("They ran 30 ad campaigns and sold 40 CD players."),
            (Found{{"30 ad campaigns", "QUANTITY"}, {"40", "QUANTITY"}}));
}

TEST(RulesTest, DaysAsOrdinalsHoursWithAmOrPmAndCents) {
  // Real pages: "December 18th 2011" was two dates without its day, "3:29 PM" a time without
  // its half of the day, "9 cents" a bare quantity.
  EXPECT_EQ(
      FindIn("On December 18th 2011, Nov. 9th and the 18th of December it rained."),
      (Found{{"December 18th 2011", "DATE"}, {"Nov. 9th", "DATE"}, {"18th of December", "DATE"}}));
  EXPECT_EQ(FindIn("It ended at 3:29 PM and at 5 pm, not at 10:31 AM EDT."),
            (Found{{"3:29 PM", "TIME"}, {"5 pm", "TIME"}, {"10:31 AM", "TIME"}}));
  EXPECT_EQ(FindIn("Shares rose 9 cents, or 20 pence, on 40th Street at 13 pm."),
            (Found{{"9 cents", "MONEY"}, {"20 pence", "MONEY"}, {"13", "QUANTITY"}}));
}

TEST(RulesTest, FractionsAreOneAmountWithTheirUnit) {
  // A recipe: "1/2 teaspoon" was two quantities and "Tablespoon" an organisation's name.
  EXPECT_EQ(FindIn("Add 1/2 teaspoon salt and 2 1/2 cups flour to the bowl."),
            (Found{{"1/2 teaspoon", "QUANTITY"}, {"2 1/2 cups", "QUANTITY"}}));
  // Not a date written with slashes, nor "24/7".
  EXPECT_EQ(FindIn("Since the 9/11 attacks it is open 24/7."),
            (Found{{"9", "QUANTITY"}, {"11", "QUANTITY"}, {"24", "QUANTITY"}, {"7", "QUANTITY"}}));
}

TEST(RulesTest, ARangeIsOneAmountWithItsUnit) {
  // A recipe page (a new-user trial): "brine for 8 to 10 hours" gave the bare number 8 beside
  // "10 hours", "A 14 to 16 pound bird" the number 14; "4-1/2 inches" was "2 inches".
  EXPECT_EQ(FindIn("Brine for 8 to 10 hours, roast 2 to 2 1/2 hours and add 4-1/2 cups."),
            (Found{{"8 to 10 hours", "QUANTITY"},
                   {"2 to 2 1/2 hours", "QUANTITY"},
                   {"4-1/2 cups", "QUANTITY"}}));
  EXPECT_EQ(FindIn("A 14 to 16 pound bird, 3 and 4 cups, 14\u201316 feet, up 5 to 10 percent."),
            (Found{{"14 to 16 pound", "QUANTITY"},
                   {"3", "QUANTITY"},
                   {"4 cups", "QUANTITY"},
                   {"14\u201316 feet", "QUANTITY"},
                   {"5 to 10 percent", "PERCENT"}}));
  // A score read out ("won 3 to 1") falls, so it is no range; a count is one.
  EXPECT_EQ(FindIn("They won 3 to 1 and 10 to 20 people came."),
            (Found{{"3", "QUANTITY"}, {"1", "QUANTITY"}, {"10 to 20 people", "QUANTITY"}}));
  // A change from one number to another is two.
  EXPECT_EQ(FindIn("It took $9.4m after expanding from 40 to 1,796 cinemas."),
            (Found{{"$9.4m", "MONEY"}, {"40", "QUANTITY"}, {"1,796 cinemas", "QUANTITY"}}));
}

TEST(RulesTest, SpansOfTimeKeepTheirUnit) {
  // A real page: "11 months" was the quantity "11".
  EXPECT_EQ(
      FindIn("It took 11 months and 20-30 minutes, 1000 years after the flood."),
      (Found{
          {"11 months", "QUANTITY"}, {"20-30 minutes", "QUANTITY"}, {"1000 years", "QUANTITY"}}));
  EXPECT_EQ(FindIn("They watched 28 Days Later."), (Found{{"28", "QUANTITY"}}));  // a title's word
}

TEST(RulesTest, AScoreIsNoQuantity) {
  // Sports pages: every score ("81-65", "6-3") was a quantity in the Numbers group.
  EXPECT_EQ(FindIn("They won 81-65 after a 14-7 lead and a 1-1 draw, with 10-20 fans there."),
            (Found{{"10-20", "QUANTITY"}}));  // a range rises
}

TEST(RulesTest, ASpanOfYearsIsADate) {
  // "the 2014-15 season" was a quantity.
  EXPECT_EQ(
      FindIn("In the 2014-15 season, as in 1939-45 and 1999-00, call 1234-56."),
      (Found{
          {"2014-15", "DATE"}, {"1939-45", "DATE"}, {"1999-00", "DATE"}, {"1234-56", "QUANTITY"}}));
}

TEST(RulesTest, IdentifiersAreNoQuantities) {
  // Real pages: ranks, chapters, versions and the numbers of web addresses filled the Numbers
  // group (issue #16: section and list numbers are no entities).
  EXPECT_EQ(FindIn("No. 7 Georgetown won; see Chapter 3, version 4.9.3 and "
                   "http://english.cri.cn/7146/2012/08/06/a.htm for 5 more."),
            (Found{{"5", "QUANTITY"}}));
  EXPECT_EQ(FindIn("On 11.05.2012 an article: 60% of readers agreed."),
            (Found{{"11.05.2012", "DATE"}, {"60%", "PERCENT"}}));
  EXPECT_EQ(FindIn("Speeds reach 0.3-0.5 megabits."), (Found{{"0.3-0.5", "QUANTITY"}}));
  // A label with "#" or a handle is no amount either: "Issue #3", "@fan42".
  EXPECT_EQ(FindIn("Issue #3 reached @fan42 and 9 readers."), (Found{{"9 readers", "QUANTITY"}}));
}

TEST(RulesTest, MayIsADateOnlyBeforeADay) {
  EXPECT_EQ(FindIn("Prices may rise."), Found{});
  EXPECT_EQ(FindIn("It ends May 3."), (Found{{"May 3", "DATE"}}));
}

TEST(RulesTest, Money) {
  EXPECT_EQ(FindIn("Profit jumped to $1.13bn (\xC2\xA3"
                   "600m) from $639m."),
            (Found{{"$1.13bn", "MONEY"},
                   {"\xC2\xA3"
                    "600m",
                    "MONEY"},
                   {"$639m", "MONEY"}}));
  EXPECT_EQ(FindIn("It costs $5 million or 40 euros."),
            (Found{{"$5 million", "MONEY"}, {"40 euros", "MONEY"}}));
  EXPECT_EQ(FindIn("A fee of \xE2\x82\xAC"
                   "20 applies."),
            (Found{{"\xE2\x82\xAC"
                    "20",
                    "MONEY"}}));
}

// A trial's page had "Rs 90 crore" as an organisation "Rs" and a bare "90".
TEST(RulesTest, MoneyInRupeesAndOtherCurrencies) {
  EXPECT_EQ(FindIn("The party had loaned Rs 90 crore to the paper."),
            (Found{{"Rs 90 crore", "MONEY"}}));
  EXPECT_EQ(FindIn("A car for Rs 1.3 lakh, a plan of Rs 1.5 lakh crore."),
            (Found{{"Rs 1.3 lakh", "MONEY"}, {"Rs 1.5 lakh crore", "MONEY"}}));
  EXPECT_EQ(FindIn("It paid HK$20, NZ$437 million and INR 500, not 40 million USD."),
            (Found{{"HK$20", "MONEY"},
                   {"NZ$437 million", "MONEY"},
                   {"INR 500", "MONEY"},
                   {"40 million USD", "MONEY"}}));
  EXPECT_EQ(FindIn("A fee of \xE2\x82\xB9"
                   "900 million, or \xE2\x82\xAC 60 billion, or 4,500 rand."),
            (Found{{"\xE2\x82\xB9"
                    "900 million",
                    "MONEY"},
                   {"\xE2\x82\xAC 60 billion", "MONEY"},
                   {"4,500 rand", "MONEY"}}));
  // A code is money only in capitals, and "PHP 7.4" is a language's version.
  EXPECT_EQ(FindIn("Update to PHP 7.4 and try 5 usd."),
            (Found{{"7.4", "QUANTITY"}, {"5", "QUANTITY"}}));
  // A trial's page: Korea's won after a scale, in a sentence about money; not the verb.
  EXPECT_EQ(FindIn("Samsung said it earned 2.212 trillion won in the quarter."),
            (Found{{"2.212 trillion won", "MONEY"}}));
  EXPECT_EQ(FindIn("Of 3 million entrants, 2 million won prizes."),
            (Found{{"3 million entrants", "QUANTITY"}, {"2 million", "QUANTITY"}}));
}

// A trial's page had "45°C" as a bare "45".
TEST(RulesTest, QuantitiesKeepTheirUnits) {
  EXPECT_EQ(FindIn("It was 45\xC2\xB0"
                   "C in Delhi, 113 \xC2\xB0"
                   "F by noon and 40 degrees Celsius at night."),
            (Found{{"45\xC2\xB0"
                    "C",
                    "QUANTITY"},
                   {"113 \xC2\xB0"
                    "F",
                    "QUANTITY"},
                   {"40 degrees Celsius", "QUANTITY"}}));
  EXPECT_EQ(FindIn("Bake at 350 degrees F on a 360\xC2\xB0 turntable."),
            (Found{{"350 degrees F", "QUANTITY"}, {"360\xC2\xB0", "QUANTITY"}}));
  EXPECT_EQ(FindIn("It covers 27,000 square miles and 68 cubic feet, uses 20 kWh at 3 GHz."),
            (Found{{"27,000 square miles", "QUANTITY"},
                   {"68 cubic feet", "QUANTITY"},
                   {"20 kWh", "QUANTITY"},
                   {"3 GHz", "QUANTITY"}}));
  EXPECT_EQ(FindIn("The lead grew 1.5 percentage points."),
            (Found{{"1.5 percentage points", "PERCENT"}}));
  // A unit follows its number with nothing but a space, a fraction or a plus between.
  EXPECT_EQ(FindIn("In 2005, MG Rover shut; add 1 \xC2\xBD cups after 20+ years."),
            (Found{{"2005", "DATE"}, {"1 \xC2\xBD cups", "QUANTITY"}, {"20+ years", "QUANTITY"}}));
}

// From a trial's pages: "370,000" and "86" said nothing without the people and the cases they
// count. A name after the number stays the tagger's; a verb, "1" and a date's number count none.
// From a trial's pages: "Level 3" nineteen times and "BA.2" three times were bare quantities.
TEST(RulesTest, LevelsStagesAndDottedNamesAreNoAmounts) {
  EXPECT_EQ(FindIn("Cork moves to Level 3 and Phase 2 as BA.2 spreads; 5 counties wait."),
            (Found{{"5 counties", "QUANTITY"}}));
}

TEST(RulesTest, ACountKeepsTheNounItCounts) {
  EXPECT_EQ(FindIn("The camps hold 370,000 people, with 86 cholera cases in the last 10 games."),
            (Found{{"370,000 people", "QUANTITY"},
                   {"86 cholera cases", "QUANTITY"},
                   {"10 games", "QUANTITY"}}));
  EXPECT_EQ(
      FindIn("It houses 270,000 Israelis; of 5 is 3 more, add 1 more school."),
      (Found{{"270,000", "QUANTITY"}, {"5", "QUANTITY"}, {"3", "QUANTITY"}, {"1", "QUANTITY"}}));
  EXPECT_EQ(FindIn("It is the newest release of the 3.6 series."), (Found{{"3.6", "QUANTITY"}}));
  EXPECT_EQ(FindIn("They polled 12 national polls and 2 million voters."),
            (Found{{"12 national polls", "QUANTITY"}, {"2 million voters", "QUANTITY"}}));
}

// From a trial's pages: a phone number and a team's record as amounts, a risk of one in
// 125,000 as "1" and "125,000", a spoken 13.4% as "4 percent", a 2000-calorie diet as a year.
TEST(RulesTest, TelephonesRecordsRisksAndSpokenDecimals) {
  EXPECT_EQ(FindIn("Call the office at 905-502-7788; the team is 19-3-3 this season."), Found{});
  EXPECT_EQ(FindIn("It is a 1/125,000 risk."), (Found{{"1/125,000", "QUANTITY"}}));
  EXPECT_EQ(FindIn("The rate is 13 point 4 percent."), (Found{{"13 point 4 percent", "PERCENT"}}));
  EXPECT_EQ(FindIn("Values are based on a 2000 calorie diet."),
            (Found{{"2000 calorie", "QUANTITY"}}));
}

// From a trial's pages: a street number as a date ("1150 15th Street NW"), a ZIP code, a phone's
// extension, page numbers and some 40 bug numbers as amounts.
TEST(RulesTest, AddressesPagesAndNumberedThingsAreNoAmounts) {
  EXPECT_EQ(FindIn("Write to 1150 15th Street NW, Washington, D.C. 20071, or ext. 210 at 43 "
                   "Alfred St. in Austin, TX 78701."),
            Found{});
  EXPECT_EQ(FindIn("See Bug 1553982 and the proof on p. 234; Flight 370 left with 200 people."),
            (Found{{"200 people", "QUANTITY"}}));
  EXPECT_EQ(FindIn("In 2004, Coronation Street won; the S&P 500 fell; Officer 5 Reggie Lane."),
            (Found{{"2004", "DATE"}, {"500", "QUANTITY"}, {"5", "QUANTITY"}}));
}

TEST(RulesTest, PercentTimeAndQuantity) {
  EXPECT_EQ(FindIn("Profits rose 76% and costs 5 per cent."),
            (Found{{"76%", "PERCENT"}, {"5 per cent", "PERCENT"}}));
  EXPECT_EQ(FindIn("At 5 p.m. the shop shut; it reopened at 10:30."),
            (Found{{"5 p.m.", "TIME"}, {"10:30", "TIME"}}));
  // Wire-service clock times before a zone are times, not years.
  EXPECT_EQ(FindIn("Trading closed at 1600 GMT, as in 1999."),
            (Found{{"1600", "TIME"}, {"1999", "DATE"}}));
  EXPECT_EQ(
      FindIn("About 90,000 troops and 3 million people crossed 12 km."),
      (Found{
          {"90,000 troops", "QUANTITY"}, {"3 million people", "QUANTITY"}, {"12 km", "QUANTITY"}}));
}

}  // namespace
}  // namespace precis::entities
