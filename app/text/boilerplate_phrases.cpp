// Boilerplate phrase lists and line classification; see boilerplate_phrases.h. To recognise
// a new prompt or caption, add a row to kPhrases (any case, any of the six languages).
#include "text/boilerplate_phrases.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bitset>
#include <vector>

#include "text/code_point_class.h"
#include "text/eight_bytes.h"
#include "text/match_fold.h"
#include "text/utf8_text.h"

namespace atlas::text {
namespace {

enum class Where { kWhole, kPrefix, kContains };

struct PhraseRow {
  const char* phrase;
  Where where;
  BoilerplateKind kind;
};

constexpr BoilerplateKind kEnd = BoilerplateKind::kEnd;
constexpr BoilerplateKind kInline = BoilerplateKind::kInline;
constexpr BoilerplateKind kSite = BoilerplateKind::kSite;
constexpr BoilerplateKind kMeta = BoilerplateKind::kMeta;

constexpr PhraseRow kPhrases[] = {
    // Related-content lists that follow an article (English)
    {"related", Where::kWhole, kEnd}, {"related news", Where::kPrefix, kEnd}, {"related videos", Where::kPrefix, kEnd},
    {"related posts", Where::kPrefix, kEnd}, {"related articles", Where::kPrefix, kEnd},
    {"related stories", Where::kPrefix, kEnd}, {"related content", Where::kPrefix, kEnd},
    {"more on the topic", Where::kPrefix, kEnd}, {"more on this topic", Where::kPrefix, kEnd},
    {"more stories", Where::kPrefix, kEnd}, {"more from", Where::kPrefix, kEnd}, {"you may also like", Where::kPrefix, kEnd},
    {"you might also like", Where::kPrefix, kEnd}, {"recommended for you", Where::kPrefix, kEnd},
    {"most read", Where::kWhole, kEnd}, {"most popular", Where::kWhole, kEnd}, {"popular posts", Where::kWhole, kEnd},
    {"trending", Where::kWhole, kEnd}, {"tags", Where::kWhole, kEnd}, {"tags:", Where::kPrefix, kEnd},
    {"filed under", Where::kPrefix, kEnd}, {"keywords:", Where::kPrefix, kEnd}, {"теги:", Where::kPrefix, kEnd},
    {"метки:", Where::kPrefix, kEnd}, {"etiketler:", Where::kPrefix, kEnd}, {"etiketler", Where::kWhole, kEnd},
    {"teqlər:", Where::kPrefix, kEnd}, {"açar sözlər:", Where::kPrefix, kEnd}, {"الوسوم:", Where::kPrefix, kEnd},
    {"كلمات مفتاحية", Where::kPrefix, kEnd}, {"պիտակներ՝", Where::kPrefix, kEnd},
    // Comment, donation, app, newsletter and follow prompts; disclaimers; continuation marks
    {"be the first to comment", Where::kContains, kEnd}, {"leave a comment", Where::kContains, kEnd},
    {"leave a reply", Where::kContains, kEnd}, {"post a comment", Where::kContains, kEnd},
    {"comments", Where::kWhole, kEnd}, {"join the discussion", Where::kContains, kEnd},
    {"your email address will not be published", Where::kContains, kEnd},
    {"consider a small donation", Where::kContains, kEnd}, {"if you want us to remain online", Where::kContains, kEnd},
    {"support our work", Where::kContains, kEnd}, {"donate", Where::kWhole, kEnd}, {"donate now", Where::kPrefix, kEnd},
    {"download the app", Where::kContains, kEnd}, {"get the app", Where::kContains, kEnd},
    {"app-store", Where::kContains, kEnd}, {"app store", Where::kContains, kEnd}, {"play-store", Where::kContains, kEnd}, {"google play", Where::kContains, kEnd},
    {"follow us on", Where::kContains, kEnd}, {"follow us:", Where::kPrefix, kEnd}, {"subscribe to our", Where::kContains, kEnd},
    {"sign up for our newsletter", Where::kContains, kEnd}, {"share this", Where::kPrefix, kEnd},
    {"share on", Where::kPrefix, kEnd}, {"share", Where::kWhole, kEnd}, {"tweet", Where::kWhole, kEnd},
    {"print", Where::kWhole, kEnd}, {"the views expressed in this article", Where::kContains, kEnd},
    {"do not necessarily reflect", Where::kContains, kEnd}, {"the views and opinions expressed", Where::kContains, kEnd},
    {"all rights reserved", Where::kContains, kEnd}, {"©", Where::kPrefix, kEnd}, {"copyright", Where::kPrefix, kEnd}, {"to be continued", Where::kPrefix, kEnd},
    {"report an error", Where::kContains, kEnd},
    // Russian
    {"читайте также", Where::kPrefix, kEnd}, {"похожие новости", Where::kPrefix, kEnd}, {"по теме", Where::kWhole, kEnd},
    {"новости по теме", Where::kPrefix, kEnd}, {"другие новости", Where::kPrefix, kEnd}, {"комментарии", Where::kWhole, kEnd},
    {"оставить комментарий", Where::kContains, kEnd}, {"подписывайтесь на", Where::kContains, kEnd},
    {"поделиться", Where::kWhole, kEnd}, {"все права защищены", Where::kContains, kEnd},
    {"мнение редакции может не совпадать", Where::kContains, kEnd}, {"продолжение следует", Where::kPrefix, kEnd},
    // Turkish
    {"ilgili yazılar", Where::kPrefix, kEnd}, {"ilgili haberler", Where::kPrefix, kEnd}, {"benzer haberler", Where::kPrefix, kEnd},
    {"bir cevap yazın", Where::kContains, kEnd}, {"yorum yap", Where::kPrefix, kEnd}, {"yorumlar", Where::kWhole, kEnd},
    {"e-posta hesabınız yayımlanmayacak", Where::kContains, kEnd}, {"gerekli alanlar", Where::kContains, kEnd},
    {"paylaş", Where::kWhole, kEnd}, {"bizi takip edin", Where::kContains, kEnd}, {"tüm hakları saklıdır", Where::kContains, kEnd},
    // Azerbaijani
    {"digər xəbərlər", Where::kPrefix, kEnd}, {"oxşar xəbərlər", Where::kPrefix, kEnd}, {"əlaqəli xəbərlər", Where::kPrefix, kEnd},
    {"bizi izləyin", Where::kContains, kEnd}, {"şərh yaz", Where::kPrefix, kEnd}, {"bütün hüquqlar qorunur", Where::kContains, kEnd},
    // Arabic
    {"أخبار ذات صلة", Where::kPrefix, kEnd}, {"مواضيع ذات صلة", Where::kPrefix, kEnd}, {"مقالات ذات صلة", Where::kPrefix, kEnd},
    {"تابعونا على", Where::kContains, kEnd}, {"جميع الحقوق محفوظة", Where::kContains, kEnd}, {"التعليقات", Where::kWhole, kEnd},
    {"شارك", Where::kWhole, kEnd},
    // Armenian
    {"նմանատիպ նյութեր", Where::kPrefix, kEnd}, {"բոլոր իրավունքները պաշտպանված են", Where::kContains, kEnd},
    // Captions, credits and links inside an article
    {"photo credit", Where::kPrefix, kInline}, {"photo:", Where::kPrefix, kInline}, {"photo by", Where::kPrefix, kInline},
    {"photos:", Where::kPrefix, kInline}, {"image:", Where::kPrefix, kInline}, {"image credit", Where::kPrefix, kInline},
    {"illustrative image", Where::kPrefix, kInline}, {"illustrative photo", Where::kPrefix, kInline},
    {"file photo", Where::kPrefix, kInline}, {"source", Where::kWhole, kInline}, {"source:", Where::kPrefix, kInline},
    {"advertisement", Where::kWhole, kInline}, {"advertising", Where::kWhole, kInline}, {"read also", Where::kPrefix, kInline},
    {"also read", Where::kPrefix, kInline}, {"read more", Where::kPrefix, kInline}, {"see also", Where::kPrefix, kInline},
    {"click here", Where::kPrefix, kInline}, {"getty images", Where::kContains, kInline},
    {"фото:", Where::kPrefix, kInline}, {"источник:", Where::kPrefix, kInline}, {"реклама", Where::kWhole, kInline},
    {"foto:", Where::kPrefix, kInline}, {"kaynak:", Where::kPrefix, kInline}, {"mənbə:", Where::kPrefix, kInline},
    {"devamını oku", Where::kPrefix, kInline}, {"الصورة:", Where::kPrefix, kInline}, {"المصدر", Where::kWhole, kInline},
    {"اقرأ أيضا", Where::kPrefix, kInline}, {"լուսանկարը՝", Where::kPrefix, kInline}, {"կարդացեք նաև", Where::kPrefix, kInline},
    // Site chrome: logos, navigation, breadcrumbs, feed headers
    {"logo", Where::kWhole, kSite}, {"home", Where::kWhole, kSite}, {"menu", Where::kWhole, kSite}, {"search", Where::kWhole, kSite},
    {"skip to content", Where::kPrefix, kSite}, {"toggle navigation", Where::kPrefix, kSite}, {"sign in", Where::kWhole, kSite},
    {"log in", Where::kWhole, kSite}, {"login", Where::kWhole, kSite}, {"register", Where::kWhole, kSite},
    {"subscribe", Where::kWhole, kSite}, {"latest news", Where::kPrefix, kSite}, {"breaking news", Where::kWhole, kSite},
    {"anasayfa", Where::kPrefix, kSite}, {"ana sayfa", Where::kPrefix, kSite}, {"ana səhifə", Where::kPrefix, kSite},
    {"главная", Where::kPrefix, kSite}, {"الرئيسية", Where::kPrefix, kSite}, {"գլխավոր", Where::kPrefix, kSite},
    {"son dakika", Where::kWhole, kSite}, {"последние новости", Where::kWhole, kSite},
    // Reading time and counters in article headers
    {"min read", Where::kContains, kMeta}, {"minute read", Where::kContains, kMeta}, {"minutes read", Where::kContains, kMeta},
    {"okuma süresi", Where::kContains, kMeta}, {"мин чтения", Where::kContains, kMeta}, {"мин. чтения", Where::kContains, kMeta},
    {"dəq oxuma", Where::kContains, kMeta},
};

struct FoldedRow {
  std::string phrase;  // never empty
  Where where;
  BoilerplateKind kind;
};

// kPhrases folded. A line takes the kind of the first row, in table order, that it matches.
// Rows are not tried in turn: a whole or prefix row can match only a line that starts with
// its first byte, and contained phrases are looked for in one pass over the line.
class PhraseTable {
 public:
  static const PhraseTable& Get() {
    static const PhraseTable table;
    return table;
  }

  BoilerplateKind Classify(std::string_view folded) const {
    if (folded.empty()) return BoilerplateKind::kNone;
    size_t first = FirstContained(folded);
    for (size_t r : anchored_by_first_byte_[FirstByte(folded)]) {
      if (r > first) break;
      const FoldedRow& row = rows_[r];
      bool whole = row.where == Where::kWhole && folded == row.phrase;
      // A prefix row wants a short line: "Read more: <title>", not a paragraph opening so.
      bool prefix = row.where == Where::kPrefix && folded.starts_with(row.phrase) && folded.size() <= row.phrase.size() + 120;
      if (whole || prefix) first = r;
    }
    return first < rows_.size() ? rows_[first].kind : BoilerplateKind::kNone;
  }

 private:
  PhraseTable() {
    for (const auto& r : kPhrases) {
      rows_.push_back({FoldForMatching(r.phrase), r.where, r.kind});
      const std::string& phrase = rows_.back().phrase;
      auto& by_byte = r.where == Where::kContains ? contained_by_first_byte_ : anchored_by_first_byte_;
      by_byte[FirstByte(phrase)].push_back(rows_.size() - 1);
      if (r.where != Where::kContains) continue;
      if (phrase.size() >= 2) contained_starts_.set(StartOf(phrase, 0));
      else  // a one-byte phrase starts wherever its byte is
        for (size_t second = 0; second < 256; ++second) contained_starts_.set(FirstByte(phrase) | second << 8);
    }
  }

  static unsigned char FirstByte(std::string_view s) { return static_cast<unsigned char>(s[0]); }

  // The first two bytes of a phrase (or of text at `at`), as one number.
  static size_t StartOf(std::string_view s, size_t at) {
    return static_cast<unsigned char>(s[at]) | size_t(static_cast<unsigned char>(s[at + 1])) << 8;
  }

  // The first kContains row (index) whose phrase occurs in `folded`, or rows_.size(). Only
  // positions where some phrase's first two bytes are found are looked at more closely.
  size_t FirstContained(std::string_view folded) const {
    size_t first = rows_.size();
    for (size_t p = 0; p < folded.size(); ++p) {
      if (p + 1 < folded.size() && !contained_starts_[StartOf(folded, p)]) continue;  // most positions
      std::string_view rest = folded.substr(p);
      for (size_t r : contained_by_first_byte_[FirstByte(rest)]) {
        const std::string& phrase = rows_[r].phrase;
        if (r < first && rest.size() >= phrase.size() && (phrase.size() < 2 || rest[1] == phrase[1]) && rest.starts_with(phrase))
          first = r;
      }
    }
    return first;
  }

  std::vector<FoldedRow> rows_;
  // Row indexes by the first byte of their phrase, in table order.
  std::array<std::vector<size_t>, 256> anchored_by_first_byte_;  // kWhole and kPrefix rows
  std::array<std::vector<size_t>, 256> contained_by_first_byte_;  // kContains rows
  std::bitset<65536> contained_starts_;  // the first two bytes of each kContains phrase
};

// CountCodePoints(s) > limit, counting no further than needed, eight bytes at a time (a code
// point starts at every byte but a continuation byte, 10xxxxxx).
bool MoreCodePointsThan(std::string_view s, size_t limit) {
  if (s.size() <= limit) return false;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  size_t count = 0, i = 0;
  for (; i + 8 <= s.size() && count <= limit; i += 8) {
    uint64_t eight = eight_bytes::Load(p + i);
    count += 8 - static_cast<size_t>(eight_bytes::Count(eight & ~(eight << 1) & eight_bytes::kHigh));
  }
  for (; i < s.size() && count <= limit; ++i) count += (p[i] & 0xC0) != 0x80;
  return count > limit;
}

bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

std::string_view TrimAscii(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  while (!s.empty() && IsSpace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && IsSpace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Counts letters and digits among the code points of `s` (eight ASCII bytes at a time where it
// can), stopping once `enough` letters or digits are seen (-1: count all).
void CountAlnum(std::string_view s, int* letters, int* digits, int enough = -1) {
  *letters = *digits = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n && (enough < 0 || *letters + *digits < enough);) {
    if (uint64_t eight; i + 8 <= n && eight_bytes::AllAscii(eight = eight_bytes::Load(p + i))) {
      *letters += eight_bytes::Count(eight_bytes::Letters(eight));
      *digits += eight_bytes::Count(eight_bytes::InRange(eight, '0', '9'));
      i += 8;
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    const CodePointClass k = ClassOf(c);
    if (k.letter()) ++*letters;
    else if (k.digit()) ++*digits;
  }
}

bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[s.size() - suffix.size() + i])) != suffix[i]) return false;
  return true;
}

// Navigation leftovers: ASCII punctuation and guillemets/arrows only.
bool IsSeparatorsOnly(std::string_view line) {
  for (int32_t i = 0; i < static_cast<int32_t>(line.size());) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(line.data()), i, static_cast<int32_t>(line.size()), c);
    bool separator = (c < 0x80 && std::ispunct(c)) || c == 0x00BB || c == 0x00AB || c == 0x203A || c == 0x2039 ||
                     c == 0x2192 || c == 0x2022 || c == 0x00B7 || ClassOf(c).white_space();
    if (!separator) return false;
  }
  return true;
}

// Lines that are boilerplate by their shape rather than their words.
BoilerplateKind ClassifyShape(std::string_view line) {
  bool one_token = line.find(' ') == std::string_view::npos;
  std::string folded = FoldForMatching(line.substr(0, 12));
  if (one_token && (folded.rfind("http://", 0) == 0 || folded.rfind("https://", 0) == 0 || folded.rfind("www.", 0) == 0))
    return kInline;  // a bare address, often an image's
  for (std::string_view ext : {".jpg", ".jpeg", ".png", ".gif", ".webp"})
    if (one_token && EndsWithIgnoreCase(line, ext)) return kInline;
  int letters, digits;
  CountAlnum(line, &letters, &digits);
  if (letters == 0 && digits > 0) return kMeta;                       // "284 0"
  if (letters == 0 && IsSeparatorsOnly(line) && !IsBreakMarker(line)) return kSite;  // "#", "»", "|"
  return BoilerplateKind::kNone;
}

// Three or more short items separated by " | " or " / ": a menu.
bool IsMenu(std::string_view folded) {
  for (std::string_view sep : {" | ", " / ", " \u00B7 "}) {
    size_t items = 0, start = 0;
    bool short_items = true;
    for (size_t at = folded.find(sep); ; at = folded.find(sep, start)) {
      std::string_view item = folded.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start);
      ++items;
      short_items = short_items && std::count(item.begin(), item.end(), ' ') < 3 && !item.empty();
      if (at == std::string_view::npos) break;
      start = at + sep.size();
    }
    if (items >= 3 && short_items) return true;
  }
  return false;
}

size_t CountOf(std::string_view hay, std::string_view needle) {
  size_t n = 0;
  for (size_t at = hay.find(needle); at != std::string_view::npos; at = hay.find(needle, at + needle.size())) ++n;
  return n;
}

}  // namespace

std::string FoldLineForPhrases(std::string_view line) {
  std::string collapsed = CollapseSpaces(line);
  std::string_view rest = collapsed;
  // List markers and bullets: "1. Anasayfa", "• Politics".
  size_t digits = 0;
  while (digits < rest.size() && std::isdigit(static_cast<unsigned char>(rest[digits]))) ++digits;
  if (digits > 0 && digits < rest.size() && (rest[digits] == '.' || rest[digits] == ')')) rest.remove_prefix(digits + 1);
  for (std::string_view bullet : {"\u2022", "\u00B7", "\u25AA", "\u25CF", "-", "*"})
    if (rest.substr(0, bullet.size()) == bullet) rest.remove_prefix(bullet.size());
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  return FoldForMatching(rest);
}

bool IsBreakMarker(std::string_view line) {
  line = TrimAscii(line);
  if (line.empty()) return false;
  int letters, digits;
  CountAlnum(line, &letters, &digits, 1);  // whether there is any
  if (letters == 0 && digits == 0 && !IsSeparatorsOnly(line)) return true;  // "🙂", "◆ ◆ ◆"
  for (std::string_view mark : {"*", "* * *", "***", "<…>", "[…]", "(…)", "…", "...", "<...>", "[...]", "—", "###", "# # #", "~~~"})
    if (line == mark) return true;
  return false;
}

BoilerplateKind ClassifyBoilerplate(std::string_view line) {
  line = TrimAscii(line);
  if (line.empty() || line.size() > 1000 || MoreCodePointsThan(line, 220)) return BoilerplateKind::kNone;
  if (BoilerplateKind shape = ClassifyShape(line); shape != BoilerplateKind::kNone) return shape;
  std::string folded = FoldLineForPhrases(line);
  // Breadcrumbs and menus: "Home » News » Title", "Home | World | Europe" (lone separators are
  // caught by their shape).
  if (CountOf(folded, "\u00BB") + CountOf(folded, "\u203A") + CountOf(folded, " > ") >= 2) return kSite;
  if (IsMenu(folded)) return kSite;
  return PhraseTable::Get().Classify(folded);
}

}  // namespace atlas::text
