// Event extraction; see event_extractor.h.
//
// [SECTION] Clues: words near a date, clause breaks
// [SECTION] Reference: the date year-less expressions are resolved against
// [SECTION] Evidence: type scores, places and actors of one date's clause
// [SECTION] Extraction: passages, sentences, clauses
#include "text/event_extractor.h"

#include <algorithm>
#include <array>
#include <limits>
#include <optional>
#include <span>

#include "text/calendar_arithmetic.h"
#include "text/sentence_splitter.h"
#include "text/source_locator.h"
#include "text/undated_article_reference.h"
#include "util/data_paths.h"

namespace atlas::text {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Clues
//-----------------------------------------------------------------------------

constexpr size_t kTypeCount = 6;
constexpr size_t kAheadWords = 6;  // a plan word this close to a date makes it look ahead

size_t TypeIndex(EventType t) { return static_cast<size_t>(t); }

bool Inside(ByteSpan inner, ByteSpan outer) { return inner.begin >= outer.begin && inner.end <= outer.end; }

constexpr double kNearWords = 8;  // a cue this many words from the date counts half

// Words between two non-overlapping spans (spaces between them).
size_t WordsApart(std::string_view text, ByteSpan a, ByteSpan b) {
  const size_t from = std::min(a.end, b.end), to = std::max(a.begin, b.begin);
  return from >= to ? 0 : static_cast<size_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(from),
                                                          text.begin() + static_cast<std::ptrdiff_t>(to), ' '));
}

// Words between two non-overlapping spans, or a large number when a sentence ends between.
size_t WordsBetween(std::string_view text, ByteSpan a, ByteSpan b) {
  const size_t from = std::min(a.end, b.end), to = std::max(a.begin, b.begin);
  if (from >= to) return 0;
  size_t words = 0;
  for (size_t i = from; i < to; ++i) {
    const char c = text[i];
    if (c == '.' || c == '!' || c == '?' || c == '\n') return std::numeric_limits<size_t>::max();
    words += c == ' ';
  }
  return words;
}

// The cues (in text order) that start inside `s`.
std::span<const EventCue> CuesWithin(const std::vector<EventCue>& cues, ByteSpan s) {
  auto first = std::lower_bound(cues.begin(), cues.end(), s.begin, [](const EventCue& c, size_t at) { return c.span.begin < at; });
  auto last = std::lower_bound(first, cues.end(), s.end, [](const EventCue& c, size_t at) { return c.span.begin < at; });
  return {first, last};
}

// The mentions (in text order, offsets into the document) inside `within` (passage-relative).
template <typename Mention>
std::span<const Mention> MentionsWithin(const std::vector<Mention>& mentions, size_t offset, ByteSpan within) {
  auto first = std::lower_bound(mentions.begin(), mentions.end(), offset + within.begin,
                                [](const Mention& m, size_t at) { return m.span.begin < at; });
  auto last = first;
  while (last != mentions.end() && last->span.end <= offset + within.end) ++last;
  return {first, last};
}

// True when `s` (passage-relative) lies inside one of the mentions (in text order, not
// overlapping, offsets into the document).
template <typename Mention>
bool InsideAMention(const std::vector<Mention>& mentions, size_t offset, ByteSpan s) {
  auto after = std::upper_bound(mentions.begin(), mentions.end(), offset + s.begin,
                                [](size_t at, const Mention& m) { return at < m.span.begin; });
  return after != mentions.begin() && std::prev(after)->span.end >= offset + s.end;
}

// A plan word ("will", "plans to", "будет", "-acak") within a few words of the date.
bool PlanWordNear(std::string_view text, std::span<const EventCue> cues, ByteSpan date) {
  return std::any_of(cues.begin(), cues.end(), [&](const EventCue& c) {
    return c.entry->kind == CueKind::kFuture && WordsBetween(text, c.span, date) <= kAheadWords;
  });
}

// A bound word right before the date (English, Russian) or right after it (Azerbaijani,
// Turkish, Armenian): "since 2003", "2003'ten beri".
bool BoundsASpan(std::string_view text, std::span<const EventCue> cues, ByteSpan date) {
  auto only_spaces = [&](size_t from, size_t to) {
    return from <= to && to - from <= 2 && text.substr(from, to - from).find_first_not_of(' ') == std::string_view::npos;
  };
  return std::any_of(cues.begin(), cues.end(), [&](const EventCue& c) {
    if (c.entry->kind != CueKind::kBound) return false;
    const std::string_view lang = c.entry->language;
    const bool after = lang == "az" || lang == "tr" || lang == "hy";
    return after ? only_spaces(date.end, c.span.begin) : only_spaces(c.span.end, date.begin);
  });
}

// A verb of something done right next to the date ("said last week that they would ..."): the
// date is when it was done, whatever plan the sentence goes on to report.
bool StatedAsDone(std::string_view text, std::span<const EventCue> cues, ByteSpan date) {
  return std::any_of(cues.begin(), cues.end(), [&](const EventCue& c) {
    return c.entry->kind == CueKind::kOccurrence && WordsBetween(text, c.span, date) <= 1;
  });
}

// Counts line breaks (universal newlines: \n, \r\n, a lone \r) from the start of a text up
// to offsets asked in increasing order, each character looked at once.
class LineBreakCounter {
 public:
  explicit LineBreakCounter(std::string_view text) : text_(text) {}
  int Before(size_t end) {
    for (; at_ < end && at_ < text_.size(); ++at_)
      if (text_[at_] == '\n' || (text_[at_] == '\r' && (at_ + 1 >= text_.size() || text_[at_ + 1] != '\n'))) ++breaks_;
    return breaks_;
  }

 private:
  std::string_view text_;
  size_t at_ = 0;
  int breaks_ = 0;
};

// Where a clause break stands at `i`: , ; : ( ) – — or a spaced hyphen; 0 when none.
size_t ClauseBreakAt(std::string_view text, size_t i) {
  switch (text[i]) {
    case ',': case ';': case ':': case '(': case ')': return 1;
    case '-': return i > 0 && i + 1 < text.size() && text[i - 1] == ' ' && text[i + 1] == ' ' ? 1 : 0;
    default: break;
  }
  if (text.compare(i, 3, "\xE2\x80\x93") == 0 || text.compare(i, 3, "\xE2\x80\x94") == 0) return 3;  // – —
  return 0;
}

// The last clause break in [from, to), not inside any of `dates`; npos when none.
size_t LastClauseBreak(std::string_view text, size_t from, size_t to, const std::vector<ByteSpan>& dates) {
  size_t found = std::string_view::npos;
  for (size_t i = from; i < to; ++i) {
    if (!ClauseBreakAt(text, i)) continue;
    bool in_date = std::any_of(dates.begin(), dates.end(), [&](const ByteSpan& d) { return d.begin <= i && i < d.end; });
    if (!in_date) found = i;
  }
  return found;
}

// Drops white space and clause punctuation at both ends.
ByteSpan TrimClause(std::string_view text, ByteSpan s) {
  auto junk = [&](size_t i) { return text[i] == ' ' || text[i] == ',' || text[i] == ';' || text[i] == ':' || text[i] == '\n'; };
  while (s.begin < s.end && junk(s.begin)) ++s.begin;
  while (s.end > s.begin && junk(s.end - 1)) --s.end;
  return s;
}

// Forms resolved against the reference date itself rather than a stated year.
bool NeedsReferenceDay(DateForm form) {
  return form == DateForm::kWeekday || form == DateForm::kRelative || form == DateForm::kAnaphoric;
}

bool IsTitlePassage(const Article& article, const Passage& passage) {
  return std::any_of(article.header_lines.begin(), article.header_lines.end(),
                     [&](const ByteSpan& h) { return h == passage.span; });
}

}  // namespace

EventExtractor::EventExtractor(EventExtractorOptions options)
    : options_(options), cues_(EventCueLexicon(), UserCacheDir()) {}

//-----------------------------------------------------------------------------
// [SECTION] Reference
//-----------------------------------------------------------------------------

PartialDate EventExtractor::ReferenceFor(const Document& doc, const Article& article) const {
  if (article.date.known()) return article.date;
  if (!options_.actors) return {};
  UndatedArticleClues clues;
  clues.known_until = options_.actors->LatestRoleDate();
  for (const Passage& passage : article.passages) {
    std::string_view text = std::string_view(doc.text).substr(passage.span.begin, passage.span.size());
    std::vector<DateExpression> dates = parser_.FindAll(text);
    std::vector<EventCue> cues;
    for (const DateExpression& d : dates) {
      if (!d.stated() || d.looks_ahead) continue;
      if (cues.empty()) cues = cues_.Find(text);
      if (PlanWordNear(text, cues, d.span)) continue;
      clues.latest_past_year = std::max({clues.latest_past_year, d.start.year, d.end.known() ? d.end.year : 0});
    }
    for (const ActorMention& m : passage.actors) {
      if (m.via != ActorMention::Via::kPerson) continue;
      const Actor* actor = options_.actors->Find(m.actor_id);
      if (!actor) continue;
      for (const ActorPerson& p : actor->people)
        if (p.name == m.person && std::find(clues.officeholders.begin(), clues.officeholders.end(), &p) == clues.officeholders.end())
          clues.officeholders.push_back(&p);
    }
  }
  return ReferenceFromClues(clues);
}

//-----------------------------------------------------------------------------
// [SECTION] Evidence
//-----------------------------------------------------------------------------

namespace {

// What one date's clause and sentence say, passage-relative.
//
// Support (does the clause state an event?) counts each cue's weight, in full in the clause
// and by half in the rest of the sentence. The type is decided on the same weights scaled by
// nearness to the date (the words around a date say what happened then; a long sentence
// drifts to other matters) and halved inside reported speech that follows the date ("...on
// August 10, Putin defended the supplies, saying that Azerbaijan could have purchased ...":
// the dated event is the statement, not its content).
struct ClauseEvidence {
  std::array<double, kTypeCount> support{};       // clause weight + half the rest of the sentence
  std::array<double, kTypeCount> clause_support{};  // the clause alone
  std::array<double, kTypeCount> type_score{};    // support scaled for the type decision
  std::array<size_t, kTypeCount> distance{};      // words from the date to the nearest cue
  bool occurrence = false;                         // "said", "held", "took place" in the clause
  EventType best = EventType::kPolitical;

  ClauseEvidence(std::string_view text, std::span<const EventCue> cues, ByteSpan clause, ByteSpan sentence,
                 ByteSpan date) {
    distance.fill(std::numeric_limits<size_t>::max());
    size_t reported_from = std::numeric_limits<size_t>::max();
    for (const EventCue& cue : cues)
      if (cue.entry->kind == CueKind::kReport && Inside(cue.span, sentence) && cue.span.begin >= date.end)
        reported_from = std::min(reported_from, cue.span.end);
    for (const EventCue& cue : cues) Add(text, cue, clause, sentence, date, reported_from);
    Decide();
  }

  // Enough evidence of an event: `needed` weight in the clause, or in the whole sentence
  // when the clause says something was said, held or happened.
  bool Suffices(double needed) const {
    return *std::max_element(clause_support.begin(), clause_support.end()) >= needed ||
           (occurrence && support[TypeIndex(best)] >= needed);
  }
  double BestSupport() const { return support[TypeIndex(best)]; }

 private:
  void Add(std::string_view text, const EventCue& cue, ByteSpan clause, ByteSpan sentence, ByteSpan date,
           size_t reported_from) {
    if (!Inside(cue.span, sentence) || (cue.span.begin < date.end && date.begin < cue.span.end)) return;
    const bool in_clause = Inside(cue.span, clause);
    if (cue.entry->kind == CueKind::kOccurrence) {
      occurrence |= in_clause;
      return;
    }
    if (cue.entry->kind != CueKind::kType) return;
    const size_t t = TypeIndex(cue.entry->type);
    const double weight = cue.entry->weight * (in_clause ? 1.0 : 0.5);
    support[t] += weight;
    if (in_clause) clause_support[t] += cue.entry->weight;
    const size_t words = WordsApart(text, cue.span, date);
    const double reported = cue.span.begin >= reported_from ? 0.5 : 1.0;
    type_score[t] += weight * reported / (1.0 + static_cast<double>(words) / kNearWords);
    distance[t] = std::min(distance[t], words);
  }

  // The best-supported type; ties go to the nearer cue, then to the precedence order.
  void Decide() {
    bool first = true;
    for (EventType t : EventTypesByPrecedence()) {
      const size_t i = TypeIndex(t), b = TypeIndex(best);
      if (first || type_score[i] > type_score[b] || (type_score[i] == type_score[b] && distance[i] < distance[b])) best = t;
      first = false;
    }
  }
};

template <typename Mention, typename Id>
std::vector<std::string> IdsWithin(const std::vector<Mention>& mentions, size_t offset, ByteSpan within, Id id) {
  std::vector<std::string> ids;
  for (const Mention& m : MentionsWithin(mentions, offset, within)) {
    const std::string& value = id(m);
    if (std::find(ids.begin(), ids.end(), value) == ids.end()) ids.push_back(value);
  }
  return ids;
}

struct EventPlaces {
  std::vector<std::string> ids;
  double confidence = 0;  // how sure the places are the event's: its clause's count most
};

constexpr size_t kLookBackSentences = 3;  // how far back places are looked for

// The clause's places, else its sentence's, else the nearest earlier sentence's. When the
// clause refers back ("it", "the region", "там") or names only capitals standing for their
// governments (who acted, not where), the nearest earlier sentence's places are added after
// its own as the likely scene.
EventPlaces PlacesOf(const Passage& passage, size_t offset, ByteSpan clause, const std::vector<ByteSpan>& sentences,
                     size_t sentence_index, bool refers_back) {
  auto ids_within = [&](ByteSpan within, bool scenes_only) {
    std::vector<std::string> ids;
    for (const PlaceMention& m : MentionsWithin(passage.mentions, offset, within)) {
      if (scenes_only && m.metonym) continue;
      if (std::find(ids.begin(), ids.end(), m.place_id) == ids.end()) ids.push_back(m.place_id);
    }
    return ids;
  };
  EventPlaces found{ids_within(clause, false), 0.2};
  if (found.ids.empty()) found = {ids_within(sentences[sentence_index], false), 0.12};
  const bool scene_named = !found.ids.empty() && !ids_within(sentences[sentence_index], true).empty();
  if (scene_named && !refers_back) return found;
  for (size_t back = sentence_index; back-- > 0 && sentence_index - back <= kLookBackSentences;) {
    std::vector<std::string> earlier = ids_within(sentences[back], !found.ids.empty());
    if (earlier.empty()) continue;
    if (found.ids.empty()) found.confidence = 0.05;
    for (std::string& id : earlier)
      if (std::find(found.ids.begin(), found.ids.end(), id) == found.ids.end()) found.ids.push_back(std::move(id));
    break;
  }
  return found;
}

double PrecisionConfidence(const DateExpression& d) {
  if (d.form == DateForm::kDecade) return 0.2;
  switch (d.start.precision) {
    case DatePrecision::kDay: return 0.5;
    case DatePrecision::kMonth: return 0.4;
    default: return 0.3;
  }
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Extraction
//-----------------------------------------------------------------------------

namespace {

// One passage as the extractor reads it: offsets below are passage-relative.
struct PassageScan {
  const Passage& passage;
  int index = 0;
  size_t offset = 0;
  std::string_view text;
  std::vector<DateExpression> dates;  // resolved ones only
  std::vector<EventCue> cues;
  std::vector<ByteSpan> sentences;
  LineBreakCounter line_breaks;  // dates are visited in text order
};

// What holds for the whole article.
struct ArticleScan {
  PartialDate reference;
  bool guessed_reference = false;      // worked out from officeholders, not the article's date
  std::optional<SourceLocator> locator;  // markup only: lines of the source file
  double min_evidence = 1;
};

// Each date's clause within its sentence: from the last clause break after the date before it
// to the last break before the date after it (none: the clauses share the stretch).
std::vector<ByteSpan> DateClauses(std::string_view text, ByteSpan sentence, const std::vector<const DateExpression*>& dates) {
  std::vector<ByteSpan> spans;
  for (const DateExpression* d : dates) spans.push_back(d->span);
  std::vector<size_t> cuts;
  for (size_t k = 0; k + 1 < dates.size(); ++k)
    cuts.push_back(LastClauseBreak(text, dates[k]->span.end, dates[k + 1]->span.begin, spans));
  std::vector<ByteSpan> clauses;
  for (size_t k = 0; k < dates.size(); ++k) {
    ByteSpan clause = sentence;
    for (size_t j = k; j-- > 0;)
      if (cuts[j] != std::string_view::npos) {
        clause.begin = cuts[j] + ClauseBreakAt(text, cuts[j]);
        break;
      }
    for (size_t j = k; j < cuts.size(); ++j)
      if (cuts[j] != std::string_view::npos) {
        clause.end = cuts[j];
        break;
      }
    clauses.push_back(TrimClause(text, clause));
  }
  return clauses;
}

// The event a date states in its clause, if the clause says something happened.
std::optional<ExtractedEvent> EventAt(const ArticleScan& article, PassageScan& p, size_t sentence_index,
                                      const DateExpression& d, ByteSpan clause) {
  const ByteSpan sentence = p.sentences[sentence_index];
  const std::span<const EventCue> cues = CuesWithin(p.cues, sentence);
  const bool coarse = d.start.precision == DatePrecision::kYear || d.form == DateForm::kDecade;
  const double needed = article.min_evidence * (coarse ? 1.5 : 1.0);
  ClauseEvidence evidence(p.text, cues, clause, sentence, d.span);
  // A date's own clause may hold no more than the date ("Then, on December 3, the
  // administration ..."): the whole sentence is its clause then.
  if (!evidence.Suffices(needed) && !(clause == TrimClause(p.text, sentence))) {
    clause = TrimClause(p.text, sentence);
    evidence = ClauseEvidence(p.text, cues, clause, sentence, d.span);
  }
  if (!evidence.Suffices(needed)) return std::nullopt;
  // "in power since 2003", "until 2030": a year or decade bounding a span of time is no
  // event's date (a day is: "since October 3, no unit was removed").
  if (coarse && BoundsASpan(p.text, cues, d.span)) return std::nullopt;

  ExtractedEvent e;
  e.passage_index = p.index;
  e.span = {p.offset + clause.begin, p.offset + clause.end};
  e.line = article.locator ? article.locator->LineOf(p.offset + d.span.begin)
                           : p.passage.first_line + p.line_breaks.Before(d.span.begin);
  e.start = d.start;
  if (d.end.known() && d.end.Iso() != d.start.Iso()) e.end = d.end;
  e.year_inferred = d.start.inferred;
  e.type = evidence.best;
  const bool refers_back = std::any_of(cues.begin(), cues.end(), [&](const EventCue& c) {
    return c.entry->kind == CueKind::kAnaphor && Inside(c.span, clause);
  });
  const EventPlaces places = PlacesOf(p.passage, p.offset, clause, p.sentences, sentence_index, refers_back);
  e.place_ids = places.ids;
  auto actor_id = [](const ActorMention& m) -> const std::string& { return m.actor_id; };
  e.actor_ids = IdsWithin(p.passage.actors, p.offset, clause, actor_id);
  if (e.actor_ids.empty()) e.actor_ids = IdsWithin(p.passage.actors, p.offset, sentence, actor_id);

  // Confidence: how precise the date, how surely placed, how much evidence; less for a
  // worked-out year and for what the text looks forward to.
  const bool ahead = ((d.looks_ahead || PlanWordNear(p.text, cues, d.span)) && !StatedAsDone(p.text, cues, d.span)) ||
                     (article.reference.known() && !article.guessed_reference && Before(article.reference, d.start));
  double confidence = PrecisionConfidence(d) + places.confidence + std::min(0.2, 0.06 * evidence.BestSupport());
  if (!e.actor_ids.empty()) confidence += 0.05;
  if (e.year_inferred) confidence -= article.guessed_reference ? 0.2 : 0.03;
  if (ahead) confidence *= 0.6;
  e.confidence = std::clamp(confidence, 0.05, 0.95);
  return e;
}

bool SameDates(const ExtractedEvent& a, const ExtractedEvent& b) {
  return a.start.Iso() == b.start.Iso() && (a.end ? a.end->Iso() : "") == (b.end ? b.end->Iso() : "");
}

}  // namespace

std::vector<ExtractedEvent> EventExtractor::Extract(const Document& doc, const Article& article) const {
  ArticleScan scan;
  scan.reference = ReferenceFor(doc, article);
  scan.guessed_reference = !article.date.known() && scan.reference.known();
  scan.min_evidence = options_.min_evidence;
  if (!doc.source.empty()) scan.locator.emplace(doc);  // plain text counts lines in the passage
  const SentenceSplitter& splitter = SentenceSplitterFor(article.language);
  std::vector<ExtractedEvent> events;
  PartialDate anchor;  // the last day-precision date, for "the day after" in a later passage
  for (size_t pi = 0; pi < article.passages.size(); ++pi) {
    const Passage& passage = article.passages[pi];
    if (IsTitlePassage(article, passage)) continue;
    const std::string_view text = std::string_view(doc.text).substr(passage.span.begin, passage.span.size());
    PassageScan p{passage, static_cast<int>(pi), passage.span.begin, text, {}, {}, {}, LineBreakCounter(text)};
    p.dates = parser_.FindAll(p.text, DateContext{scan.reference, anchor});
    for (const DateExpression& d : p.dates)
      if (d.resolved() && d.start.precision == DatePrecision::kDay) anchor = d.start;
    std::erase_if(p.dates, [&](const DateExpression& d) {
      return !d.resolved() || (scan.guessed_reference && NeedsReferenceDay(d.form));
    });
    if (p.dates.empty()) continue;
    p.cues = cues_.Find(p.text);
    // Words inside an actor's name say nothing of the event ("Collective Security Treaty
    // Organization", "Security Council").
    std::erase_if(p.cues, [&](const EventCue& c) { return InsideAMention(passage.actors, p.offset, c.span); });
    // Sentences, never broken inside a date or a name ("Oct. 3", "St. Petersburg").
    std::vector<ByteSpan> units;
    for (const DateExpression& d : p.dates) units.push_back(d.span);
    for (const PlaceMention& m : passage.mentions) units.push_back({m.span.begin - p.offset, m.span.end - p.offset});
    for (const ActorMention& m : passage.actors) units.push_back({m.span.begin - p.offset, m.span.end - p.offset});
    p.sentences = splitter.Split(p.text, units);

    for (size_t si = 0; si < p.sentences.size(); ++si) {
      std::vector<const DateExpression*> here;
      for (const DateExpression& d : p.dates)
        if (Inside(d.span, p.sentences[si])) here.push_back(&d);
      const std::vector<ByteSpan> clauses = DateClauses(p.text, p.sentences[si], here);
      const size_t sentence_first = events.size();
      for (size_t k = 0; k < here.size(); ++k) {
        std::optional<ExtractedEvent> e = EventAt(scan, p, si, *here[k], clauses[k]);
        // One event per date and sentence: "a day ago, on November 24" states one date twice.
        if (e && std::none_of(events.begin() + static_cast<std::ptrdiff_t>(sentence_first), events.end(),
                              [&](const ExtractedEvent& x) { return SameDates(x, *e); }))
          events.push_back(std::move(*e));
      }
    }
  }
  return events;
}

}  // namespace atlas::text
