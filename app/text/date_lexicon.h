// DateLexicon: the words of date expressions in English, Russian, Azerbaijani, Turkish, Arabic
// and Armenian (months, weekdays, cues, relative phrases) as data in one place. No GL, ImGui, SQL.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace atlas::text {

enum class TimeUnit { kDay, kWeek, kMonth, kYear };

// What a single (folded) word can mean in a date expression. A word can be several things
// ("may": a month and an English modal; "in": a cue), so lookups return all of them.
enum class DateWordKind {
  kMonth,         // value 1..12
  kWeekday,       // value 0..6, Monday first
  kCue,           // introduces a month, year or weekday alone: "in", "since", "в", "في"
  kAttributive,   // "the": a year right after it is a date only before a noun ("the 2015 war")
  kLast,          // "last", "geçen", "keçən": the one before the reference
  kNext,          // "next", "gelecek", "gələn"
  kThis,          // "this"
  kPartOf,        // "early", "mid", "late": part of a period, kept as the period
  kRangeJoin,     // "to", "until", "and", "по", "ve", "و": joins the two ends of a range
  kBetween,       // "between", "from", "с", "من": opens a range
  kYearWord,      // "года", "г", "il", "yılında", "թ": follows a year and confirms it
  kPeriodWord,    // "ayında", "günü": follows a month or weekday name and confirms it
  kOrdinal,       // "st", "nd", "rd", "th", "го", "ci": a suffix glued to a day number
  kCountNoun,     // "people", "troops": a number before it is a count, not a year
  kSeason,        // value: first month of the season (3, 6, 9)
  kTimeZone,      // "UTC", "GMT", "MSK": may follow a time
  kMeridiem,      // "am", "pm"
  kComeVerb,      // "comes", "came": "X comes a day after Y" puts Y before X
  kNamePrefix,    // the first word of a two-word name ("تشرين" of "تشرين الثاني")
  kFuture,        // "will", "scheduled", "будет", "olacak", "سوف": the date is looked forward to
};

struct DateWord {
  DateWordKind kind;
  int value = 0;
  // Month and weekday names of English (and other Latin-script words that are also common
  // lowercase words: Turkish "ocak", "ekim") count only when capitalised or beside a number.
  bool needs_capital = false;
};

// Relative phrases ("last week", "3 days ago", "the day before", "вчера", "geçen ay").
enum class RelativeBase {
  kReference,  // counted from the reference date (the article date)
  kAnchor,     // counted from the last date mentioned before ("the next day")
  kPeriod,     // the calendar period holding the reference, shifted: "last month"
};

struct RelativePhrase {
  std::string_view pattern;  // folded words; "{n}" a number or number word, "{unit}" a unit word
  RelativeBase base;
  int sign;                  // -1 before, 0 same, +1 after
  TimeUnit unit;             // when the pattern has no {unit}
  int amount;                // when the pattern has no {n}
};

// Everything one folded word can be to the parser, so that a token is looked up once.
struct DateWordEntry {
  std::vector<DateWord> meanings;  // in table order
  uint32_t kinds = 0;              // a bit (1 << kind) for each kind among `meanings`
  int number = -1;                 // its value as a number word, or -1
  bool is_unit = false;
  TimeUnit unit = TimeUnit::kDay;  // when is_unit
  std::vector<size_t> phrases;     // relative phrases (indexes) that start with it
  bool Is(DateWordKind kind) const { return (kinds >> static_cast<int>(kind)) & 1u; }
};

class DateLexicon {
 public:
  static const DateLexicon& Get();

  // The entry of a folded word, or nullptr when the word means nothing to the parser (most
  // words: such a word can start no date expression).
  const DateWordEntry* Find(std::string_view folded) const;

  // All meanings of a folded word (empty when none). Two-word names ("تشرين الثاني") are
  // looked up with one space between the words.
  const std::vector<DateWord>& Lookup(std::string_view folded) const;
  bool Has(std::string_view folded, DateWordKind kind) const;
  int Value(std::string_view folded, DateWordKind kind) const;  // -1 when absent

  // Number words ("a", "two", "три", "iki") and unit words ("days", "недели", "gün").
  int NumberWord(std::string_view folded) const;  // -1 when not a number word
  bool Unit(std::string_view folded, TimeUnit* unit) const;

  const std::vector<RelativePhrase>& relative_phrases() const { return relative_; }
  // The words of relative_phrases()[k].pattern, split and read once.
  struct PhraseWord {
    enum Kind { kWord, kNumber, kUnit } kind;  // a folded word, "{n}" or "{unit}"
    std::string_view word;                     // kWord: the folded word
  };
  const std::vector<PhraseWord>& PhraseWords(size_t k) const { return phrase_words_[k]; }
  // Indexes into relative_phrases() of the phrases that can start with this folded word,
  // or (number_first) with a number.
  const std::vector<size_t>& PhrasesStartingWith(std::string_view folded) const;
  const std::vector<size_t>& PhrasesStartingWithNumber() const { return number_first_; }

 private:
  DateLexicon();
  DateLexicon(const DateLexicon&) = delete;
  DateLexicon& operator=(const DateLexicon&) = delete;
  // Every token is looked up, and nearly every one is no date word: the entries sit in an
  // open-addressed table, a power of two in size and at most a quarter full, so a lookup is
  // one short hash, no division, and most misses meet an empty slot at once.
  void BuildTable(std::unordered_map<std::string, DateWordEntry> entries);
  std::vector<std::string> keys_;
  std::vector<DateWordEntry> entries_;  // entries_[k] is the entry of keys_[k]
  std::vector<uint32_t> slots_;         // k + 1 for keys_[k], or 0 (empty)
  std::vector<std::string> folded_patterns_;  // storage the patterns in relative_ point into
  std::vector<RelativePhrase> relative_;
  std::vector<std::vector<PhraseWord>> phrase_words_;
  std::vector<size_t> number_first_;
};

// Folds a word for lexicon lookups (FoldForMatching); words longer than 40 bytes, which
// can be no date word, fold to "".
std::string FoldDateWord(std::string_view word);
// The same into `out`, reusing its buffer: the tokenizer folds every word it reads.
void FoldDateWord(std::string_view word, std::string& out);

}  // namespace atlas::text
