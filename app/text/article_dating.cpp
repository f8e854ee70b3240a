// Stated and inferred article dates; see article_dating.h.
#include "text/article_dating.h"

#include <optional>
#include <string>

#include "text/calendar_arithmetic.h"
#include "text/date_parser.h"
#include "text/source_locator.h"

namespace atlas::text {
namespace {

struct Neighbour {
  PartialDate date;
  int line = 0;
};

std::string Describe(const Neighbour& n) { return n.date.Iso() + " (line " + std::to_string(n.line) + ")"; }

// Stated dates must rise or fall through the file for neighbours to bound the others.
enum class FileOrder { kNone, kDescending, kAscending };

FileOrder OrderOf(const std::vector<std::optional<Neighbour>>& stated) {
  std::vector<PartialDate> seq;
  for (const auto& s : stated)
    if (s) seq.push_back(s->date);
  if (seq.size() < 2) return FileOrder::kNone;
  bool desc = true, asc = true;
  for (size_t i = 1; i < seq.size(); ++i) {
    if (Before(seq[i - 1], seq[i])) desc = false;
    if (Before(seq[i], seq[i - 1])) asc = false;
  }
  return desc ? FileOrder::kDescending : asc ? FileOrder::kAscending : FileOrder::kNone;
}

// The latest explicit date (a written or numeric date, or a month and year) the article's
// text mentions as past or present, no later than `upper` when that is known.
struct Mention {
  PartialDate date;
  int line = 0;
};

std::optional<Mention> LatestMention(const Document& doc, const Article& a, const PartialDate& reference,
                                     const PartialDate& upper, const SourceLocator& locator) {
  DateExpressionParser parser;
  DateContext context;
  context.reference = reference;
  std::optional<Mention> best;
  for (const Passage& p : a.passages) {
    std::string_view text = std::string_view(doc.text).substr(p.span.begin, p.span.size());
    if (!MayHoldFullDate(text)) continue;  // most paragraphs: the parser need not read them
    for (const DateExpression& e : parser.FindAll(text, context)) {
      bool explicit_date = e.form == DateForm::kWritten || e.form == DateForm::kNumeric || e.form == DateForm::kMonthYear;
      if (!explicit_date || !e.resolved() || e.looks_ahead) continue;  // a planned date says nothing of when it was written
      PartialDate latest = e.end.known() ? e.end : e.start;
      if (upper.known() && Before(upper, latest)) continue;  // after the next dated article: not a clue
      if (!best || Before(best->date, latest)) best = Mention{latest, locator.LineOf(p.span.begin + e.span.begin)};
    }
  }
  if (best) best->date.inferred = true;
  return best;
}

class FileDating {
 public:
  FileDating(Document& doc, const std::vector<LineFeatures>& lines, const std::vector<int>& dateline_of,
             const SourceLocator& locator)
      : doc_(doc), lines_(lines), dateline_of_(dateline_of), locator_(locator) {}

  void Run() {
    size_t n = doc_.articles.size();
    stated_.assign(n, std::nullopt);
    for (size_t k = 0; k < n; ++k) ReadStated(k);
    order_ = OrderOf(stated_);
    // The nearest stated article before and after each one, in one pass each way.
    before_.assign(n, std::nullopt);
    after_.assign(n, std::nullopt);
    for (size_t k = 1; k < n; ++k) before_[k] = stated_[k - 1] ? stated_[k - 1] : before_[k - 1];
    for (size_t k = n; k-- > 1;) after_[k - 1] = stated_[k] ? stated_[k] : after_[k];
    for (size_t k = 0; k < n; ++k)
      if (!stated_[k]) Infer(k);
  }

 private:
  void ReadStated(size_t k) {
    Article& a = doc_.articles[k];
    int d = dateline_of_[k];
    if (d >= 0 && lines_[static_cast<size_t>(d)].date.stated()) {
      a.date = lines_[static_cast<size_t>(d)].date.start;
    } else if (!doc_.hints.published.empty() && (doc_.articles.size() == 1 || k == 0)) {
      DateExpressionParser parser;
      for (const DateExpression& e : parser.FindAll(doc_.hints.published))
        if (e.stated() && !a.date.known()) a.date = e.start;
      if (a.date.known()) a.date_note = "from the page's metadata";
    }
    if (a.date.known()) stated_[k] = Neighbour{a.date, a.first_line};
  }

  void Infer(size_t k) {
    Article& a = doc_.articles[k];
    std::optional<Neighbour> before = before_[k], after = after_[k];
    std::optional<Neighbour> upper, lower;
    if (order_ == FileOrder::kDescending) upper = before, lower = after;
    if (order_ == FileOrder::kAscending) upper = after, lower = before;
    std::optional<Neighbour> reference = upper ? upper : before ? before : after ? after : std::nullopt;
    PartialDate ref = reference ? reference->date : PartialDate{};
    PartialDate up = upper ? upper->date : PartialDate{};
    int d = dateline_of_[k];
    if (d >= 0 && ref.known()) {  // a dateline without its year ("Oct. 3")
      DateExpressionParser parser;
      const LineFeatures& f = lines_[static_cast<size_t>(d)];
      DateContext context;
      context.reference = ref;
      auto found = parser.FindAll(std::string_view(doc_.text).substr(f.date.span.begin, f.date.span.size()), context);
      if (!found.empty() && found[0].resolved()) {
        a.date = found[0].start;
        a.date.inferred = true;
        a.date_note = "dateline without a year; year from the article dated " + Describe(*reference);
        return;
      }
    }
    std::optional<Mention> latest = LatestMention(doc_, a, ref, up, locator_);
    if (latest && (!lower || !Before(latest->date, lower->date))) {
      a.date = latest->date;
      a.date_note = "not stated; latest date mentioned in the text (line " + std::to_string(latest->line) + ")";
      if (reference && latest->date.inferred) a.date_note += ", year from the article dated " + Describe(*reference);
      return;
    }
    if (upper && lower && upper->date.year == lower->date.year && upper->date.month == lower->date.month &&
        upper->date.precision >= DatePrecision::kMonth) {
      a.date = MonthDate(upper->date.year, upper->date.month, true);
      a.date_note = "not stated; between the articles dated " + Describe(*lower) + " and " + Describe(*upper);
      return;
    }
    a.date_note = upper && lower ? "not stated; published between " + Describe(*lower) + " and " + Describe(*upper) +
                                       " (neighbouring articles), no closer clue in the text"
                                 : "not stated; no dated clue in the text";
  }

  Document& doc_;
  const std::vector<LineFeatures>& lines_;
  const std::vector<int>& dateline_of_;
  const SourceLocator& locator_;
  std::vector<std::optional<Neighbour>> stated_, before_, after_;
  FileOrder order_ = FileOrder::kNone;
};

}  // namespace

void DateArticles(Document& doc, const std::vector<LineFeatures>& lines, const std::vector<int>& dateline_of,
                  const SourceLocator& locator) {
  FileDating(doc, lines, dateline_of, locator).Run();
}

}  // namespace atlas::text
