// PassageAtLine: the stored passage holding a line of a file named by its last path
// component, as curated facts cite it; the newest document wins when names repeat.
#include <gtest/gtest.h>

#include <fstream>

#include "hand_built_corpus.h"
#include "store/corpus_ingest.h"
#include "store/corpus_queries.h"

namespace atlas::store::testing {
namespace {

using PassageAtLineTest = HandBuiltCorpus;

TEST_F(PassageAtLineTest, TheLineOfAFileNamedByItsLastComponent) {
  CorpusQueries q(*store_);
  const auto second_line = q.PassageAtLine("004_gamma.txt", 6);
  ASSERT_TRUE(second_line.has_value());
  EXPECT_EQ(second_line->text, "Turkey and Russia again.\nA second line about Kars.");
  EXPECT_EQ(second_line->first_line, 5);
  EXPECT_EQ(second_line->last_line, 6);
  EXPECT_EQ(second_line->file, "/corpus/c/004_gamma.txt");
  EXPECT_EQ(second_line->actors, (std::vector<std::string>{"turkey", "russia"}));
  EXPECT_EQ(q.PassageAtLine("004_gamma.txt", 5)->passage_id, second_line->passage_id);
  EXPECT_EQ(q.PassageAtLine("004_gamma.txt", 1)->kind, "title");
  EXPECT_EQ(q.PassageAtLine("003_beta.txt", 3)->text, "Iran and Russia watched Shusha.");
  EXPECT_FALSE(q.PassageAtLine("004_gamma.txt", 4).has_value()) << "a blank line";
  EXPECT_FALSE(q.PassageAtLine("004_gamma.txt", 99).has_value());
  EXPECT_FALSE(q.PassageAtLine("gamma.txt", 3).has_value()) << "the whole last component, not its end";
  EXPECT_FALSE(q.PassageAtLine("c/004_gamma.txt", 3).has_value());
  EXPECT_FALSE(q.PassageAtLine("missing.txt", 1).has_value());
}

TEST_F(PassageAtLineTest, TheNewestDocumentOfThatNameWins) {
  HandBuiltDocument newer("/elsewhere/004_gamma.txt");
  newer.Article("Another copy", Day(2024, 5, 1)).Passage("A newer text about Kars.");
  store_->ReplaceDocument(newer.identity(), newer.doc());
  const auto hit = CorpusQueries(*store_).PassageAtLine("004_gamma.txt", 3);
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(hit->text, "A newer text about Kars.");
  EXPECT_EQ(hit->file, "/elsewhere/004_gamma.txt");
}

TEST(PassageAtLine, CitesALineOfTheBundledCorpus) {
  namespace fs = std::filesystem;
  const fs::path file = fs::path(ATLAS_SOURCE_DIR) / "assets/corpus/002_043b1c65a9d22d94.txt";
  const fs::path db = fs::temp_directory_path() / ("atlas-at-line-" + std::to_string(::getpid()) + ".sqlite");
  IngestOptions options;
  options.inputs = {file};
  options.database = db;
  IngestCorpus(options);
  std::ifstream in(file);
  std::string line;
  for (int n = 1; n <= 1085 && std::getline(in, line); ++n) {
  }
  ASSERT_FALSE(line.empty());
  {
    CorpusStore store(db);
    const auto hit = CorpusQueries(store).PassageAtLine("002_043b1c65a9d22d94.txt", 1085);
    ASSERT_TRUE(hit.has_value());
    EXPECT_LE(hit->first_line, 1085);
    EXPECT_GE(hit->last_line, 1085);
    // The passage holds the words of that line (the line's end may be trimmed in the passage).
    EXPECT_NE(hit->text.find(line.substr(0, 60)), std::string::npos) << hit->text;
    EXPECT_NE(hit->text.find("Lachin corridor"), std::string::npos);
  }
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db.string() + suffix);
}

}  // namespace
}  // namespace atlas::store::testing
