// Inserting one analysed document's rows; see document_writer.h.
#include "store/document_writer.h"

#include <algorithm>
#include <string_view>

namespace atlas::store {
namespace {

std::string_view FormatName(text::SourceFormat f) {
  switch (f) {
    case text::SourceFormat::kMarkdown: return "markdown";
    case text::SourceFormat::kHtml: return "html";
    case text::SourceFormat::kPlainText: return "text";
  }
  return "text";
}

// How passage_actors.via spells ActorMention::Via.
std::string_view ViaName(text::ActorMention::Via via) {
  switch (via) {
    case text::ActorMention::Via::kName: return "name";
    case text::ActorMention::Via::kAdjective: return "adjective";
    case text::ActorMention::Via::kMetonym: return "metonym";
    case text::ActorMention::Via::kPerson: return "person";
  }
  return "name";
}

std::optional<std::string> UnlessEmpty(const std::string& s) { return s.empty() ? std::nullopt : std::optional(s); }

bool Contains(const text::ByteSpan& outer, const text::ByteSpan& inner) {
  return inner.begin >= outer.begin && inner.end <= outer.end;
}

// The passage an event is stated in: the one it names when that holds the quote's start,
// else the one that does; -1 when none does (the event cannot be cited, so it is not kept).
int PassageOfEvent(const text::Article& a, const text::ExtractedEvent& e) {
  auto holds_quote = [&](size_t i) {
    const text::ByteSpan& s = a.passages[i].span;
    return e.span.empty() || (e.span.begin >= s.begin && e.span.begin < s.end);
  };
  if (e.passage_index >= 0 && size_t(e.passage_index) < a.passages.size() && holds_quote(size_t(e.passage_index)))
    return e.passage_index;
  if (e.span.empty()) return -1;
  for (size_t i = 0; i < a.passages.size(); ++i)
    if (holds_quote(i)) return int(i);
  return -1;
}

}  // namespace

DocumentWriter::DocumentWriter(SqliteDb& db)
    : db_(db),
      insert_document_(db, "INSERT INTO documents(path, content_hash, size, format, warnings) "
                           "VALUES (?1, ?2, ?3, ?4, ?5)"),
      insert_article_(db, "INSERT INTO articles(document_id, ordinal, title, outlet, author, language, date, "
                          "date_start, date_end, date_inferred, date_note, first_line, last_line, byte_begin, "
                          "byte_end) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15)"),
      insert_passage_(db, "INSERT INTO passages(article_id, ordinal, kind, first_line, last_line, byte_begin, "
                          "byte_end, date_start, date_end, text) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)"),
      insert_mention_(db, "INSERT INTO mentions(passage_id, place_id, byte_begin, byte_end, metonym, date_start, "
                          "date_end) VALUES (?1,?2,?3,?4,?5,?6,?7)"),
      // A repeated actor at the same place in a passage adds nothing: ignored, not an error.
      insert_actor_(db, "INSERT OR IGNORE INTO passage_actors(passage_id, byte_begin, byte_end, actor_id, via, person) "
                        "VALUES (?1,?2,?3,?4,?5,?6)"),
      insert_event_(db, "INSERT INTO events(article_id, passage_id, line, stated_start, stated_end, date_start, "
                        "date_end, year_inferred, type, quote_begin, quote_end, quote, confidence) "
                        "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)"),
      insert_event_place_(db, "INSERT INTO event_places(event_id, ordinal, place_id) VALUES (?1,?2,?3)"),
      insert_event_actor_(db, "INSERT INTO event_actors(event_id, ordinal, actor_id) VALUES (?1,?2,?3)") {}

int64_t DocumentWriter::Write(const DocumentIdentity& id, const text::Document& doc) {
  std::string warnings;
  for (const auto& w : doc.warnings) warnings += (warnings.empty() ? "" : "\n") + w;
  insert_document_.Bind(1, id.path).Bind(2, id.content_hash).Bind(3, id.size).Bind(4, FormatName(doc.format));
  insert_document_.Bind(5, warnings).Run();
  const int64_t document_id = db_.LastInsertId();
  int64_t ordinal = 0;
  for (const text::Article& a : doc.articles) WriteArticle(document_id, ordinal++, doc, a);
  return document_id;
}

void DocumentWriter::WriteArticle(int64_t document_id, int64_t ordinal, const text::Document& doc,
                                  const text::Article& a) {
  const auto [first, last] = DateBounds(a.date);
  const Days days{UnlessEmpty(first), UnlessEmpty(last)};
  insert_article_.Bind(1, document_id).Bind(2, ordinal).Bind(3, a.title).Bind(4, a.outlet).Bind(5, a.author);
  insert_article_.Bind(6, a.language).BindOptional(7, UnlessEmpty(a.date.Iso())).BindOptional(8, days.first);
  insert_article_.BindOptional(9, days.last).Bind(10, int64_t(a.date.inferred)).Bind(11, a.date_note);
  insert_article_.Bind(12, int64_t(a.first_line)).Bind(13, int64_t(a.last_line));
  insert_article_.Bind(14, int64_t(a.span.begin)).Bind(15, int64_t(a.span.end)).Run();
  const int64_t article_id = db_.LastInsertId();

  std::vector<int64_t> passage_ids;
  passage_ids.reserve(a.passages.size());
  for (const text::Passage& p : a.passages)
    passage_ids.push_back(WritePassage(article_id, int64_t(passage_ids.size()), doc, a, p, days));
  for (const text::ExtractedEvent& e : a.events) WriteEvent(article_id, doc.text, a, passage_ids, e);
}

int64_t DocumentWriter::WritePassage(int64_t article_id, int64_t ordinal, const text::Document& doc,
                                     const text::Article& a, const text::Passage& p, const Days& days) {
  const std::string_view text = doc.text;
  const std::string_view passage_text = text.substr(p.span.begin, p.span.size());
  const bool is_title = ordinal == 0 && !a.title.empty() && passage_text == a.title;
  insert_passage_.Bind(1, article_id).Bind(2, ordinal).Bind(3, is_title ? "title" : "body");
  insert_passage_.Bind(4, int64_t(p.first_line)).Bind(5, int64_t(p.last_line)).Bind(6, int64_t(p.span.begin));
  insert_passage_.Bind(7, int64_t(p.span.end)).BindOptional(8, days.first).BindOptional(9, days.last);
  insert_passage_.Bind(10, passage_text).Run();
  const int64_t passage_id = db_.LastInsertId();
  if (last_passage_ < first_passage_) first_passage_ = passage_id;
  last_passage_ = passage_id;

  const std::string_view first_month = days.first ? std::string_view(*days.first).substr(0, 7) : "";
  const std::string_view last_month = days.last ? std::string_view(*days.last).substr(0, 7) : "";
  keys_.clear();
  for (const text::PlaceMention& m : p.mentions) {
    if (!Contains(p.span, m.span)) continue;  // belongs to another passage
    insert_mention_.Bind(1, passage_id).Bind(2, m.place_id).Bind(3, int64_t(m.span.begin - p.span.begin));
    insert_mention_.Bind(4, int64_t(m.span.end - p.span.begin)).Bind(5, int64_t(m.metonym));
    insert_mention_.BindOptional(6, days.first).BindOptional(7, days.last).Run();
    keys_.push_back(m.place_id);
  }
  place_tally_.AddPassage(first_month, last_month, keys_);
  keys_.clear();
  for (const text::ActorMention& m : p.actors) {
    if (!Contains(p.span, m.span)) continue;
    insert_actor_.Bind(1, passage_id).Bind(2, int64_t(m.span.begin - p.span.begin));
    insert_actor_.Bind(3, int64_t(m.span.end - p.span.begin)).Bind(4, m.actor_id).Bind(5, ViaName(m.via));
    insert_actor_.Bind(6, m.person).Run();
    if (db_.Changes() > 0) keys_.push_back(m.actor_id);  // a repeat is ignored by the table, so here too
  }
  actor_tally_.AddPassage(first_month, last_month, keys_);
  return passage_id;
}

void DocumentWriter::WriteEvent(int64_t article_id, std::string_view text, const text::Article& a,
                                const std::vector<int64_t>& passage_ids, const text::ExtractedEvent& e) {
  const int index = PassageOfEvent(a, e);
  if (index < 0) return;
  const text::ByteSpan& passage = a.passages[size_t(index)].span;
  // The quote as far as it lies in its passage; the whole passage when none was given.
  const size_t quote_begin = e.span.empty() ? passage.begin : std::max(e.span.begin, passage.begin);
  const size_t quote_end = e.span.empty() ? passage.end : std::min(e.span.end, passage.end);
  const auto [first, last_of_start] = DateBounds(e.start);
  const std::string last = e.end ? DateBounds(*e.end).second : last_of_start;

  insert_event_.Bind(1, article_id).Bind(2, passage_ids[size_t(index)]).Bind(3, int64_t(e.line));
  insert_event_.Bind(4, e.start.Iso()).BindOptional(5, e.end ? UnlessEmpty(e.end->Iso()) : std::nullopt);
  insert_event_.BindOptional(6, UnlessEmpty(first)).BindOptional(7, UnlessEmpty(last));
  insert_event_.Bind(8, int64_t(e.year_inferred)).Bind(9, text::ToString(e.type));
  insert_event_.Bind(10, int64_t(quote_begin - passage.begin)).Bind(11, int64_t(quote_end - passage.begin));
  insert_event_.Bind(12, text.substr(quote_begin, quote_end - quote_begin)).Bind(13, e.confidence).Run();
  const int64_t event_id = db_.LastInsertId();
  for (size_t i = 0; i < e.place_ids.size(); ++i)
    insert_event_place_.Bind(1, event_id).Bind(2, int64_t(i)).Bind(3, e.place_ids[i]).Run();
  for (size_t i = 0; i < e.actor_ids.size(); ++i)
    insert_event_actor_.Bind(1, event_id).Bind(2, int64_t(i)).Bind(3, e.actor_ids[i]).Run();
}

}  // namespace atlas::store
