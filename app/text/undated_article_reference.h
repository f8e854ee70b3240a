// Owns the guess of an undated article's reference date from the officeholders it names,
// checked against the years it states. No GL, ImGui, SQL or GDAL.
#pragma once
#include <vector>

#include "text/actor_dictionary.h"
#include "text/document_model.h"

namespace atlas::text {

struct UndatedArticleClues {
  std::vector<const ActorPerson*> officeholders;  // people the article names, with their roles
  int latest_past_year = 0;  // the latest year it states as past; 0: none
  PartialDate known_until;   // how recent the roles data is (ActorDictionary::LatestRoleDate)
};

// The article was written while every officeholder it names held one of their roles: between
// the latest first start and the earliest last end among them (a role still held ends at
// `known_until`), and not before its latest past year. When that window is at most
// kMaxWindowDays long, the reference is its last day, so a year-less date takes the latest
// year that fits. Unknown when nobody is named, the clues contradict each other, or the
// window is too wide to say which year is meant.
inline constexpr int kMaxWindowDays = 4 * 365;
PartialDate ReferenceFromClues(const UndatedArticleClues& clues);

}  // namespace atlas::text
