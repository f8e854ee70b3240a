// Which parts of a passage to highlight: the selected place's mentions, the other places'
// mentions, and the words of a text search. Shared by the Sources and Article panels.
#pragma once
#include <string>
#include <vector>

#include "store/corpus_queries.h"
#include "ui/passage_layout.h"

namespace atlas::ui {

// `quote`, when found verbatim in the passage, is marked too (beneath any mention in it).
std::vector<TextMark> MarksFor(const store::PassageHit& passage, const std::string& selected_place,
                               const std::string& search_words, const std::string& quote = {});

// The date as a briefing writes it: "2020-11-12", or "≈ 2020-11" when inferred, "undated".
std::string DisplayDate(const store::PassageHit& passage);

}  // namespace atlas::ui
