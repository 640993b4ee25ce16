// JSON text as Précis writes it everywhere (Result, extracted article, every JSONL line of the
// CLI): UTF-8 as is, invalid bytes replaced, and the two Unicode line separators U+2028 and
// U+2029 escaped. JSON allows them raw, but a JSONL reader that splits on every Unicode line
// break (Python's str.splitlines, some editors) would cut a line in two where an article held one.
//
//   std::cout << precis::JsonText(object) << '\n';   // always one line when indent < 0
#ifndef PRECIS_JSON_TEXT_H_
#define PRECIS_JSON_TEXT_H_

#include <nlohmann/json.hpp>
#include <string>

namespace precis {

std::string JsonText(const nlohmann::ordered_json& value, int indent = -1);
std::string JsonText(const nlohmann::json& value, int indent = -1);

}  // namespace precis

#endif  // PRECIS_JSON_TEXT_H_
