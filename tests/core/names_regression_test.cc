// Errors users saw on real articles (issue 16), each rebuilt from sentences written for this test
// and checked through the whole pipeline (Summarize): names of the right type or none, one type
// per name, groups a reader trusts, numbers with their units.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "precis/precis.h"

namespace precis {
namespace {

struct Names {
  Result result;

  // The types given to exactly this text (every mention), in document order.
  std::vector<std::string> TypesOf(const std::string& text) const {
    std::vector<std::string> out;
    for (const Entity& e : result.entities) {
      if (e.text == text) out.emplace_back(EntityTypeName(e.type));
    }
    return out;
  }
  bool Any(const std::string& text) const { return !TypesOf(text).empty(); }
  // Whether some entity's text contains `word`.
  bool AnyContaining(const std::string& word) const {
    return std::any_of(result.entities.begin(), result.entities.end(),
                       [&](const Entity& e) { return e.text.find(word) != std::string::npos; });
  }
  const Group* GroupOf(const std::string& text) const {
    for (const Entity& e : result.entities) {
      if (e.text == text) return &result.groups[static_cast<size_t>(e.group)];
    }
    return nullptr;
  }
};

Names NamesOf(const std::string& text) {
  auto r = Summarize(text, Options());
  EXPECT_TRUE(r.ok()) << r.status().message();
  return {r.ok() ? r.value() : Result()};
}

using Types = std::vector<std::string>;

TEST(NamesRegressionTest, AClinicIsAnOrganisationAndIllnessesAreNotNames) {
  const Names n = NamesOf(
      "Doctors at the Mayo Clinic in Rochester said flu cases rose sharply this winter. Patients "
      "with influenza and asthma filled the wards for weeks. A postdoc who studies lymphoid cells "
      "said stamina matters as much as medicine. Phase two of the trial starts in March.");
  // Found whole and never a person (the issue's error). Its type is wrong again since stop 28:
  // the head word "Clinic" made it an organisation in stop 25, but GloVe's classes put "mayo"
  // with Ireland's counties (County Mayo), and a place it is.
  const Types mayo = n.TypesOf("Mayo Clinic");
  ASSERT_EQ(mayo.size(), 1u);
  EXPECT_NE(mayo[0], "PERSON");
  for (const char* word : {"influenza", "asthma", "postdoc", "lymphoid", "stamina", "Phase"}) {
    EXPECT_FALSE(n.AnyContaining(word)) << word;
  }
}

TEST(NamesRegressionTest, KitchenWordsAndAGreetingAreNotNames) {
  const Names n = NamesOf(
      "Hello and welcome back to the kitchen.\n\n"
      "Add the ginger and cinnamon, then pour the hot jam into jelly jars. The broth gives the "
      "dish its umami. In the street outside, rioters threw petrol bombs at a bakery.");
  for (const char* word : {"Hello", "ginger", "cinnamon", "jelly", "umami", "petrol"}) {
    EXPECT_FALSE(n.AnyContaining(word)) << word;
  }
}

TEST(NamesRegressionTest, InterjectionsOpeningASentenceAreNotNames) {
  // Real pages gave "Oh" as a place (17 of the 3,414 dev texts), "Phew" and "Yep" as persons.
  const Names n = NamesOf(
      "Oh, and the mayor of Springfield said the budget would pass. Phew, that was close for the "
      "council. Yep, the plan is ready, said Anna Keller.");
  for (const char* word : {"Oh", "Phew", "Yep"}) EXPECT_FALSE(n.Any(word)) << word;
  EXPECT_TRUE(n.Any("Springfield"));
  EXPECT_TRUE(n.Any("Anna Keller"));
}

TEST(NamesRegressionTest, APersonKeepsOneTypeAndOneGroup) {
  const Names n = NamesOf(
      "WikiLeaks founder Julian Assange has lost his appeal against extradition. The High Court "
      "in London ruled that Mr Assange could be sent to face trial. Supporters of Assange "
      "gathered outside. Assange, 52, has been held in Belmarsh prison since 2019.");
  EXPECT_EQ(n.TypesOf("Julian Assange"), Types{"PERSON"});
  EXPECT_FALSE(n.Any("Mr Assange"));  // the title is not part of the name
  EXPECT_EQ(n.TypesOf("Assange"), (Types{"PERSON", "PERSON", "PERSON"}));
  ASSERT_NE(n.GroupOf("Assange"), nullptr);
  EXPECT_EQ(n.GroupOf("Assange")->name, "Julian Assange");
  EXPECT_EQ(n.GroupOf("Assange")->mentions, 4);
}

TEST(NamesRegressionTest, ATitledSurnameIsAPersonAndACityAPlace) {
  // "Mr. Rudolph" was a place on one page; these sentences never reproduced that, so they only
  // guard it. "Cleveland" was an organisation and MISC here: now one type for both mentions,
  // though still ORG (CoNLL-2003's baseball results teach "Cleveland" as a team): a known
  // remaining error.
  const Names n = NamesOf(
      "The bomber was caught after five years on the run. Eric Rudolph had hidden in the "
      "mountains of North Carolina. Investigators said Mr. Rudolph lived on acorns and stolen "
      "food. Cleveland officials praised the arrest, and the Cleveland police chief said it was a "
      "relief.");
  EXPECT_EQ(n.TypesOf("Rudolph"), Types{"PERSON"});
  const Types cleveland = n.TypesOf("Cleveland");
  ASSERT_EQ(cleveland.size(), 2u);
  EXPECT_EQ(cleveland[0], cleveland[1]);
}

TEST(NamesRegressionTest, AColumnNameIsNoPlaceAndASagaNoName) {
  const Names column = NamesOf(
      "The Fact Checker gave the claim four Pinocchios. As the Fact Checker noted, the numbers "
      "did not add up.");
  EXPECT_FALSE(column.Any("Checker"));  // a part of the column's name is no name of its own
  const Names saga = NamesOf(
      "The Brexit saga dragged on for years. Saga after saga followed the vote. Few expected the "
      "saga to end quietly, but the saga did.");
  EXPECT_FALSE(saga.AnyContaining("saga"));
  EXPECT_FALSE(saga.Any("Saga"));
}

TEST(NamesRegressionTest, WeightsAndHeightsKeepTheirUnits) {
  const Names n = NamesOf(
      "The fighter weighed 243 pounds before the bout. The tower is 1000 feet tall and took "
      "three years to build. Fans paid 500 pounds for a ticket.");
  EXPECT_EQ(n.TypesOf("243 pounds"), Types{"QUANTITY"});
  EXPECT_EQ(n.TypesOf("1000 feet"), Types{"QUANTITY"});
  EXPECT_FALSE(n.Any("1000"));
  EXPECT_EQ(n.TypesOf("500 pounds"), Types{"MONEY"});
}

TEST(NamesRegressionTest, DifferentFirstNamesNeverMerge) {
  const Names n = NamesOf(
      "Joe Biden spoke to reporters on Monday. His son Hunter Biden did not attend the event. "
      "Hunter Biden later said he was proud of his father. Biden did not take questions.");
  const Group* joe = n.GroupOf("Joe Biden");
  const Group* hunter = n.GroupOf("Hunter Biden");
  ASSERT_NE(joe, nullptr);
  ASSERT_NE(hunter, nullptr);
  EXPECT_NE(joe, hunter);
  EXPECT_EQ(joe->mentions, 1);
  EXPECT_EQ(hunter->mentions, 2);
  if (const Group* bare = n.GroupOf("Biden")) {  // "Biden" alone fits both: it joins neither
    EXPECT_NE(bare, joe);
    EXPECT_NE(bare, hunter);
  }
}

TEST(NamesRegressionTest, AShorterNameEndingAFullNameJoinsIt) {
  // A real page: "Michael Forrest Jones" x1 and "Forrest Jones" x6 were two groups, and "Jones"
  // alone fitted both, so it joined neither; on 657 real texts "Van Rompuy", "bin Laden", "de
  // Villiers", "Perez Molina" were groups apart from the full names.
  const Names n = NamesOf(
      "Zeev Sharon and Michael Forrest Jones both run hotel start-ups in the US. Forrest Jones "
      "runs a company that advises hotel owners. Forrest Jones said the sheets are rarely "
      "changed. Jones added that the glasses are never washed. Joe Biden spoke on Monday. Hunter "
      "Biden did not. Biden left early.");
  const Group* full = n.GroupOf("Michael Forrest Jones");
  ASSERT_NE(full, nullptr);
  EXPECT_EQ(n.GroupOf("Forrest Jones"), full);
  EXPECT_EQ(n.GroupOf("Jones"), full);
  EXPECT_EQ(full->mentions, 4);
  EXPECT_NE(n.GroupOf("Joe Biden"), n.GroupOf("Hunter Biden"));  // no suffix of one another
}

TEST(NamesRegressionTest, ASurnameJoinsAFullNameWithAMiddleInitial) {
  // Seen on a court report: "Kent J. Dawson" x2 and "Dawson" x34 were two groups.
  const Names n = NamesOf(
      "Judge Kent J. Dawson heard the case in Las Vegas on Monday. Dawson said the filing was "
      "late. Lawyers for the state asked Dawson to dismiss it, and Dawson agreed.");
  const Group* full = n.GroupOf("Kent J. Dawson");
  ASSERT_NE(full, nullptr);
  EXPECT_EQ(n.GroupOf("Dawson"), full);
  EXPECT_EQ(full->name, "Kent J. Dawson");
  EXPECT_EQ(full->mentions, 4);
}

TEST(NamesRegressionTest, HeadingWordsAndListNumbersStayOutOfNames) {
  const Names n = NamesOf(
      "What we learned from the hearing\n\n"
      "1. The colonel spoke first\n\n"
      "Alexander Vindman told the committee he had been alarmed by the call. Vindman said he "
      "reported it to a lawyer the same day.\n\n"
      "4. Questioning Vindman's judgment\n\n"
      "Republicans asked whether Vindman had leaked details of the call. Vindman denied it.");
  EXPECT_FALSE(n.AnyContaining("Questioning"));
  ASSERT_NE(n.GroupOf("Vindman"), nullptr);
  EXPECT_EQ(n.GroupOf("Vindman")->name, "Alexander Vindman");
  EXPECT_EQ(n.GroupOf("Vindman")->type, EntityType::kPerson);
  EXPECT_FALSE(n.Any("1"));
  EXPECT_FALSE(n.Any("4"));
}

TEST(NamesRegressionTest, AnAmbassadorIsOnePersonInOneGroup) {
  const Names n = NamesOf(
      "Gordon Sondland, the US ambassador to the European Union, testified for seven hours. "
      "Sondland said he had followed the president's orders. Under questioning, Gordon said he "
      "did not recall the call. Democrats said Sondland's account changed twice. European Union "
      "Ambassador Gordon Sondland was appointed in 2018.");
  EXPECT_FALSE(n.AnyContaining("Union Ambassador"));
  EXPECT_FALSE(n.AnyContaining("Union Gordon"));
  const Group* person = n.GroupOf("Gordon Sondland");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->type, EntityType::kPerson);
  EXPECT_EQ(n.TypesOf("Sondland"), (Types{"PERSON", "PERSON"}));
  EXPECT_EQ(n.TypesOf("Gordon"), Types{"PERSON"});
  EXPECT_EQ(n.GroupOf("Sondland"), person);
  EXPECT_EQ(n.GroupOf("Gordon"), person);  // one full name starts with it: the same person
  EXPECT_EQ(person->mentions, 5);
}

TEST(NamesRegressionTest, AnOrganisationHasOneType) {
  const Names n = NamesOf(
      "Evidence Action Beta is the incubator of the charity Evidence Action. Beta tests programs "
      "before they scale. Evidence Action Beta said in a statement that its new program would "
      "launch in Malawi. Karen Levy, who runs Evidence Action Beta, said the team had learned a "
      "lot. According to Evidence Action Beta, costs fell by half.");
  for (const Entity& e : n.result.entities) {
    if (e.text.find("Beta") != std::string::npos) EXPECT_NE(e.type, EntityType::kPerson) << e.text;
  }
  // One type for every mention (the issue's error: person ×5 and organisation ×4). Since stop
  // 28's model the name is found as "Evidence Action" and "Beta", both organisations, where it
  // was one name before: a known error.
  std::vector<EntityType> types;
  for (const Entity& e : n.result.entities) {
    if (e.text.find("Evidence") != std::string::npos || e.text.find("Beta") != std::string::npos) {
      types.push_back(e.type);
    }
  }
  ASSERT_GE(types.size(), 5u);
  EXPECT_EQ(std::count(types.begin(), types.end(), types[0]), static_cast<long>(types.size()));
}

TEST(NamesRegressionTest, CompaniesOfTheWebAreOrganisations) {
  // Single unfamiliar words that CoNLL-2003's 1996 newswire never saw: the tagger took them for
  // surnames or towns until a list of company names (gen-ner-gazetteer.mjs) told it otherwise.
  const Names n = NamesOf(
      "Huawei denied the claims on Tuesday. A post on Reddit said the app had been down for "
      "hours, and Airbnb declined to comment. TikTok is banned on government phones.");
  for (const char* name : {"Huawei", "Reddit", "TikTok"}) {
    EXPECT_EQ(n.TypesOf(name), Types{"ORG"}) << name;
  }
  // A known remaining error: "Airbnb declined to comment" is still a person, the context (a
  // surname's in most of CoNLL's sentences) outweighing the list.
}

TEST(NamesRegressionTest, AnAcronymsPluralIsNoName) {
  // A real page: "With the power of 12,000 desktop PCs, the machine…" gave "PCs" as a name.
  const Names n = NamesOf(
      "With the power of 12,000 desktop PCs, the new machine is the fastest in Europe. Several "
      "NGOs and two MPs visited the lab in Edinburgh on Monday, and the BBC filmed them.");
  for (const char* word : {"PCs", "NGOs", "MPs"}) EXPECT_FALSE(n.Any(word)) << word;
  EXPECT_EQ(n.TypesOf("BBC"), Types{"ORG"});
}

TEST(NamesRegressionTest, ATimeZoneIsNoOrganisation) {
  // A real page: "10:00 a.m. PDT … 5 p.m. UTC" gave two organisations. CoNLL-2003 tags "GMT" MISC.
  const Names n = NamesOf(
      "The update goes live on Tuesday at 10:00 a.m. PDT, which is 5 p.m. UTC, the studio said. "
      "Markets in London closed at 1600 GMT. It was posted at 10:11 pm CST.");
  for (const char* zone : {"PDT", "UTC", "GMT", "CST"}) {  // "CST" is a company's too
    for (const std::string& type : n.TypesOf(zone)) EXPECT_EQ(type, "MISC") << zone;
  }
}

TEST(NamesRegressionTest, PageAndSectionNumbersAreNotEntities) {
  const Names n = NamesOf(
      "The council approved the budget on Tuesday after a long debate. Members said the plan "
      "would cut waiting times.\n\n"
      "Pages 2 3 4 5 6 7\n\n"
      "The mayor thanked 12 volunteers who had counted the votes.");
  for (const char* number : {"2", "3", "4", "5", "6", "7"}) EXPECT_FALSE(n.Any(number)) << number;
  EXPECT_TRUE(n.Any("12 volunteers"));
}

TEST(NamesRegressionTest, ANameEndingInItsNumberKeepsIt) {
  // CoNLL-2003's "Euro 96" and "FTSE 100" were lost through `precis batch`: the number rules
  // took the number, and a name overlapping a number was dropped. A count stays a number.
  const Names n = NamesOf(
      "Microsoft cut the price of the Xbox 360 on Monday. Shearer was the top scorer at Euro 96 "
      "in London. The FTSE 100 index fell 2% while the Dow rose. Sony sold 360 consoles in the "
      "first hour. Ludeke has a lot of responsibility ahead of the Super 14 games, especially as "
      "the "
      "Bulls are the champions.");
  EXPECT_EQ(n.TypesOf("Xbox 360"), Types{"MISC"});
  EXPECT_EQ(n.TypesOf("Euro 96"), Types{"MISC"});
  EXPECT_EQ(n.TypesOf("FTSE 100"), Types{"MISC"});
  EXPECT_EQ(n.TypesOf("Super 14"), Types{"MISC"});  // "games" counted past the name
  EXPECT_EQ(n.TypesOf("360 consoles"), Types{"QUANTITY"});
  EXPECT_FALSE(n.Any("96"));
  EXPECT_FALSE(n.Any("100"));
}

TEST(NamesRegressionTest, AFunctionWordWithItsCliticIsNoName) {
  // Quoted first-person speech: "I'm" (one token with its clitic) was an organisation in 46 of
  // 935 real texts. Like "I" or "We" alone, it names nothing.
  const Names n = NamesOf(
      "The players took everything we had in the dressing room as souvenirs. I'm surprised I'm "
      "still in my shoes. But there's still a trophy to lift on Sunday, coach Dana Whitfield "
      "said. I’ve never seen fans like these. I’m told the bus leaves at noon, and I'd rather "
      "walk.");
  for (const char* word : {"I'm", "I’m", "I’ve", "I'd"}) {
    EXPECT_FALSE(n.AnyContaining(word)) << word;
  }
  EXPECT_EQ(n.TypesOf("Dana Whitfield"), Types{"PERSON"});
}

TEST(NamesRegressionTest, TheWebsCompaniesAreOrganisationsWhereverTheyStand) {
  // "on Facebook" reads like "on Tuesday" or "in Paris" to a tagger learnt from 1996 news; the
  // company lists know these names and nothing else (the model of stop 28 made them places).
  const Names n = NamesOf(
      "The council met on Tuesday after the flood. Residents posted photos on Facebook within "
      "minutes, and the mayor answered questions on Facebook live. Fans shared clips on YouTube "
      "and photos on Flickr.");
  for (const char* company : {"Facebook", "YouTube", "Flickr"}) {
    for (const std::string& type : n.TypesOf(company)) EXPECT_EQ(type, "ORG") << company;
  }
  EXPECT_FALSE(n.TypesOf("Facebook").empty());
  EXPECT_FALSE(n.TypesOf("YouTube").empty());
  // Stop 29's model no longer finds "photos on Flickr" at this sentence's end, as stop 28's did
  // (on 657 real texts Flickr is an organisation 39 times with both); a name list alone makes no
  // name, since the organisation lists also hold "Yes", "Net" and "Forever". A known miss,
  // checked so that a change is seen.
  EXPECT_TRUE(n.TypesOf("Flickr").empty());
}

TEST(NamesRegressionTest, ACompanyNamedWithACommonWordIsAnOrganisation) {
  // "twitter" is a common word to WordNet, so the company lists left "Twitter" out and "said on
  // Twitter" read like "said in Geneva": a place in the project's own sample article and on 17
  // mentions of 657 real texts. News writes the word capitalised nearly always (83%), and few
  // listed names hold it: the lists keep it as a company now.
  const Names n = NamesOf(
      "The ministers met in Brussels on Friday. 'We are united,' the mission said on Twitter. "
      "Critics replied on Twitter within the hour, and the foreign minister posted a video on "
      "Twitter before flying to Geneva.");
  EXPECT_FALSE(n.TypesOf("Twitter").empty());
  for (const std::string& type : n.TypesOf("Twitter")) EXPECT_EQ(type, "ORG");
  EXPECT_EQ(n.TypesOf("Geneva"), Types{"LOCATION"});
  // WordNet also knows "Yahoo" as one of Swift's brutes (a person) and the search engine: a
  // real page's "Yahoo" was a person 18 times.
  const Names y = NamesOf(
      "Late last week a reporter wrote about the appointment of the latest Yahoo executive, "
      "Adam Cole. He will oversee mobile for Yahoo and report to the chief executive.");
  EXPECT_FALSE(y.TypesOf("Yahoo").empty());
  for (const std::string& type : y.TypesOf("Yahoo")) EXPECT_EQ(type, "ORG");
}

TEST(NamesRegressionTest, AStormIsAnEventWhereverItIsNamed) {
  // "Hurricane Sandy" was a place, an organisation or a person, and the same page's "Sandy" a
  // place in one sentence and a person in the next (13 pages of 657 real texts). CoNLL-2003 tags
  // "Hurricane Edouard" as MISC without the storm word.
  const Names n = NamesOf(
      "The superstorm Sandy killed at least 113 people in the United States and Canada. Voters "
      "in the areas hit hardest by Sandy faced long lines. Typhoon Haiyan struck the "
      "Philippines on Friday, and Tropical Storm Erika dumped rain on Dominica. In the storm "
      "Smith lost his roof.");
  EXPECT_EQ(n.TypesOf("Sandy"), (Types{"MISC", "MISC"}));
  EXPECT_EQ(n.TypesOf("Haiyan"), Types{"MISC"});
  EXPECT_EQ(n.TypesOf("Erika"), Types{"MISC"});
  for (const char* word : {"Hurricane", "Typhoon", "Storm"}) EXPECT_FALSE(n.AnyContaining(word));
  EXPECT_EQ(n.TypesOf("Smith"), Types{"PERSON"});  // a lowercase "storm" names no storm
}

TEST(NamesRegressionTest, ADatelinesPlaceIsAPlace) {
  // A tester's real page: "KHAN YOUNIS, Gaza Strip (AP) —" made the city a person, and the vote
  // of one type per name carried that to "the southern city of Khan Younis". A wire story's
  // dateline names the place it was filed from.
  const Names n = NamesOf(
      "KHAN YOUNIS, Gaza Strip (AP) \u2014 Israeli strikes hit the southern city of Khan Younis on "
      "Tuesday, witnesses said. The army said it targeted militants.\n\nHOWELL, Mich. - Voters "
      "lined up early. UPDATE - The polls close at eight.");
  EXPECT_EQ(n.TypesOf("KHAN YOUNIS"), Types{"LOCATION"});
  EXPECT_EQ(n.TypesOf("Khan Younis"), Types{"LOCATION"});
  EXPECT_EQ(n.TypesOf("HOWELL"), Types{"LOCATION"});
  EXPECT_FALSE(n.Any("UPDATE"));  // a word in capitals before a dash is no dateline by itself
}

TEST(NamesRegressionTest, ATeamOrPaperWithoutItsPlaceIsTheSameOrganisation) {
  // A tester's real pages: "the Flames" was MISC ×8 beside "Calgary Flames", "Villa" a person
  // beside "Aston Villa", each in a group of its own.
  const Names n = NamesOf(
      "The Calgary Flames beat the Minnesota Wild 4-1 on Saturday. Jarome Iginla scored twice "
      "for the Flames, and the Wild never recovered. Aston Villa lost at home. Villa have now lost "
      "four games in a row. The Washington Post reported the story first; the Post said the deal "
      "was close.");
  for (const auto& [tail, full] :
       {std::pair{"Flames", "Calgary Flames"}, std::pair{"Wild", "Minnesota Wild"},
        std::pair{"Villa", "Aston Villa"}, std::pair{"Post", "Washington Post"}}) {
    EXPECT_EQ(n.TypesOf(tail), Types{"ORG"}) << tail;
    ASSERT_NE(n.GroupOf(tail), nullptr) << tail;
    EXPECT_EQ(n.GroupOf(tail), n.GroupOf(full)) << tail;
    EXPECT_EQ(n.GroupOf(tail)->name, full);
  }
}

TEST(NamesRegressionTest, AShortNameTwoOrganisationsEndWithJoinsNeither) {
  const Names n = NamesOf(
      "Manchester United drew with Newcastle United on Sunday. United had led at half-time. The "
      "European Commission and the Election Commission both wrote to the clubs. The Commission "
      "said more.");
  for (const char* name : {"Manchester United", "Newcastle United", "United", "European Commission",
                           "Election Commission", "Commission"}) {
    ASSERT_NE(n.GroupOf(name), nullptr) << name;
    EXPECT_EQ(n.GroupOf(name)->name, name);  // each its own group
  }
}

TEST(NamesRegressionTest, WordsWithoutACapitalAreNoNamesWhereCapitalsMeanSomething) {
  // Dev texts: an e-mail address and a web address were places, "25-man" an event.
  const Names n = NamesOf(
      "If you have a picture you'd like to share, email us at england@bbc.co.uk, post it on "
      "Facebook or tweet it to @BBCEngland. This new section of our Web site, at "
      "games.washingtonpost.com, will offer dozens of games. Falcao has been named in Chelsea's "
      "25-man squad.");
  for (const char* word : {"england@", "games.washingtonpost", "25-man"}) {
    EXPECT_FALSE(n.AnyContaining(word)) << word;
  }
  EXPECT_EQ(n.TypesOf("Facebook"), Types{"ORG"});
  // A line typed in lowercase keeps its names.
  const Names lower = NamesOf("We met him in Paris.\n\nwe flew to london with justin bieber");
  EXPECT_TRUE(lower.Any("justin bieber"));
  EXPECT_TRUE(lower.Any("london"));
}

TEST(NamesRegressionTest, ADashGluedToANameIsNoPartOfIt) {
  // A real page: "TORONTO (AP) -Raptors guard…" gave the organisation "-Raptors", a group apart
  // from "the Raptors".
  const Names n = NamesOf(
      "TORONTO (AP) -Raptors guard T.J. Ford was cleared to resume workouts on Wednesday. There is "
      "no timetable for his return to the Raptors.");
  EXPECT_FALSE(n.AnyContaining("-Raptors"));
  EXPECT_EQ(n.TypesOf("Raptors"), (Types{"ORG", "ORG"}));
  EXPECT_EQ(n.TypesOf("T.J. Ford"), Types{"PERSON"});
}

TEST(NamesRegressionTest, AHospitalOrLeagueNamedAfterAPlaceIsOneOrganisation) {
  // Real pages: "Massachusetts" a place and "Hospital" a person; "Barclays" and "League" apart.
  const Names n = NamesOf(
      "The governor's records were sent from Massachusetts General Hospital to another clinic. "
      "He was treated at Southampton General Hospital last year. Chelsea lead the Barclays "
      "Premier League.");
  EXPECT_EQ(n.TypesOf("Massachusetts General Hospital"), Types{"ORG"});
  EXPECT_EQ(n.TypesOf("Southampton General Hospital"), Types{"ORG"});
  EXPECT_EQ(n.TypesOf("Barclays Premier League"), Types{"ORG"});
  for (const char* word : {"Hospital", "League"}) EXPECT_FALSE(n.Any(word)) << word;
}

TEST(NamesRegressionTest, ANounOfRoleSaysWhatTheNameIs) {
  // Real pages: "rock band Coldplay" was a place; "guard T.J. Ford" an organisation.
  const Names n = NamesOf(
      "The rock band Coldplay played two encores. Fans of Coldplay queued all night. Prosecutors "
      "in Parma questioned him; he once played for the club Parma. Bening did not win the best "
      "supporting actress Academy Award.");
  EXPECT_EQ(n.TypesOf("Coldplay"), (Types{"ORG", "ORG"}));
  // A listed place named for a club keeps both: the city where the text means the city.
  EXPECT_EQ(n.TypesOf("Parma"), (Types{"LOCATION", "ORG"}));
  EXPECT_NE(n.TypesOf("Academy Award"), Types{"PERSON"});  // a category, not the actress
  // A work after "album", "film"… ("Mylo Xyloto" was a person), wherever the text names it.
  const Names works = NamesOf(
      "The band released their album Mylo Xyloto in October. Mike Leigh's film Vera Drake won "
      "three awards. Vera Drake was shot in London.");
  EXPECT_EQ(works.TypesOf("Mylo Xyloto"), Types{"MISC"});
  EXPECT_EQ(works.TypesOf("Vera Drake"), (Types{"MISC", "MISC"}));
  // Paintings, poems, ballets and programmes too (Wikipedia's arts pages: a person and places).
  const Names arts = NamesOf(
      "Critics praised the ballet Giselle and the painting Guernica. She read the poem Ozymandias "
      "on the BBC programme Newsnight.");
  for (const char* work : {"Giselle", "Guernica", "Ozymandias", "Newsnight"}) {
    EXPECT_EQ(arts.TypesOf(work), Types{"MISC"}) << work;
  }
}

TEST(NamesRegressionTest, AHandleOrAClockTimeIsNoName) {
  // Real pages: "@IraSchoffel" and "9:15AM" were places.
  const Names n = NamesOf(
      "Follow Ira Schoffel on Twitter at @IraSchoffel for updates. The session began at 9:15AM "
      "in Tallahassee.");
  EXPECT_FALSE(n.AnyContaining("@"));
  EXPECT_FALSE(n.AnyContaining("9:15"));
  EXPECT_EQ(n.TypesOf("Tallahassee"), Types{"LOCATION"});
}

TEST(NamesRegressionTest, ASurnameJoinsTheRunningTextsFullNameOverACaptionsOne) {
  // A real page: "Fisher" x11 stayed apart from "Jimbo Fisher" because a credit line named
  // "Eric Fisher". Two full names in running text still keep the surname apart (Biden).
  const Names n = NamesOf(
      "Florida State coach Jimbo Fisher said the team looked sharp on Tuesday.\n\nJimbo Fisher "
      "at practice. (Photo: Eric Fisher)\n\nFisher praised the linemen after practice. The "
      "players start at 5:30 every morning, and Fisher said he does not love the early start.");
  ASSERT_NE(n.GroupOf("Fisher"), nullptr);
  EXPECT_EQ(n.GroupOf("Fisher")->name, "Jimbo Fisher");
  EXPECT_EQ(n.GroupOf("Eric Fisher")->name, "Eric Fisher");
}

TEST(NamesRegressionTest, ANameEndingInFoundationOrUniversityIsAnOrganisation) {
  // A real page: "Juan Felipe Gomez Escobar Foundation" was a person; dev texts had "Brown
  // University" and "Leeds City Council" as places.
  const Names n = NamesOf(
      "The Juan Felipe Gomez Escobar Foundation runs schools in Cartagena. She studied at Brown "
      "University before joining Leeds City Council. Her husband works for Atrius Healthcare, a "
      "multi-specialty group.");
  for (const char* name : {"Juan Felipe Gomez Escobar Foundation", "Brown University",
                           "Leeds City Council", "Atrius Healthcare"}) {
    EXPECT_EQ(n.TypesOf(name), Types{"ORG"}) << name;
  }
  EXPECT_EQ(n.TypesOf("Cartagena"), Types{"LOCATION"});
}

TEST(NamesRegressionTest, OneWordWithACapitalInsideNamesACompanyOrItsProduct) {
  // Real pages: "TEDxOsaka" and "CompTIA" were places, "EverQuest" and "VirnetX" persons; a
  // surname with its particle stays a person.
  const Names n = NamesOf(
      "The scope of these games - like Warcraft, EverQuest, Ultima among others - is epic. "
      "Leonardo "
      "DiCaprio said DiCaprio fans would love it.");
  EXPECT_EQ(n.TypesOf("EverQuest"), Types{"ORG"});
  EXPECT_FALSE(n.TypesOf("DiCaprio").empty());
  for (const std::string& type : n.TypesOf("DiCaprio")) EXPECT_EQ(type, "PERSON");
}

TEST(NamesRegressionTest, AFormOfAddressMakesAPerson) {
  // Real texts: "Lord Bao" and "Lord Woolf" were places, "Mr Balls" and "Mrs Eaves"
  // organisations; "DR Congo" and "Lord Chancellor" are no persons.
  const Names n = NamesOf(
      "The case was heard by Lord Woolf, and Mr Balls said the ruling was fair. Lord Woolf "
      "agreed. Fans of DR Congo cheered, and the Lord Chancellor spoke.");
  EXPECT_EQ(n.TypesOf("Woolf"), (Types{"PERSON", "PERSON"}));
  EXPECT_EQ(n.TypesOf("Balls"), Types{"PERSON"});
  EXPECT_FALSE(n.Any("Congo"));
  EXPECT_FALSE(n.Any("Chancellor"));
}

TEST(NamesRegressionTest, ANamesOwnNumberDayWordOrBracketStaysInIt) {
  // Names lost or cut through `precis batch` on CoNLL-2003 dev: the number and date rules took
  // "95", "1997" and "Sunday"/"March" and the name overlapping them was dropped; a club's town
  // in brackets lost its closing bracket; a heading in sentence case and a byline lost a name's
  // capitalised common words ("Major", "Fine") as if they were Title Case.
  const Names n = NamesOf(
      "Traffic slowed on Interstate 95 near Baltimore on Friday, and police closed the bridge "
      "for an hour. The Sunday Times said the Million Man March drew crowds to Washington.\n\n"
      "Results of Major League Baseball games played on Thursday:\n"
      "Cleveland beat Texas 5-3 in the late game.\n\n"
      "Division B standings\n"
      "Mladost (BJ) 4 0 1 3 2 10\n"
      "Sloboda 4 1 0 3 1 7\n\n"
      "Larry Fine\n"
      "The reporter covered the 1997 Fed Cup in Nice for the paper.");
  EXPECT_EQ(n.TypesOf("Interstate 95"), Types{"LOCATION"});
  EXPECT_EQ(n.TypesOf("Sunday Times"), Types{"ORG"});
  EXPECT_EQ(n.TypesOf("Million Man March"), Types{"MISC"});
  EXPECT_EQ(n.TypesOf("Major League Baseball"), Types{"MISC"});
  EXPECT_EQ(n.TypesOf("Mladost (BJ)"), Types{"ORG"});
  EXPECT_EQ(n.TypesOf("Larry Fine"), Types{"PERSON"});
  EXPECT_EQ(n.TypesOf("1997 Fed Cup"), Types{"MISC"});
  EXPECT_EQ(n.TypesOf("Friday"), Types{"DATE"});  // a day alone stays a date
  EXPECT_FALSE(n.Any("95"));
  EXPECT_FALSE(n.Any("March"));
}

TEST(NamesRegressionTest, ARegnalNumberIsPartOfTheName) {
  // "Pope John Paul II" was two persons, "John Paul" and "II".
  const Names n = NamesOf(
      "Pope John Paul II visited Warsaw in June, and the crowds sang for hours. Later that "
      "year he met Queen Elizabeth II at Windsor.");
  EXPECT_EQ(n.TypesOf("John Paul II"), Types{"PERSON"});
  EXPECT_FALSE(n.Any("II"));
}

TEST(NamesRegressionTest, AnArchivedWireDatelineNamesAPlaceAndItsDateIsADate) {
  // Wire copy as archived puts the date where the dash was ("NICE, France 1996-08-30"): the
  // club's town was an organisation there, as in the headline, and the date a quantity.
  const Names n = NamesOf(
      "SOCCER - BARATELLI TO COACH NICE.\n"
      "NICE, France 1996-08-30\n"
      "Former international goalkeeper Dominique Baratelli is to coach Nice, the club said on "
      "Friday. Nice finished 14th last season, with a score of 2012-10-45 points.");
  const Types nice = n.TypesOf("NICE");
  ASSERT_EQ(nice.size(), 2u);
  EXPECT_EQ(nice[1], "LOCATION");  // the dateline's
  EXPECT_EQ(n.TypesOf("1996-08-30"), Types{"DATE"});
  EXPECT_EQ(n.TypesOf("2012-10-45"), Types{});  // no day 45: three groups are a code
}

TEST(NamesRegressionTest, ASalutationAndAnEditorsBracketsAreNoHalfOfAName) {
  // A trial's letter to a columnist: "Dear George" a person of its own, "Todd] Akin" and
  // "Rick] Santorum" with half a bracket.
  const Names n = NamesOf(
      "Dear George, I read your column about the election with interest. George Will has "
      "argued that [Todd] Akin was wrong, and no-pills [Rick] Santorum agreed with him. Todd "
      "Akin did not answer.");
  EXPECT_FALSE(n.Any("Dear George"));
  EXPECT_FALSE(n.Any("Todd] Akin"));
  EXPECT_FALSE(n.Any("Rick] Santorum"));
  EXPECT_EQ(n.TypesOf("[Todd] Akin"), Types{"PERSON"});
  EXPECT_EQ(n.TypesOf("[Rick] Santorum"), Types{"PERSON"});
}

TEST(NamesRegressionTest, ACurrencyTheTaggerNamesKeepsItsNameBeforeTheAmount) {
  // With "C$ 0.45" read as money whole, CoNLL-2003's MISC "C$" was lost (7 of its dev names).
  const Names n = NamesOf(
      "Canada's 8.0 percent bond due 2023 fell C$ 0.45 to C$ 101.15 to yield 7.894 percent. "
      "NSW Treasury launched a A$ 100 million three-year discount bond.");
  EXPECT_EQ(n.TypesOf("C$"), (Types{"MISC", "MISC"}));
  EXPECT_EQ(n.TypesOf("0.45"), Types{"MONEY"});
  EXPECT_EQ(n.TypesOf("100 million"), Types{"MONEY"});
}

TEST(NamesRegressionTest, ACityInAStandingsTableIsATeam) {
  // CoNLL-style standings: "NEW YORK" was a place among teams the tagger called organisations.
  const Names n = NamesOf(
      "AMERICAN LEAGUE STANDINGS\n"
      "NEW YORK 74 59 .556 -\n"
      "BALTIMORE 70 63 .526 4\n"
      "BOSTON 69 65 .515 5 1/2\n"
      "TORONTO 63 71 .470 11 1/2\n\n"
      "The Yankees flew home to New York on Monday.");
  EXPECT_EQ(n.TypesOf("NEW YORK"), Types{"ORG"});
  EXPECT_EQ(n.TypesOf("BALTIMORE"), Types{"ORG"});
  EXPECT_EQ(n.TypesOf("New York"), Types{"LOCATION"});  // the city, in running text
}

TEST(NamesRegressionTest, SmallTownsInAListOfPlacesArePlaces) {
  // XSum dev: unknown Scottish towns were persons and organisations among listed ones.
  const Names n = NamesOf(
      "The most improved towns were Anstruther, Clydebank, Dumfries, Inverkeithing, Lochgelly, "
      "Peterhead and Pitlochry. The Quartet - the US, EU, Russia and UN - met in June.");
  for (const char* town : {"Anstruther", "Clydebank", "Inverkeithing", "Lochgelly", "Pitlochry"}) {
    EXPECT_EQ(n.TypesOf(town), Types{"LOCATION"}) << town;
  }
  EXPECT_EQ(n.TypesOf("EU"), Types{"ORG"});  // a body in capitals stays one
}

TEST(NamesRegressionTest, InitialsSpelledApartStayWithTheName) {
  // Wikipedia text: "H. P. Lovecraft" was "P. Lovecraft", the first initial lost.
  const Names n = NamesOf(
      "He admired the stories of H. P. Lovecraft and read them twice. Later, T. P. Gajendran "
      "joined the board. \"We have work,\" Stanley R. Crooks, the tribe's president, said.");
  EXPECT_EQ(n.TypesOf("H. P. Lovecraft"), Types{"PERSON"});
  EXPECT_EQ(n.TypesOf("T. P. Gajendran"), Types{"PERSON"});
  EXPECT_FALSE(n.Any("P. Lovecraft"));
  EXPECT_EQ(n.TypesOf("Stanley R. Crooks"), Types{"PERSON"});  // was "Stanley" + "R. Crooks"
}

TEST(NamesRegressionTest, ABodyOrPlaceOfANameIsOneName) {
  // Out-of-domain dev text (Wikipedia, government pages): "Gulf" + "Mexico", "Housing Authority"
  // + "New Orleans", "Party of" without "Manitoba" were two names or half of one.
  const Names n = NamesOf(
      "The storm moved across the Gulf of Mexico on Tuesday. Tenants filed a complaint against "
      "the Housing Authority of New Orleans last week. She led the Progressive Conservative "
      "Party of Manitoba for a decade. The invasion of the Kingdom of France began in spring. "
      "Veterans of the Army of the Republic of Bosnia marched. Fighting in the Democratic "
      "Republic of Congo has displaced thousands.");
  EXPECT_EQ(n.TypesOf("Gulf of Mexico"), Types{"LOCATION"});
  EXPECT_EQ(n.TypesOf("Housing Authority of New Orleans"), Types{"ORG"});
  EXPECT_EQ(n.TypesOf("Progressive Conservative Party of Manitoba"), Types{"ORG"});
  EXPECT_EQ(n.TypesOf("Kingdom of France"), Types{"LOCATION"});
  EXPECT_EQ(n.TypesOf("Army of the Republic of Bosnia"), Types{"ORG"});
  // Not "Republic of Congo", another country.
  EXPECT_EQ(n.TypesOf("Democratic Republic of Congo"), Types{"LOCATION"});
  // The tagger's own of-name takes its head's type (it said organisation).
  const Names battle = NamesOf("He studied the Battle of Waterloo for years.");
  EXPECT_EQ(battle.TypesOf("Battle of Waterloo"), Types{"MISC"});
  for (const char* part : {"Mexico", "New Orleans", "Manitoba", "France", "Bosnia"}) {
    EXPECT_FALSE(n.Any(part)) << part;
  }
  // "on" after a council's or commission's word, never before a day.
  const Names forums = NamesOf(
      "The Nuffield Council on Bioethics called for a review. The Council on Monday rejected it.");
  EXPECT_EQ(forums.TypesOf("Nuffield Council on Bioethics"), Types{"ORG"});
  EXPECT_FALSE(forums.AnyContaining("on Monday"));
  // A panel's too (a trial's page had "Intergovernmental Panel" and "Climate Change").
  const Names panel = NamesOf(
      "The Intergovernmental Panel on Climate Change said on Monday that warming was speeding up.");
  EXPECT_EQ(panel.TypesOf("Intergovernmental Panel on Climate Change"), Types{"ORG"});
  // After "for", a cause the tagger named on its own, not another body.
  const Names causes = NamesOf(
      "The results were shown to the American Association for the Advancement of Science in "
      "May. Two years later she left the Quebec Liberal Party for the Parti Quebecois.");
  EXPECT_EQ(causes.TypesOf("American Association for the Advancement of Science"), Types{"ORG"});
  EXPECT_FALSE(causes.AnyContaining("Party for"));
  // Not a person's party, a cup played for a country, nor a heading's words.
  const Names apart = NamesOf(
      "He ran for the Reform Party of Ross Perot in 1996. Spain won the Davis Cup for Spain "
      "again.\n\n"
      "Bank Of England Raises Rates Again\n\nThe Bank of England raised rates on Thursday.");
  EXPECT_EQ(apart.TypesOf("Ross Perot"), Types{"PERSON"});
  EXPECT_FALSE(apart.AnyContaining("Cup for"));
  EXPECT_FALSE(apart.AnyContaining("Raises"));
}

TEST(NamesRegressionTest, ATownThatWonOrLostIsATeam) {
  // Sports prose (real pages): "stunned Phoenix, 100-93", "a 3-0 win over Miami" were places.
  const Names n = NamesOf(
      "The Timberwolves stunned Phoenix, 100-93, at the Target Center. The Steelers earned a 3-0 "
      "win over Miami on Nov. 26. Leeds lost to Gloucester 20-17 on Sunday.");
  EXPECT_EQ(n.TypesOf("Phoenix"), Types{"ORG"});
  EXPECT_EQ(n.TypesOf("Miami"), Types{"ORG"});
  EXPECT_EQ(n.TypesOf("Gloucester"), Types{"ORG"});
  // A nation playing stays a place (as CoNLL-2003 tags it), and a town without a score too.
  const Names places = NamesOf(
      "Austria beat Scotland 4-0 in Vienna. The royal army defeated the rebels near Gloucester "
      "in the spring.");
  EXPECT_EQ(places.TypesOf("Scotland"), Types{"LOCATION"});
  EXPECT_EQ(places.TypesOf("Gloucester"), Types{"LOCATION"});
}

TEST(NamesRegressionTest, AnEventOrALawIsNoPlaceNorBody) {
  // Wikipedia-style history and real news: events typed as places, laws as organisations.
  const Names n = NamesOf(
      "South Africa intervened in the Congo Crisis in 1960. Smuts crushed the Maritz Rebellion "
      "soon after. The paper filed a request under the Freedom of Information Act last week. "
      "The Veterans of Foreign Wars held a parade.");
  EXPECT_EQ(n.TypesOf("Congo Crisis"), Types{"MISC"});
  EXPECT_EQ(n.TypesOf("Maritz Rebellion"), Types{"MISC"});
  EXPECT_EQ(n.TypesOf("Freedom of Information Act"), Types{"MISC"});
  EXPECT_EQ(n.TypesOf("Veterans of Foreign Wars"), Types{"ORG"});  // the body of "of … Wars"
}

TEST(NamesRegressionTest, AListOfBodiesHasNoPersons) {
  // Real pages: companies the tagger never saw, listed among known ones, were persons.
  const Names n = NamesOf(
      "The firm's clients include Microsoft Corp, Cisco, Prada and Deutsche Bank. Sponsors were "
      "Abellio, Calyon, Vodafone Group and Barclays Bank.");
  for (const char* body : {"Cisco", "Prada", "Abellio", "Calyon"}) {
    EXPECT_EQ(n.TypesOf(body), Types{"ORG"}) << body;
  }
  // A list of people with one company keeps its people.
  const Names people =
      NamesOf("The panel heard Tom Hanks, Meryl Streep, Pixar and Steven Spielberg.");
  EXPECT_EQ(people.TypesOf("Meryl Streep"), Types{"PERSON"});
}

TEST(NamesRegressionTest, AGenerationsMarkStaysWithItsName) {
  // A real page: "Martin Luther King Jr." was "Martin Luther" and "Jr." (or "King Jr."), two
  // persons.
  const Names n = NamesOf(
      "As the nation honors Dr. Martin Luther King Jr. on the anniversary of his death, many "
      "visit his memorial in Washington. Sammy Davis Jr. sang with Hank Williams Sr. that night.");
  EXPECT_EQ(n.TypesOf("Martin Luther King Jr."), Types{"PERSON"});
  EXPECT_FALSE(n.Any("Jr."));
  EXPECT_FALSE(n.Any("King Jr."));
  EXPECT_FALSE(n.Any("Martin Luther"));
  EXPECT_EQ(n.TypesOf("Hank Williams Sr."), Types{"PERSON"});
}

TEST(NamesRegressionTest, AHolidayIsNoPlaceNorPerson) {
  // Real pages: "the Halloween past" was a place, "Easter" and "Christmas" persons.
  const Names n = NamesOf(
      "I went through my photos and collected some of our family costumes from the Halloween "
      "past. We spent Easter with my parents and Christmas Eve with friends.");
  EXPECT_EQ(n.TypesOf("Halloween"), Types{"MISC"});
  EXPECT_EQ(n.TypesOf("Easter"), Types{"MISC"});
  EXPECT_EQ(n.TypesOf("Christmas Eve"), Types{"MISC"});
  EXPECT_EQ(NamesOf("Ships call at Christmas Island twice a year.").TypesOf("Christmas Island"),
            Types{"LOCATION"});
  // Ones the tagger left alone.
  const Names more = NamesOf(
      "Making a Thanksgiving turkey is easy, she said. The lock joined the squad over Easter.");
  EXPECT_EQ(more.TypesOf("Thanksgiving"), Types{"MISC"});
  EXPECT_EQ(more.TypesOf("Easter"), Types{"MISC"});
}

TEST(NamesRegressionTest, ARecipesListLinesAreNoNames) {
  // A real recipe page: its ingredient lines, in lowercase, gave persons ("teaspoon salt") and
  // places ("brown sugar").
  const Names n = NamesOf(
      "Ingredients\n\n1/2 teaspoon salt\n\n2 tablespoons brown sugar\n\nMix the flour with the "
      "Maldon salt and bake it in Paris for an hour. Serve it with Greek yoghurt.");
  EXPECT_FALSE(n.Any("teaspoon salt"));
  EXPECT_FALSE(n.AnyContaining("sugar"));
  EXPECT_EQ(n.TypesOf("Paris"), Types{"LOCATION"});
  // Text typed in lowercase keeps its names.
  EXPECT_EQ(NamesOf("in london with justin bieber. then we went to paris with barack obama.")
                .TypesOf("barack obama"),
            Types{"PERSON"});
}

TEST(NamesRegressionTest, ASurnameOpeningASentenceIsThePerson) {
  // Real pages: "Price hit all four…", "Prince fell…" after "A.J. Price", "Ashwell Prince" were
  // no names: a capital opening a sentence says nothing, and the words are common ones.
  const Names n = NamesOf(
      "On Tuesday guard A.J. Price scored 25 points as Connecticut won. Price hit all four of his "
      "3-point shots. "
      "Ashwell Prince made 40 runs before lunch. Prince fell almost immediately after lunch.");
  EXPECT_EQ(n.TypesOf("Price"), Types{"PERSON"});
  EXPECT_EQ(n.TypesOf("Prince"), Types{"PERSON"});
  // Not a word of a line in capitals, nor a surname before a capitalised word.
  EXPECT_FALSE(
      NamesOf("Tom Price spoke. Price Increases Hit Shoppers Again\n\nIt rained.").Any("Price"));
}

TEST(NamesRegressionTest, ANameAfterItsKindOfBodyIsThatBody) {
  // Real pages: a think-tank and a nonprofit were places.
  const Names n = NamesOf(
      "The report by UK think-tank Chatham House looked at famine. Linda Foley founded the San "
      "Diego-based Identity Theft Resource Center after becoming a victim herself.");
  EXPECT_EQ(n.TypesOf("Chatham House"), Types{"ORG"});
  EXPECT_EQ(n.TypesOf("Identity Theft Resource Center"), Types{"ORG"});
  // Not a place that modifies a noun, nor a person after a kind that people have.
  const Names others = NamesOf(
      "De Telegraaf, a daily Amsterdam newspaper, led with it. \"No,\" said broker Shakil Rizvi.");
  EXPECT_EQ(others.TypesOf("Amsterdam"), Types{"LOCATION"});
  EXPECT_EQ(others.TypesOf("Shakil Rizvi"), Types{"PERSON"});
}

TEST(NamesRegressionTest, USInCapitalsIsTheCountry) {
  // Real pages: "US" was missed in 17% of its uses, mostly as a modifier.
  const Names n = NamesOf(
      "Sally Ride, the first US woman in space, has died aged 61. More than 10,000 additional "
      "US troops operate under US military command.");
  EXPECT_EQ(n.TypesOf("US"), (Types{"LOCATION", "LOCATION", "LOCATION"}));
  // Not on a line in capitals.
  EXPECT_FALSE(
      NamesOf("It rained all day in the hills.\n\nCLICK HERE TO FOLLOW US ON PINTEREST").Any("US"));
}

TEST(NamesRegressionTest, AWebAddressIsNoName) {
  // A forum post: the tagger took links for persons (hidden until now by the numbers in them,
  // which were quantities and outranked the names).
  const Names n = NamesOf(
      "They are pretty cool. http://www.4gamer.net/news/image/2005.09/20050920111900_21big.html "
      "http://www.4gamer.net/news/image/2005.09/20050919032951_21big.html btw, they are all "
      "from Tokyo.");
  EXPECT_FALSE(n.AnyContaining("4gamer"));
  EXPECT_EQ(n.TypesOf("Tokyo"), Types{"LOCATION"});
}

TEST(NamesRegressionTest, AnEraIsNoOrganisation) {
  // Wikipedia-style history: "AD" after a century was an organisation.
  const Names n = NamesOf(
      "The chapel was built in the 6th century AD and rebuilt in 1200 CE. In 833 AD it passed "
      "to Moravia.");
  EXPECT_FALSE(n.Any("AD"));
  EXPECT_FALSE(n.Any("CE"));
  // A name that opens with a century keeps it.
  EXPECT_TRUE(NamesOf("The studio 20th Century Fox bought the rights.").Any("20th Century Fox"));
}

TEST(NamesRegressionTest, AnAcronymSpelledOutInLowercaseIsNoName) {
  // Business and technology news define their jargon once; the tagger made bodies of it.
  const Names n = NamesOf(
      "Sales of personal video recorders (PVRs) rose in May, and the producer price index (PPI) "
      "fell. Analysts at Barclays said the PVR market would grow. The PPI figure surprised "
      "Barclays. Meanwhile QE (quantitative easing) continued, and computer-generated imagery "
      "(CGI) studios in London hired more staff. QE has critics at the Bank of England.");
  for (const char* acronym : {"PVR", "PVRs", "PPI", "QE", "CGI"}) {
    EXPECT_FALSE(n.Any(acronym)) << acronym;
  }
  EXPECT_TRUE(n.Any("Barclays"));
  EXPECT_TRUE(n.Any("London"));
  EXPECT_TRUE(n.Any("Bank of England"));
  // A body's name spelled out is capitalised: its acronym stays a name.
  const Names party = NamesOf(
      "The Scottish National Party (SNP) won the seat. The SNP leader thanked voters in Perth.");
  EXPECT_EQ(party.TypesOf("SNP"), (Types{"ORG", "ORG"}));
}

TEST(NamesRegressionTest, RanksAndOfficesAreNoPartOfAName) {
  // Wikipedia history and military news: the rank stayed in the name, or made it a place.
  const Names n = NamesOf(
      "Since Emperor Meiji, eras have been named after the ruler. Archbishop Desmond Tutu spoke "
      "in Cape Town. Capt Seath was originally from Cowdenbeath in Fife. Capt Seath fell ill at "
      "the 23-mile mark.");
  EXPECT_EQ(n.TypesOf("Meiji"), Types{"PERSON"});
  EXPECT_EQ(n.TypesOf("Desmond Tutu"), Types{"PERSON"});
  EXPECT_EQ(n.TypesOf("Seath"), (Types{"PERSON", "PERSON"}));
  EXPECT_FALSE(n.AnyContaining("Emperor"));
  EXPECT_FALSE(n.AnyContaining("Capt"));
  // Inside an Arabic name "Sheikh" is no title.
  EXPECT_TRUE(NamesOf("Israel killed its former leader, Muhammed Sheikh Khalil. Hamas has become "
                      "rather unpopular.")
                  .Any("Muhammed Sheikh Khalil"));
  // A form of address before a name says "person" more surely than a company list ("Meiji", a
  // confectioner) or the tagger's guess.
  const Names mr = NamesOf(
      "Mr Bae, a Korean-American, was sentenced in May. Lord Sainsbury said he was pleased.");
  EXPECT_EQ(mr.TypesOf("Bae"), Types{"PERSON"});
  EXPECT_EQ(mr.TypesOf("Sainsbury"), Types{"PERSON"});
}

TEST(NamesRegressionTest, CommonNounAcronymsAndDegreesAreNoNames) {
  // A trial's real pages: "AI" was an organisation 24 times on one, the degrees after the
  // authors' names of a journal page organisations and places ("PhD" x8, "MD" x7).
  const Names n = NamesOf(
      "The study was written by Jane Roe, MD, and Michael L. Anderson, PhD, at the hospital. "
      "Their AI reads every ECG and sends an SMS when the GPS signal is lost.");
  EXPECT_TRUE(n.Any("Jane Roe"));
  EXPECT_TRUE(n.Any("Michael L. Anderson"));
  for (const char* no : {"MD", "PhD", "AI", "ECG", "SMS", "GPS"}) EXPECT_FALSE(n.Any(no)) << no;
  // Where it is no degree, "MD" is Maryland.
  EXPECT_TRUE(NamesOf("He moved to Baltimore, MD, last year to open a bakery.").Any("MD"));
}

TEST(NamesRegressionTest, AWordADeterminerMakesAHeadIsNoPerson) {
  // A trial's page made "Marine" the top person group: "a missing, pregnant Marine", "the
  // Marine". A modifier ("the Bush years") and a name's own capital "A" keep their persons.
  const Names marine = NamesOf(
      "Officials ordered the roommate of a missing, pregnant Marine from Dayton to return from "
      "California. The missing Marine's stepmother spoke to investigators on Friday. The "
      "Associated "
      "Press is not identifying the Marine. Daniel Durham was questioned.");
  EXPECT_FALSE(marine.Any("Marine"));
  EXPECT_EQ(marine.TypesOf("Daniel Durham"), Types{"PERSON"});
  const Names kept = NamesOf(
      "Senator Barack Obama said his foreign policy would be different than Bush's. Would it "
      "differ from the Bush years? Don't forget: the Bush political baggage is heavy. The video "
      "was released by the Turkish network A Haber on Monday.");
  EXPECT_EQ(kept.TypesOf("Bush"), (Types{"PERSON", "PERSON", "PERSON"}));
  EXPECT_EQ(kept.TypesOf("Haber"), Types{"PERSON"});  // CoNLL's newswire has no such network
}

TEST(NamesRegressionTest, TwoNamesJoinedByAndAreTwo) {
  // Dev articles: "Alfa Romeo and Maserati", "Rosneft and Yuganskneftegaz" and real pages'
  // "Facebook and Twitter", "Cheney and Addington" were one organisation each.
  const Names n = NamesOf(
      "Fiat will keep its luxury brands Alfa Romeo and Maserati, the company said on Monday. "
      "Maserati lost money last year. The Securities and Exchange Commission fined the firm. "
      "Trinidad and Tobago won the match.");
  EXPECT_TRUE(n.Any("Alfa Romeo"));
  EXPECT_EQ(n.TypesOf("Maserati"), (std::vector<std::string>{"ORG", "ORG"}));
  EXPECT_FALSE(n.AnyContaining("Romeo and"));
  // A name that holds "and" stays whole: one side stands alone at most, or the whole is listed.
  EXPECT_TRUE(n.Any("Securities and Exchange Commission"));
  EXPECT_TRUE(n.Any("Trinidad and Tobago"));
  const Names oil = NamesOf(
      "The court sold Yuganskneftegaz to a shell firm last week. The state bought the unit for "
      "Rosneft and Yuganskneftegaz will now pump oil for the state. Rosneft is owned by the "
      "state.");
  EXPECT_FALSE(oil.AnyContaining("Rosneft and"));
  EXPECT_EQ(oil.TypesOf("Rosneft").size(), 2u);
  // A trial's page: two companies named with "&" were one ("Procter & Gamble and Johnson &
  // Johnson"); "&" joins one name's words, "and" two names.
  const Names shops = NamesOf("Sales at Hobbs & Carver and Mills & Hart rose in the spring.");
  EXPECT_TRUE(shops.Any("Hobbs & Carver"));
  EXPECT_TRUE(shops.Any("Mills & Hart"));
  EXPECT_FALSE(shops.AnyContaining("Carver and"));
}

TEST(NamesRegressionTest, AMonthAfterAGivenNameIsItsSurname) {
  // A trial's page had "Theresa" alone where the text said "Theresa May": the tagger stops at
  // a month's name. A date after a name stays a date.
  const Names n = NamesOf(
      "Critics of Theresa May were loud. Brian May's guitar was sold. Yesterday Theresa May did "
      "not comment.");
  EXPECT_EQ(n.TypesOf("Theresa May"), (Types{"PERSON", "PERSON"}));
  EXPECT_EQ(n.TypesOf("Brian May"), Types{"PERSON"});
  EXPECT_FALSE(n.Any("Theresa"));
  EXPECT_FALSE(NamesOf("The report by Tom Hanley May 2019 was late.").AnyContaining("Hanley May"));
}

TEST(NamesRegressionTest, AMountainLakeOrRiverIsAPlace) {
  // A trial's page had "River Thames" an organisation; the tagger missed "Mount Everest".
  const Names n = NamesOf(
      "Boats sailed up the River Thames at dawn. Climbers left Mount Everest on Monday. They "
      "swam in Loch Ness. She was a member of River Road Fellowship for years.");
  EXPECT_EQ(n.TypesOf("River Thames"), Types{"LOCATION"});
  EXPECT_EQ(n.TypesOf("Mount Everest"), Types{"LOCATION"});
  EXPECT_EQ(n.TypesOf("Loch Ness"), Types{"LOCATION"});
  EXPECT_FALSE(n.Any("River Road Fellowship") &&
               n.TypesOf("River Road Fellowship") == Types{"LOCATION"});
}

TEST(NamesRegressionTest, ARegionAfterAPlaceIsAPlace) {
  // A trial's page had "Somerset" an organisation (CoNLL's cricket county) in "Pilton, Somerset".
  const Names n = NamesOf(
      "The festival is held at Worthy Farm in Pilton, Somerset, every June. Police searched a "
      "house in Basingstoke, Hampshire, on Monday.");
  EXPECT_EQ(n.TypesOf("Somerset"), Types{"LOCATION"});
  EXPECT_EQ(n.TypesOf("Hampshire"), Types{"LOCATION"});
}

TEST(NamesRegressionTest, ANameThatIsAPersonsJobIsAPerson) {
  // A trial's page made "Sal Gentile" an organisation in its credit line.
  EXPECT_EQ(NamesOf("Sal Gentile is a senior producer for the show.").TypesOf("Sal Gentile"),
            Types{"PERSON"});
}

TEST(NamesRegressionTest, ACommonWordOpeningASentenceIsNoName) {
  // Dev texts had "Born in Luton, …" as a place (a Dutch town's name) and "Mobile gaming…" as
  // Alabama's city; surnames that are common words stay names where the text shows it.
  const Names n = NamesOf(
      "Born in Harwich in 1951, the painter moved to Leeds as a child. Mobile phones were rare "
      "then, and letters were slow. The critic Anna Link praised the show. Link said the colours "
      "were bold. Given, Breen and Staunton played in the final.");
  EXPECT_FALSE(n.Any("Born"));
  EXPECT_FALSE(n.Any("Mobile"));
  EXPECT_EQ(n.TypesOf("Harwich"), Types{"LOCATION"});
  EXPECT_TRUE(n.Any("Link"));
  EXPECT_TRUE(n.Any("Given"));
}

}  // namespace
}  // namespace precis
