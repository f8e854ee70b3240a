// HandBuiltCorpus: three small documents whose actors, places and events are known by heart,
// written into a fresh store per test, so that counts and pairs can be checked exactly.
#pragma once
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "hand_built_document.h"
#include "store/corpus_store.h"

namespace atlas::store::testing {

// Passages naming actors (titles name none):
//   A (2021-03-15)  A1 russia+turkey (Russia, Putin; Turkey, Erdogan)  A2 armenia
//   B (2022-07)     B1 iran+russia  B2 azerbaijan  B3 russia+turkey+iran
//   C (undated)     C1 turkey+iran  C2 turkey+russia (two lines)
// Events: A1 2021-03-10 diplomatic; A2 2021-03-14 political; B2 2022-07-01..05 military;
//         B3 2022-08 diplomatic (year inferred); C1 2019 economic.
inline std::vector<HandBuiltDocument> HandBuiltDocuments() {
  using EventType = text::EventType;
  using Via = text::ActorMention::Via;
  HandBuiltDocument a("/corpus/a/002_alpha.txt");
  a.Article("Talks in Moscow", Day(2021, 3, 15))
      .Passage(
          "Russia and Turkey discussed the Lachin corridor. Putin met Erdogan in Moscow. Both sides spoke of peace.")
      .Place("Lachin corridor", "lachin_corridor")
      .Place("Moscow", "moscow")
      .Actor("Russia", "russia")
      .Actor("Turkey", "turkey")
      .Actor("Putin", "russia", Via::kPerson, "Vladimir Putin")
      .Actor("Erdogan", "turkey", Via::kPerson, "Recep Tayyip Erdogan")
      .Event("Putin met Erdogan in Moscow.", Day(2021, 3, 10), std::nullopt, EventType::kDiplomatic, {"moscow"},
             {"russia", "turkey"}, 0.9)
      .Passage("Armenian officials protested in Yerevan.")
      .Place("Yerevan", "yerevan")
      .Actor("Armenian", "armenia", Via::kAdjective)
      .Event("Armenian officials protested in Yerevan.", Day(2021, 3, 14), std::nullopt, EventType::kPolitical,
             {"yerevan"}, {"armenia"}, 0.6);
  HandBuiltDocument b("/corpus/b/003_beta.txt");
  b.Article("Drills near Shusha", Month(2022, 7))
      .Passage("Iran and Russia watched Shusha.")
      .Place("Shusha", "shusha")
      .Actor("Iran", "iran")
      .Actor("Russia", "russia")
      .Passage("Azerbaijan held drills in Shusha from 1 to 5 July.")
      .Place("Shusha", "shusha")
      .Actor("Azerbaijan", "azerbaijan")
      .Event("Azerbaijan held drills in Shusha from 1 to 5 July.", Day(2022, 7, 1), Day(2022, 7, 5),
             EventType::kMilitary, {"shusha"}, {"azerbaijan"}, 0.8)
      .Passage("Russia, Turkey and Iran met in Tehran in August.")
      .Place("Tehran", "tehran")
      .Actor("Russia", "russia")
      .Actor("Turkey", "turkey")
      .Actor("Iran", "iran")
      .Event("Russia, Turkey and Iran met in Tehran in August.", Month(2022, 8), std::nullopt,
             EventType::kDiplomatic, {"tehran"}, {"russia", "turkey", "iran"}, 0.7, /*year_inferred=*/true);
  HandBuiltDocument c("/corpus/c/004_gamma.txt");
  c.Article("Kars talks", text::PartialDate{})
      .Passage("Turkey and Iran talked about Kars.")
      .Place("Kars", "kars")
      .Actor("Turkey", "turkey")
      .Actor("Iran", "iran")
      .Event("Turkey and Iran talked about Kars.", Year(2019), std::nullopt, EventType::kEconomic, {"kars"},
             {"turkey", "iran"}, 0.5)
      .Passage("Turkey and Russia again.\nA second line about Kars.")
      .Place("Kars", "kars")
      .Actor("Turkey", "turkey")
      .Actor("Russia", "russia");
  return {a, b, c};
}

// A fresh store per test holding the hand-built documents.
class HandBuiltCorpus : public ::testing::Test {
 protected:
  void SetUp() override {
    db_path_ = std::filesystem::temp_directory_path() /
               ("atlas-hand-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".sqlite");
    RemoveDatabase();
    store_ = std::make_unique<CorpusStore>(db_path_);
    documents_ = HandBuiltDocuments();
    std::vector<CorpusStore::DocumentToStore> batch;
    for (const HandBuiltDocument& d : documents_) batch.push_back({d.identity(), &d.doc()});
    store_->ReplaceDocuments(batch);
  }
  void TearDown() override {
    store_.reset();
    RemoveDatabase();
  }
  void RemoveDatabase() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db_path_.string() + suffix);
  }
  int64_t Scalar(const std::string& sql) {
    Statement q(store_->db(), sql);
    return q.Step() ? q.Int(0) : -1;
  }

  std::filesystem::path db_path_;
  std::unique_ptr<CorpusStore> store_;
  std::vector<HandBuiltDocument> documents_;
};

}  // namespace atlas::store::testing
