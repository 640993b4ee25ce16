#include "text/stemmer.h"

#include <gtest/gtest.h>

namespace precis::text {
namespace {

// Expected stems from Snowball's reference (stemwords -l english); the full comparison over
// >100,000 words is `scripts/eval stem`.
TEST(StemmerTest, MatchesSnowballOnEachRuleFamily) {
  const std::pair<const char*, const char*> cases[] = {{"caresses", "caress"},
                                                       {"ponies", "poni"},
                                                       {"ties", "tie"},
                                                       {"cats", "cat"},
                                                       {"gas", "gas"},
                                                       {"agreed", "agre"},
                                                       {"hoping", "hope"},
                                                       {"hopping", "hop"},
                                                       {"luxuriating", "luxuri"},
                                                       {"cry", "cri"},
                                                       {"say", "say"},
                                                       {"relational", "relat"},
                                                       {"generously", "generous"},
                                                       {"communism", "communism"},
                                                       {"formalize", "formal"},
                                                       {"electrical", "electr"},
                                                       {"adjustable", "adjust"},
                                                       {"controllable", "control"},
                                                       {"rolling", "roll"},
                                                       {"skies", "sky"},
                                                       {"dying", "die"},
                                                       {"news", "news"},
                                                       {"proceed", "proceed"},
                                                       {"dog's", "dog"},
                                                       {"'tis", "tis"},
                                                       {"yelling", "yell"},
                                                       {"by", "by"},
                                                       {"consignment", "consign"},
                                                       {"universal", "univers"}};
  for (const auto& [word, stem] : cases) EXPECT_EQ(PorterStem(word), stem) << word;
}

}  // namespace
}  // namespace precis::text
