// Précis: extractive summary, entities and keyphrases of one article, offline.
//
//   #include "precis/precis.h"
//   precis::Options options;
//   options.sentences = 3;
//   precis::StatusOr<precis::Result> result = precis::Summarize(article_text, options);
//   if (result.ok()) std::cout << precis::ResultToJson(result.value());
//
// Input is plain text, or the aggregator format (title line, YYYYMMDD date line, URL line, body).
#ifndef PRECIS_PRECIS_H_
#define PRECIS_PRECIS_H_

#include <string_view>

#include "precis/options.h"
#include "precis/result.h"
#include "precis/status.h"

namespace precis {

inline constexpr const char* kVersion = "0.1.0";

StatusOr<Result> Summarize(std::string_view text, const Options& options);

}  // namespace precis

#endif  // PRECIS_PRECIS_H_
