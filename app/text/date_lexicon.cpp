// The date vocabulary; see date_lexicon.h. To teach the parser a new word or language, add
// rows here: nothing else in the parser names a language.
//
// [SECTION] Month and weekday names
// [SECTION] Cue and modifier words
// [SECTION] Numbers, units and relative phrases
// [SECTION] Lookup tables
#include "text/date_lexicon.h"

#include <algorithm>

#include "text/match_fold.h"

namespace atlas::text {

std::string FoldDateWord(std::string_view word) { return word.size() > 40 ? std::string() : FoldForMatching(word); }

void FoldDateWord(std::string_view word, std::string& out) {
  out.assign(word.size() <= 40 ? word : std::string_view());
  for (char& c : out) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      out = FoldDateWord(word);
      return;
    }
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));  // folding ASCII is lower-casing it
  }
}

namespace {

// [SECTION] Month and weekday names -------------------------------------------------------

struct NameRow {
  const char* words;  // space-separated forms; "_" joins the two words of one name
  int value;
  bool needs_capital;
};

// English forms need a capital: "May" the month, "may" the verb.
constexpr NameRow kMonths[] = {
    // English (full, abbreviated; a trailing '.' after an abbreviation is skipped by the parser)
    {"january jan", 1, true}, {"february feb", 2, true}, {"march mar", 3, true}, {"april apr", 4, true},
    {"may", 5, true}, {"june jun", 6, true}, {"july jul", 7, true}, {"august aug", 8, true},
    {"september sep sept", 9, true}, {"october oct", 10, true}, {"november nov", 11, true},
    {"december dec", 12, true},
    // Russian: nominative, genitive, prepositional; abbreviations
    {"январь января январе янв", 1, false}, {"февраль февраля феврале фев февр", 2, false},
    {"март марта марте", 3, false}, {"апрель апреля апреле апр", 4, false}, {"май мая мае", 5, false},
    {"июнь июня июне", 6, false}, {"июль июля июле", 7, false}, {"август августа августе авг", 8, false},
    {"сентябрь сентября сентябре сент", 9, false}, {"октябрь октября октябре окт", 10, false},
    {"ноябрь ноября ноябре нояб", 11, false}, {"декабрь декабря декабре дек", 12, false},
    // Azerbaijani (with genitive forms used in "iyulun 21-də")
    {"yanvar yanvarın yanvarda", 1, false}, {"fevral fevralın fevralda", 2, false},
    {"mart martın martda", 3, false}, {"aprel aprelin apreldə", 4, false}, {"mayın mayda", 5, false},
    {"iyun iyunun iyunda", 6, false}, {"iyul iyulun iyulda", 7, false},
    {"avqust avqustun avqustda", 8, false}, {"sentyabr sentyabrın sentyabrda", 9, false},
    {"oktyabr oktyabrın oktyabrda", 10, false}, {"noyabr noyabrın noyabrda", 11, false},
    {"dekabr dekabrın dekabrda", 12, false},
    // Turkish (common words among them need a capital when alone)
    {"ocak", 1, true}, {"şubat", 2, false}, {"nisan", 4, false}, {"mayıs", 5, false}, {"haziran", 6, false},
    {"temmuz", 7, false}, {"ağustos", 8, false}, {"eylül", 9, false}, {"ekim", 10, true}, {"kasım", 11, true},
    {"aralık", 12, true},
    // Arabic: Egyptian/Gulf style and Levantine (Syriac) style
    {"يناير", 1, false}, {"فبراير", 2, false}, {"مارس", 3, false}, {"ابريل", 4, false}, {"مايو", 5, false},
    {"يونيو يونيه", 6, false}, {"يوليو يوليه", 7, false}, {"اغسطس", 8, false}, {"سبتمبر", 9, false},
    {"اكتوبر", 10, false}, {"نوفمبر", 11, false}, {"ديسمبر", 12, false},
    {"كانون_الثاني", 1, false}, {"شباط", 2, false}, {"اذار", 3, false}, {"نيسان", 4, false}, {"ايار", 5, false},
    {"حزيران", 6, false}, {"تموز", 7, false}, {"اب", 8, false}, {"ايلول", 9, false}, {"تشرين_الاول", 10, false},
    {"تشرين_الثاني", 11, false}, {"كانون_الاول", 12, false},
    // Armenian: nominative and genitive ("հուլիսի 21")
    {"հունվար հունվարի", 1, false}, {"փետրվար փետրվարի", 2, false}, {"մարտ մարտի", 3, false},
    {"ապրիլ ապրիլի", 4, false}, {"մայիս մայիսի", 5, false}, {"հունիս հունիսի", 6, false},
    {"հուլիս հուլիսի", 7, false}, {"օգոստոս օգոստոսի", 8, false}, {"սեպտեմբեր սեպտեմբերի", 9, false},
    {"հոկտեմբեր հոկտեմբերի", 10, false}, {"նոյեմբեր նոյեմբերի", 11, false}, {"դեկտեմբեր դեկտեմբերի", 12, false},
};

constexpr NameRow kWeekdays[] = {
    {"monday mon", 0, true}, {"tuesday tue tues", 1, true}, {"wednesday wed", 2, true},
    {"thursday thu thurs", 3, true}, {"friday fri", 4, true}, {"saturday sat", 5, true}, {"sunday sun", 6, true},
    {"понедельник", 0, false}, {"вторник", 1, false}, {"среду", 2, false}, {"четверг", 3, false},
    {"пятница пятницу", 4, false}, {"суббота субботу", 5, false}, {"воскресенье", 6, false},
    {"pazartesi bazar_ertəsi", 0, true}, {"salı çərşənbə_axşamı", 1, true}, {"çarşamba çərşənbə", 2, true},
    {"perşembe cümə_axşamı", 3, true}, {"cuma cümə", 4, true}, {"cumartesi şənbə", 5, true}, {"pazar bazar", 6, true},
    {"الاثنين الإثنين", 0, false}, {"الثلاثاء", 1, false}, {"الاربعاء", 2, false}, {"الخميس", 3, false},
    {"الجمعة", 4, false}, {"السبت", 5, false}, {"الاحد", 6, false},
    {"երկուշաբթի", 0, false}, {"երեքշաբթի", 1, false}, {"չորեքշաբթի", 2, false}, {"հինգշաբթի", 3, false},
    {"ուրբաթ", 4, false}, {"շաբաթ", 5, false}, {"կիրակի", 6, false},
};

// [SECTION] Cue and modifier words ----------------------------------------------------------

struct WordRow {
  const char* words;
  DateWordKind kind;
  int value;
};

constexpr WordRow kWords[] = {
    {"in since by until till from during of before after throughout around circa", DateWordKind::kCue, 0},
    {"в во с со до к после по середине начале конце", DateWordKind::kCue, 0},
    {"في منذ خلال حتى عام سنة العام شهر يوم مطلع اواخر اوائل بداية نهاية اواسط", DateWordKind::kCue, 0},
    {"the", DateWordKind::kAttributive, 0},
    {"last geçen keçən الماضي الماضية прошлом прошлого прошлой прошлую անցյալ", DateWordKind::kLast, 0},
    {"next gelecek gələn المقبل القادم المقبلة القادمة следующем следующего следующей", DateWordKind::kNext, 0},
    {"this bu этом этого этой هذا هذه այս", DateWordKind::kThis, 0},
    {"early mid late end beginning start middle", DateWordKind::kPartOf, 0},
    {"to until till through thru and or по и до ve və ile ilə ila و الى إلى حتى", DateWordKind::kRangeJoin, 0},
    {"between from с со من بين", DateWordKind::kBetween, 0},
    {"года год году г гг il ili ilin ildə ilində yılı yılında yil yılının sene senesi թ թվականի թվականին", DateWordKind::kYearWord, 0},
    {"ayında ayı ayın günü", DateWordKind::kPeriodWord, 0},
    {"st nd rd th го ого е ci cı cu cü inci ıncı uncu üncü nci ncı ncu ncü i ı u ü si sı da də de te ta ində ında ınde", DateWordKind::kOrdinal, 0},
    {"people persons soldiers troops fighters militants cases tons tonnes km kilometers kilometres meters metres "
     "miles dollars euros manat rubles liras hectares units vehicles tanks drones families civilians refugees "
     "prisoners residents workers men women children copies votes seats words pages",
     DateWordKind::kCountNoun, 0},
    {"utc gmt msk azt amt get eet eest cet cest est edt pst pdt bst", DateWordKind::kTimeZone, 0},
    {"am pm a.m p.m", DateWordKind::kMeridiem, 0},
    {"comes came come coming", DateWordKind::kComeVerb, 0},
    {"will would shall scheduled rescheduled planned plans expected due deadline upcoming "
     "будет будут планируется намечено состоится olacak yapılacak planlanan planlanıyor olacaq keçiriləcək "
     "planlaşdırılır سوف سيتم المقرر կլինի կկայանա",
     DateWordKind::kFuture, 0},
};

constexpr WordRow kSeasons[] = {
    {"spring", DateWordKind::kSeason, 3}, {"summer", DateWordKind::kSeason, 6},
    {"autumn fall", DateWordKind::kSeason, 9},
};

// [SECTION] Numbers, units and relative phrases -----------------------------------------------

struct NumberRow {
  const char* words;
  int value;
};
constexpr NumberRow kNumberWords[] = {
    {"a an one один одну одна bir մեկ", 1}, {"two два две iki երկու", 2}, {"three три üç երեք", 3},
    {"four четыре dört dörd", 4}, {"five пять beş", 5}, {"six шесть altı", 6},
    {"seven семь yedi yeddi", 7}, {"eight восемь sekiz səkkiz", 8}, {"nine девять dokuz doqquz", 9},
    {"ten десять", 10}, {"couple", 2}, {"several", -1},
};

struct UnitRow {
  const char* words;
  TimeUnit unit;
};
constexpr UnitRow kUnits[] = {
    {"day days день дня дней сутки gün gündür يوم ايام օր", TimeUnit::kDay},
    {"week weeks неделю недели недель неделя hafta həftə اسبوع اسابيع շաբաթ", TimeUnit::kWeek},
    {"month months месяц месяца месяцев ay شهر اشهر ամիս", TimeUnit::kMonth},
    {"year years год года лет yıl sene il عام سنة سنوات اعوام տարի", TimeUnit::kYear},
};

constexpr RelativePhrase kRelativePhrases[] = {
    // From the reference date
    {"yesterday", RelativeBase::kReference, -1, TimeUnit::kDay, 1},
    {"today", RelativeBase::kReference, 0, TimeUnit::kDay, 0},
    {"tomorrow", RelativeBase::kReference, 1, TimeUnit::kDay, 1},
    {"last night", RelativeBase::kReference, -1, TimeUnit::kDay, 1},
    {"this morning", RelativeBase::kReference, 0, TimeUnit::kDay, 0},
    {"this afternoon", RelativeBase::kReference, 0, TimeUnit::kDay, 0},
    {"this evening", RelativeBase::kReference, 0, TimeUnit::kDay, 0},
    {"tonight", RelativeBase::kReference, 0, TimeUnit::kDay, 0},
    {"{n} {unit} ago", RelativeBase::kReference, -1, TimeUnit::kDay, 1},
    {"вчера", RelativeBase::kReference, -1, TimeUnit::kDay, 1},
    {"позавчера", RelativeBase::kReference, -1, TimeUnit::kDay, 2},
    {"сегодня", RelativeBase::kReference, 0, TimeUnit::kDay, 0},
    {"завтра", RelativeBase::kReference, 1, TimeUnit::kDay, 1},
    {"{n} {unit} назад", RelativeBase::kReference, -1, TimeUnit::kDay, 1},
    {"dün", RelativeBase::kReference, -1, TimeUnit::kDay, 1},
    {"bugün", RelativeBase::kReference, 0, TimeUnit::kDay, 0},
    {"yarın", RelativeBase::kReference, 1, TimeUnit::kDay, 1},
    {"{n} {unit} önce", RelativeBase::kReference, -1, TimeUnit::kDay, 1},
    {"dünən", RelativeBase::kReference, -1, TimeUnit::kDay, 1},
    {"bu gün", RelativeBase::kReference, 0, TimeUnit::kDay, 0},
    {"{n} {unit} əvvəl", RelativeBase::kReference, -1, TimeUnit::kDay, 1},
    {"امس", RelativeBase::kReference, -1, TimeUnit::kDay, 1},
    {"البارحة", RelativeBase::kReference, -1, TimeUnit::kDay, 1},
    {"قبل {unit}", RelativeBase::kReference, -1, TimeUnit::kDay, 1},
    {"երեկ", RelativeBase::kReference, -1, TimeUnit::kDay, 1},
    {"այսօր", RelativeBase::kReference, 0, TimeUnit::kDay, 0},
    // Calendar periods around the reference date
    {"last week", RelativeBase::kPeriod, -1, TimeUnit::kWeek, 1},
    {"this week", RelativeBase::kPeriod, 0, TimeUnit::kWeek, 0},
    {"earlier this week", RelativeBase::kPeriod, 0, TimeUnit::kWeek, 0},
    {"next week", RelativeBase::kPeriod, 1, TimeUnit::kWeek, 1},
    {"last month", RelativeBase::kPeriod, -1, TimeUnit::kMonth, 1},
    {"this month", RelativeBase::kPeriod, 0, TimeUnit::kMonth, 0},
    {"earlier this month", RelativeBase::kPeriod, 0, TimeUnit::kMonth, 0},
    {"next month", RelativeBase::kPeriod, 1, TimeUnit::kMonth, 1},
    {"last year", RelativeBase::kPeriod, -1, TimeUnit::kYear, 1},
    {"this year", RelativeBase::kPeriod, 0, TimeUnit::kYear, 0},
    {"earlier this year", RelativeBase::kPeriod, 0, TimeUnit::kYear, 0},
    {"later this year", RelativeBase::kPeriod, 0, TimeUnit::kYear, 0},
    {"next year", RelativeBase::kPeriod, 1, TimeUnit::kYear, 1},
    {"на прошлой неделе", RelativeBase::kPeriod, -1, TimeUnit::kWeek, 1},
    {"на этой неделе", RelativeBase::kPeriod, 0, TimeUnit::kWeek, 0},
    {"в прошлом месяце", RelativeBase::kPeriod, -1, TimeUnit::kMonth, 1},
    {"в этом месяце", RelativeBase::kPeriod, 0, TimeUnit::kMonth, 0},
    {"в прошлом году", RelativeBase::kPeriod, -1, TimeUnit::kYear, 1},
    {"в этом году", RelativeBase::kPeriod, 0, TimeUnit::kYear, 0},
    {"в следующем году", RelativeBase::kPeriod, 1, TimeUnit::kYear, 1},
    {"geçen hafta", RelativeBase::kPeriod, -1, TimeUnit::kWeek, 1},
    {"bu hafta", RelativeBase::kPeriod, 0, TimeUnit::kWeek, 0},
    {"geçen ay", RelativeBase::kPeriod, -1, TimeUnit::kMonth, 1},
    {"geçen yıl", RelativeBase::kPeriod, -1, TimeUnit::kYear, 1},
    {"geçen sene", RelativeBase::kPeriod, -1, TimeUnit::kYear, 1},
    {"bu yıl", RelativeBase::kPeriod, 0, TimeUnit::kYear, 0},
    {"keçən həftə", RelativeBase::kPeriod, -1, TimeUnit::kWeek, 1},
    {"bu həftə", RelativeBase::kPeriod, 0, TimeUnit::kWeek, 0},
    {"keçən ay", RelativeBase::kPeriod, -1, TimeUnit::kMonth, 1},
    {"keçən il", RelativeBase::kPeriod, -1, TimeUnit::kYear, 1},
    {"bu il", RelativeBase::kPeriod, 0, TimeUnit::kYear, 0},
    {"gələn il", RelativeBase::kPeriod, 1, TimeUnit::kYear, 1},
    {"الاسبوع الماضي", RelativeBase::kPeriod, -1, TimeUnit::kWeek, 1},
    {"الشهر الماضي", RelativeBase::kPeriod, -1, TimeUnit::kMonth, 1},
    {"العام الماضي", RelativeBase::kPeriod, -1, TimeUnit::kYear, 1},
    {"السنة الماضية", RelativeBase::kPeriod, -1, TimeUnit::kYear, 1},
    {"هذا العام", RelativeBase::kPeriod, 0, TimeUnit::kYear, 0},
    {"العام المقبل", RelativeBase::kPeriod, 1, TimeUnit::kYear, 1},
    {"անցյալ շաբաթ", RelativeBase::kPeriod, -1, TimeUnit::kWeek, 1},
    {"անցյալ ամիս", RelativeBase::kPeriod, -1, TimeUnit::kMonth, 1},
    {"անցյալ տարի", RelativeBase::kPeriod, -1, TimeUnit::kYear, 1},
    {"այս տարի", RelativeBase::kPeriod, 0, TimeUnit::kYear, 0},
    // From the last date mentioned ("the next day")
    {"the day before", RelativeBase::kAnchor, -1, TimeUnit::kDay, 1},
    {"the previous day", RelativeBase::kAnchor, -1, TimeUnit::kDay, 1},
    {"the day after", RelativeBase::kAnchor, 1, TimeUnit::kDay, 1},
    {"the next day", RelativeBase::kAnchor, 1, TimeUnit::kDay, 1},
    {"the following day", RelativeBase::kAnchor, 1, TimeUnit::kDay, 1},
    {"{n} {unit} later", RelativeBase::kAnchor, 1, TimeUnit::kDay, 1},
    {"{n} {unit} after", RelativeBase::kAnchor, 1, TimeUnit::kDay, 1},
    {"{n} {unit} before", RelativeBase::kAnchor, -1, TimeUnit::kDay, 1},
    {"{n} {unit} earlier", RelativeBase::kAnchor, -1, TimeUnit::kDay, 1},
    {"накануне", RelativeBase::kAnchor, -1, TimeUnit::kDay, 1},
    {"на следующий день", RelativeBase::kAnchor, 1, TimeUnit::kDay, 1},
    {"ertesi gün", RelativeBase::kAnchor, 1, TimeUnit::kDay, 1},
    {"ertəsi gün", RelativeBase::kAnchor, 1, TimeUnit::kDay, 1},
};

// Splits a row of words on spaces; "_" stands for the space inside a two-word name.
std::vector<std::string> Words(const char* row) {
  std::vector<std::string> out;
  std::string_view s(row);
  while (!s.empty()) {
    size_t sp = s.find(' ');
    std::string w(s.substr(0, sp));
    std::replace(w.begin(), w.end(), '_', ' ');
    if (!w.empty()) out.push_back(w);
    if (sp == std::string_view::npos) break;
    s.remove_prefix(sp + 1);
  }
  return out;
}

// A two-word name is folded word by word, as the parser folds tokens.
std::string FoldPhrase(const std::string& words) {
  std::string out;
  size_t start = 0;
  while (start <= words.size()) {
    size_t sp = words.find(' ', start);
    if (sp == std::string::npos) sp = words.size();
    if (!out.empty()) out += ' ';
    out += FoldDateWord(std::string_view(words).substr(start, sp - start));
    start = sp + 1;
  }
  return out;
}

}  // namespace

// [SECTION] Lookup tables -------------------------------------------------------------------

DateLexicon::DateLexicon() {
  std::unordered_map<std::string, DateWordEntry> entries;
  std::vector<std::pair<std::string, DateWord>> flat;
  for (const auto& row : kMonths)
    for (const auto& w : Words(row.words)) flat.push_back({FoldPhrase(w), {DateWordKind::kMonth, row.value, row.needs_capital}});
  for (const auto& row : kWeekdays)
    for (const auto& w : Words(row.words)) flat.push_back({FoldPhrase(w), {DateWordKind::kWeekday, row.value, row.needs_capital}});
  for (const auto* table : {&kWords[0], &kSeasons[0]}) {
    size_t n = table == &kWords[0] ? std::size(kWords) : std::size(kSeasons);
    for (size_t i = 0; i < n; ++i)
      for (const auto& w : Words(table[i].words)) flat.push_back({FoldPhrase(w), {table[i].kind, table[i].value, false}});
  }
  for (size_t i = 0, n = flat.size(); i < n; ++i) {
    size_t space = flat[i].first.find(' ');
    if (space != std::string::npos) flat.push_back({flat[i].first.substr(0, space), {DateWordKind::kNamePrefix, 0, false}});
  }
  for (auto& [key, word] : flat) {  // a word's meanings stay in table order
    DateWordEntry& entry = entries[key];
    entry.meanings.push_back(word);
    entry.kinds |= 1u << static_cast<int>(word.kind);
  }
  for (const auto& row : kNumberWords)
    for (const auto& w : Words(row.words)) entries[FoldDateWord(w)].number = row.value;
  for (const auto& row : kUnits)
    for (const auto& w : Words(row.words)) {
      DateWordEntry& entry = entries[FoldDateWord(w)];
      entry.is_unit = true;
      entry.unit = row.unit;
    }
  // Patterns are folded as the parser folds tokens ("yarın" is looked up as "yarin").
  folded_patterns_.reserve(std::size(kRelativePhrases));
  for (const auto& p : kRelativePhrases) {
    folded_patterns_.push_back(FoldPhrase(std::string(p.pattern)));
    RelativePhrase folded = p;
    folded.pattern = folded_patterns_.back();
    relative_.push_back(folded);
    std::vector<PhraseWord>& words = phrase_words_.emplace_back();
    for (std::string_view rest = folded.pattern; !rest.empty();) {
      size_t sp = rest.find(' ');
      std::string_view word = rest.substr(0, sp);
      PhraseWord::Kind kind = word == "{n}" ? PhraseWord::kNumber : word == "{unit}" ? PhraseWord::kUnit : PhraseWord::kWord;
      words.push_back({kind, word});
      rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
    }
    std::string first(folded.pattern.substr(0, folded.pattern.find(' ')));
    if (first == "{n}") number_first_.push_back(relative_.size() - 1);
    else entries[first].phrases.push_back(relative_.size() - 1);
  }
  BuildTable(std::move(entries));
}

namespace {

// Eight bytes at a time: words are short, and a byte-at-a-time hash would be a chain of
// multiplications as long as the word.
uint64_t WordHash(std::string_view s) {
  constexpr uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;
  uint64_t h = s.size();
  for (size_t i = 0; i < s.size(); i += 8) {
    uint64_t block = 0;
    for (size_t k = 0; k < 8 && i + k < s.size(); ++k) block |= uint64_t(static_cast<unsigned char>(s[i + k])) << (8 * k);
    h = (h ^ block) * kMultiplier;
    h ^= h >> 29;
  }
  return h;
}

}  // namespace

void DateLexicon::BuildTable(std::unordered_map<std::string, DateWordEntry> entries) {
  size_t size = 16;
  while (size < 4 * entries.size()) size *= 2;
  slots_.assign(size, 0);
  for (auto& [key, entry] : entries) {
    size_t slot = WordHash(key) & (size - 1);
    while (slots_[slot] != 0) slot = (slot + 1) & (size - 1);
    keys_.push_back(key);
    entries_.push_back(std::move(entry));
    slots_[slot] = static_cast<uint32_t>(keys_.size());
  }
}

const DateLexicon& DateLexicon::Get() {
  static const DateLexicon lexicon;
  return lexicon;
}

const DateWordEntry* DateLexicon::Find(std::string_view folded) const {
  const size_t mask = slots_.size() - 1;
  for (size_t slot = WordHash(folded) & mask; slots_[slot] != 0; slot = (slot + 1) & mask)
    if (keys_[slots_[slot] - 1] == folded) return &entries_[slots_[slot] - 1];
  return nullptr;
}

const std::vector<DateWord>& DateLexicon::Lookup(std::string_view folded) const {
  static const std::vector<DateWord> kNone;
  const DateWordEntry* entry = Find(folded);
  return entry ? entry->meanings : kNone;
}

bool DateLexicon::Has(std::string_view folded, DateWordKind kind) const { return Value(folded, kind) >= 0; }

int DateLexicon::Value(std::string_view folded, DateWordKind kind) const {
  for (const DateWord& w : Lookup(folded))
    if (w.kind == kind) return w.value;
  return -1;
}

const std::vector<size_t>& DateLexicon::PhrasesStartingWith(std::string_view folded) const {
  static const std::vector<size_t> kNone;
  const DateWordEntry* entry = Find(folded);
  return entry ? entry->phrases : kNone;
}

int DateLexicon::NumberWord(std::string_view folded) const {
  const DateWordEntry* entry = Find(folded);
  return entry ? entry->number : -1;
}

bool DateLexicon::Unit(std::string_view folded, TimeUnit* unit) const {
  const DateWordEntry* entry = Find(folded);
  if (!entry || !entry->is_unit) return false;
  *unit = entry->unit;
  return true;
}

}  // namespace atlas::text
