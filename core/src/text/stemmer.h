// English stemming: Porter2 (the Snowball "english" algorithm), written for this project and
// checked word for word against Snowball's own `stemwords -l english` (scripts/eval stem).
// Input is a lowercase word; non-ASCII bytes count as consonants, as in Snowball.
//
//   PorterStem("generously") == "generous";  PorterStem("running") == "run"
#ifndef PRECIS_TEXT_STEMMER_H_
#define PRECIS_TEXT_STEMMER_H_

#include <string>
#include <string_view>

namespace precis::text {

std::string PorterStem(std::string_view word);

}  // namespace precis::text

#endif  // PRECIS_TEXT_STEMMER_H_
