// Segmenter: web dumps in several languages split into articles and boilerplate, with the
// invariants every caller relies on (passages inside their article, header lines apart,
// boilerplate outside passages, lines counted over the raw file).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <random>
#include <sstream>
#include <string>

#include "text/article_listing.h"
#include "text/document_reader.h"
#include "text/segmenter.h"

namespace atlas::text {
namespace {

std::string Data(const std::string& path) { return std::string(ATLAS_TEST_DATA) + "/text/data/" + path; }

Document Segmented(const std::string& path) {
  Document doc = ReadDocument(Data(path));
  Segmenter().Segment(doc);
  return doc;
}

Document SegmentedText(const std::string& name, const std::string& text) {
  Document doc = DocumentFromBytes(name, text);
  Segmenter().Segment(doc);
  return doc;
}

std::string Text(const Document& doc, const ByteSpan& span) { return doc.text.substr(span.begin, span.size()); }

// What every segmentation must satisfy, whatever the input.
void ExpectInvariants(const Document& doc) {
  size_t previous_end = 0;
  for (const Article& a : doc.articles) {
    EXPECT_GE(a.span.begin, previous_end) << "articles overlap in " << doc.path;
    EXPECT_LE(a.first_line, a.last_line);
    previous_end = a.span.end;
    for (const Passage& p : a.passages) {
      EXPECT_GE(p.span.begin, a.span.begin) << "passage starts before its article: " << Text(doc, p.span);
      EXPECT_LE(p.span.end, a.span.end) << "passage ends after its article: " << Text(doc, p.span);
      EXPECT_GE(p.first_line, a.first_line);
      EXPECT_LE(p.last_line, a.last_line);
      for (const ByteSpan& h : a.header_lines)
        EXPECT_TRUE(h.end <= p.span.begin || h.begin >= p.span.end) << "header line inside a passage: " << Text(doc, h);
      for (const ByteSpan& b : doc.boilerplate)
        EXPECT_TRUE(b.end <= p.span.begin || b.begin >= p.span.end) << "boilerplate inside a passage: " << Text(doc, b);
    }
  }
  for (size_t i = 1; i < doc.boilerplate.size(); ++i) EXPECT_LE(doc.boilerplate[i - 1].end, doc.boilerplate[i].begin);
}

bool AnyPassageContains(const Document& doc, const std::string& needle) {
  for (const Article& a : doc.articles)
    for (const Passage& p : a.passages)
      if (Text(doc, p.span).find(needle) != std::string::npos) return true;
  return false;
}

bool BoilerplateContains(const Document& doc, const std::string& needle) {
  for (const ByteSpan& b : doc.boilerplate)
    if (Text(doc, b).find(needle) != std::string::npos) return true;
  return false;
}

TEST(Segmenter, RussianDumpWithTwoArticlesAndARelatedHeader) {
  Document doc = Segmented("segmenter/ru_two_articles.txt");
  ExpectInvariants(doc);
  ASSERT_EQ(doc.articles.size(), 2u);
  const Article& first = doc.articles[0];
  EXPECT_EQ(first.title, "Пашинян и Алиев провели переговоры в Абу-Даби");
  EXPECT_EQ(first.outlet, "Новости-Армения");
  EXPECT_EQ(first.date.Iso(), "2025-07-10");
  EXPECT_FALSE(first.date.inferred);
  EXPECT_EQ(first.language, "ru");
  EXPECT_EQ(first.first_line, 3);
  EXPECT_EQ(first.last_line, 12);
  EXPECT_EQ(first.passages.size(), 2u);
  EXPECT_EQ(first.header_lines.size(), 4u);  // title, its repeat, outlet, dateline
  const Article& second = doc.articles[1];
  EXPECT_EQ(second.title, "Шойгу прибыл в Баку с рабочим визитом");
  EXPECT_EQ(second.outlet, "РИА Новости");
  EXPECT_EQ(second.date.Iso(), "2016-08-14");
  EXPECT_EQ(second.first_line, 16);
  for (const char* furniture : {"Главная", "Читайте также", "Комментарии", "Оставить комментарий"}) {
    EXPECT_FALSE(AnyPassageContains(doc, furniture)) << furniture;
    EXPECT_TRUE(BoilerplateContains(doc, furniture)) << furniture;
  }
}

TEST(Segmenter, AzerbaijaniPageWithBylineAndFollowPrompt) {
  Document doc = Segmented("segmenter/az_article.txt");
  ExpectInvariants(doc);
  ASSERT_EQ(doc.articles.size(), 1u);
  const Article& a = doc.articles[0];
  EXPECT_EQ(a.title, "Laçın yolunda sərhəd-keçid məntəqəsi fəaliyyətə başlayıb");
  EXPECT_EQ(a.date.Iso(), "2023-07-21");
  EXPECT_EQ(a.author, "Aysel Məmmədova");
  EXPECT_EQ(a.language, "az");
  EXPECT_EQ(a.passages.size(), 2u);
  EXPECT_TRUE(BoilerplateContains(doc, "Ana səhifə"));
  EXPECT_TRUE(BoilerplateContains(doc, "Bizi izləyin"));
  EXPECT_TRUE(BoilerplateContains(doc, "Oxşar xəbərlər"));
}

TEST(Segmenter, FeedWithTeaserAndAnUndatedArticle) {
  Document doc = Segmented("segmenter/en_feed_with_teaser.txt");
  ExpectInvariants(doc);
  ASSERT_EQ(doc.articles.size(), 3u);  // the teaser under "Related News" has no text: not an article
  EXPECT_EQ(doc.articles[0].date.Iso(), "2020-11-24");
  EXPECT_EQ(doc.articles[2].date.Iso(), "2020-11-16");
  const Article& undated = doc.articles[1];
  EXPECT_EQ(undated.title, "Convoy reaches Stepanakert after road repairs");
  EXPECT_EQ(undated.outlet, "Caucasus Monitor");
  // November 19 is in the text; December 5 is only looked forward to ("will be finished by").
  EXPECT_EQ(undated.date.Iso(), "2020-11-19");
  EXPECT_TRUE(undated.date.inferred);
  EXPECT_NE(undated.date_note.find("latest date mentioned in the text (line 17)"), std::string::npos) << undated.date_note;
  EXPECT_NE(undated.date_note.find("year from the article dated 2020-11-24 (line 3)"), std::string::npos) << undated.date_note;
  EXPECT_TRUE(BoilerplateContains(doc, "Armenia and Azerbaijan exchange prisoners"));
  EXPECT_TRUE(BoilerplateContains(doc, "Be the first to comment"));
  EXPECT_TRUE(BoilerplateContains(doc, "Latest news with #Karabakh"));
}

TEST(Segmenter, TurkishPageWithMenusNumericDatelineAndTags) {
  Document doc = Segmented("segmenter/tr_article.txt");
  ExpectInvariants(doc);
  ASSERT_EQ(doc.articles.size(), 1u);
  const Article& a = doc.articles[0];
  EXPECT_EQ(a.title, "Azerbaycan ile Ermenistan arasında sınır görüşmeleri yeniden başladı");
  EXPECT_EQ(a.date.Iso(), "2023-07-21");
  EXPECT_EQ(a.language, "tr");
  EXPECT_EQ(a.first_line, 7);
  EXPECT_EQ(a.last_line, 15);
  EXPECT_EQ(a.passages.size(), 2u);
  for (const char* furniture : {"Anasayfa", "Gündem\nEkonomi", "Etiketler:", "Bir cevap yazın"})
    EXPECT_TRUE(BoilerplateContains(doc, furniture)) << furniture;
}

TEST(Segmenter, ArmenianPageEndsSentencesWithTheArmenianFullStop) {
  Document doc = Segmented("segmenter/hy_article.txt");
  ExpectInvariants(doc);
  ASSERT_EQ(doc.articles.size(), 1u);
  const Article& a = doc.articles[0];
  EXPECT_EQ(a.title, "Լաչինի միջանցքով անցել է մարդասիրական բեռներով շարասյուն");
  EXPECT_EQ(a.date.Iso(), "2023-07-21");
  EXPECT_EQ(a.language, "hy");
  EXPECT_EQ(a.passages.size(), 1u);
  EXPECT_TRUE(BoilerplateContains(doc, "Գլխավոր"));
  EXPECT_TRUE(BoilerplateContains(doc, "Կարդացեք նաև"));
}

TEST(Segmenter, MenuLineAboveTheTitleIsNotTheTitle) {
  Document doc = Segmented("segmenter/en_menu_weekday_dateline.txt");
  ExpectInvariants(doc);
  ASSERT_EQ(doc.articles.size(), 1u);
  const Article& a = doc.articles[0];
  EXPECT_EQ(a.title, "Georgia and Azerbaijan sign energy deal");
  EXPECT_EQ(a.date.Iso(), "2023-03-14");  // "Tuesday, 14 March 2023 09:15 GMT"
  EXPECT_EQ(a.author, "Nino Beridze");
  EXPECT_EQ(a.first_line, 3);
  EXPECT_TRUE(BoilerplateContains(doc, "Home | World | Europe"));
  EXPECT_TRUE(BoilerplateContains(doc, "Share this article"));
}

TEST(Segmenter, CrlfAndBomFileCountsRawLines) {
  Document doc = Segmented("reader/crlf_bom.txt");
  ExpectInvariants(doc);
  ASSERT_EQ(doc.articles.size(), 1u);
  const Article& a = doc.articles[0];
  EXPECT_EQ(a.title, "Nakhchivan railway works begin");  // no BOM in the title
  EXPECT_EQ(a.date.Iso(), "2024-03-03");
  EXPECT_EQ(a.author, "Ruslan Guliyev");
  EXPECT_EQ(a.first_line, 1);
  EXPECT_EQ(a.last_line, 9);
  ASSERT_EQ(a.passages.size(), 2u);
  EXPECT_EQ(a.passages[0].first_line, 7);
  EXPECT_EQ(a.passages[1].first_line, 9);
  EXPECT_EQ(Text(doc, a.passages[1].span).back(), '.');  // no CR in a passage
}

TEST(Segmenter, HtmlPageUsesItsHeadlineMetadataAndRawLines) {
  Document doc = Segmented("reader/page.html");
  ExpectInvariants(doc);
  ASSERT_EQ(doc.articles.size(), 1u);
  const Article& a = doc.articles[0];
  EXPECT_EQ(a.title, "Lachin corridor reopens for humanitarian convoys");
  EXPECT_EQ(a.outlet, "Caucasus Wire");
  EXPECT_EQ(a.author, "Anna Petrosyan");
  EXPECT_EQ(a.date.Iso(), "2023-07-21");
  EXPECT_EQ(a.first_line, 15);  // the <h1> line of the page
  ASSERT_EQ(a.passages.size(), 2u);
  EXPECT_EQ(a.passages[0].first_line, 17);
  EXPECT_EQ(a.passages[0].last_line, 18);
}

TEST(Segmenter, MarkdownNoteTakesItsFrontMatterDate) {
  Document doc = Segmented("reader/note.md");
  ExpectInvariants(doc);
  ASSERT_EQ(doc.articles.size(), 1u);
  const Article& a = doc.articles[0];
  EXPECT_EQ(a.title, "Zangezur corridor talks resume");
  EXPECT_EQ(a.date.Iso(), "2024-03-02");
  EXPECT_EQ(a.author, "Levon Hakobyan");
  EXPECT_EQ(a.first_line, 7);
}

TEST(Segmenter, SectionHeadingsStayInsideTheirArticle) {
  Document doc = SegmentedText("analysis.txt",
                               "Why the corridor matters\n\nMarch 3, 2024\n\n"
                               "The road through Syunik has become the centre of a dispute that involves Armenia, Azerbaijan, "
                               "Iran and Russia, and no settlement is in sight after months of talks.\n\n"
                               "The view from Tehran\n\n"
                               "Iranian officials have said many times that any change to the border with Armenia would cross a "
                               "red line, and the army held exercises near the Aras river last autumn.\n\n"
                               "The view from Moscow\n\n"
                               "Russian border guards would control the route under the 2020 statement, a point Moscow keeps "
                               "raising in every meeting with officials from Yerevan and Baku.\n");
  ExpectInvariants(doc);
  ASSERT_EQ(doc.articles.size(), 1u);
  EXPECT_EQ(doc.articles[0].title, "Why the corridor matters");
  EXPECT_EQ(doc.articles[0].passages.size(), 5u);
  EXPECT_TRUE(doc.boilerplate.empty());
}

TEST(Segmenter, ArabicArticlesAfterARelatedHeaderKeepTheirAuthor) {
  Document doc = SegmentedText("ar.txt",
                               "مقالات ذات صلة\n\n"
                               "روسيا وتركيا في جنوب القوقاز بعد الحرب\n\n"
                               "ناصر قنديل\n\n"
                               "تتابع موسكو وأنقرة ترتيبات ما بعد الحرب في قره باغ، وسط حديث عن مركز مراقبة مشترك قرب أغدام، "
                               "بينما تراقب طهران التطورات على حدودها الشمالية بقلق واضح منذ أسابيع.\n\n"
                               "ويرى مراقبون أن الاتفاق الثلاثي فتح الباب أمام دور روسي أكبر في المنطقة.\n");
  ExpectInvariants(doc);
  ASSERT_EQ(doc.articles.size(), 1u);
  EXPECT_EQ(doc.articles[0].title, "روسيا وتركيا في جنوب القوقاز بعد الحرب");
  EXPECT_EQ(doc.articles[0].author, "ناصر قنديل");
  EXPECT_EQ(doc.articles[0].language, "ar");
  EXPECT_TRUE(BoilerplateContains(doc, "مقالات ذات صلة"));
}

TEST(Segmenter, HardWrappedParagraphsAreOnePassageEach) {
  Document doc = SegmentedText("newsletter.txt",
                               "Weekly Caucasus brief\n\n"
                               "Talks between Armenia and Azerbaijan resumed in Brussels on\n"
                               "Monday after a pause of several weeks, with both delegations\n"
                               "saying that the border commissions had made some progress.\n\n"
                               "Georgia meanwhile announced new investment in the port of\n"
                               "Anaklia, which it hopes will become a hub on the Middle\n"
                               "Corridor between China and Europe.\n");
  ExpectInvariants(doc);
  ASSERT_EQ(doc.articles.size(), 1u);
  ASSERT_EQ(doc.articles[0].passages.size(), 2u);
  EXPECT_EQ(doc.articles[0].passages[0].first_line, 3);
  EXPECT_EQ(doc.articles[0].passages[0].last_line, 5);
}

TEST(Segmenter, FooterMenuAfterTheLastParagraphIsBoilerplate) {
  Document doc = SegmentedText("site.txt",
                               "Shusha hosts media forum\n\n21 July 2023\n\n"
                               "Journalists from forty countries gathered in Shusha for the annual media forum, which this year "
                               "focused on reporting from conflict zones and on disinformation.\n\n"
                               "Politics\nEconomy\nSociety\nContacts\n");
  ExpectInvariants(doc);
  ASSERT_EQ(doc.articles.size(), 1u);
  EXPECT_EQ(doc.articles[0].last_line, 5);
  EXPECT_TRUE(BoilerplateContains(doc, "Politics\nEconomy"));
}

// Documents made of random header-, boilerplate- and text-like lines: whatever the split,
// the invariants hold.
TEST(Segmenter, InvariantsHoldOnRandomDocuments) {
  const char* pieces[] = {"Lachin", "JUL 21, 2023", "time22-07-2025", "\u2022 Politics", "1. Anasayfa", "\u00BB",
                          "Related News", "By Trend", "THE SAKER \u2022 NOVEMBER 11, 2020 \u2022", "27/9/2020", "2,000",
                          "between 10 and 12 July", "21 июля 2023 года", "تشرين الثاني", "Bir cevap yazın", "<\u2026>",
                          "Photo Credit: X", "https://x.y/a.jpg", "ARABI SOURI", "South Front", "PS: more", "\u00A0",
                          "Troops moved along the road near Shusha and Goris.", "The talks ended."};
  std::mt19937 random(3);
  for (int n = 0; n < 150; ++n) {
    std::string text;
    int line_count = 1 + static_cast<int>(random() % 120);
    for (int l = 0; l < line_count; ++l) {
      if (random() % 3 == 0) {
        text += "\n";
        continue;
      }
      int words = 1 + static_cast<int>(random() % 30);
      for (int w = 0; w < words; ++w) text += std::string(w ? " " : "") + pieces[random() % std::size(pieces)];
      text += "\n";
    }
    Document doc = SegmentedText("random" + std::to_string(n) + ".txt", text);
    ExpectInvariants(doc);
  }
}

TEST(Segmenter, TenMegabyteLineIsOneArticleInBoundedTime) {
  std::string line;
  while (line.size() < (10u << 20)) line += "Convoys crossed the Lachin corridor on 21 July 2023 near Shusha. ";
  auto start = std::chrono::steady_clock::now();
  Document doc = SegmentedText("long.txt", line);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(30));
  ASSERT_EQ(doc.articles.size(), 1u);
  EXPECT_EQ(doc.articles[0].passages.size(), 1u);
  ExpectInvariants(doc);
}

TEST(ArticleListing, JsonLinesForArticlesAndBoilerplate) {
  ArticleListingOptions options;
  options.files = {Data("segmenter/en_feed_with_teaser.txt"), Data("reader/empty.txt")};
  std::ostringstream out, err;
  EXPECT_EQ(ListArticles(options, out, err), 1);
  EXPECT_EQ(err.str(), Data("reader/empty.txt") + ": empty file\n");
  std::istringstream lines(out.str());
  std::vector<nlohmann::json> rows;
  for (std::string line; std::getline(lines, line);) rows.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(rows.size(), 5u);  // 3 articles and 2 boilerplate spans, in line order
  EXPECT_EQ(rows[0]["boilerplate"], true);
  const auto& article = rows[1];
  EXPECT_EQ(article["start_line"], 3);
  EXPECT_EQ(article["title"], "Russian peacekeepers expand patrols near Lachin");
  EXPECT_EQ(article["date"], "2020-11-24");
  EXPECT_FALSE(article.contains("date_inferred"));
  EXPECT_TRUE(article["author"].is_null());
  EXPECT_EQ(article["language"], "en");
  EXPECT_EQ(article["passages"], 2);
  const auto& undated = rows[2];
  EXPECT_TRUE(undated["date"].is_null());
  EXPECT_EQ(undated["date_inferred"], "2020-11-19");
  EXPECT_TRUE(undated.contains("date_note"));
  EXPECT_EQ(rows[4]["boilerplate"], true);
  EXPECT_EQ(rows[4]["start_line"], 29);  // "Related News", the teaser, the comment prompt
  EXPECT_EQ(rows[4]["end_line"], 37);
}

}  // namespace
}  // namespace atlas::text
