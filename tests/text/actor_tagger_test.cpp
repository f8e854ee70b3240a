// ActorTagger over the bundled actors: names, adjectives, metonyms and people, in English,
// Russian, Azerbaijani, Turkish and Armenian (inflected), people only while in office, no
// expansion of members, avoid_near, acronyms in capitals only, spans exactly as written.
#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "text/actor_tagger.h"
#include "text/iso_date.h"

namespace atlas::text {
namespace {

using Via = ActorMention::Via;

PartialDate Date(const char* iso) { return ParseIsoDate(iso).value_or(PartialDate{}); }

// (surface, actor id) per mention.
std::vector<std::pair<std::string, std::string>> Tagged(std::string_view text, PartialDate when = {}) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const ActorMention& m : BundledActorTagger().Tag(text, when))
    out.emplace_back(std::string(text.substr(m.span.begin, m.span.size())), m.actor_id);
  return out;
}

std::vector<std::string> ActorIds(std::string_view text, PartialDate when = {}) {
  std::vector<std::string> ids;
  for (const ActorMention& m : BundledActorTagger().Tag(text, when)) ids.push_back(m.actor_id);
  return ids;
}

using Pairs = std::vector<std::pair<std::string, std::string>>;

TEST(ActorTagger, NamesAdjectivesAndMetonymsInEnglish) {
  const std::string text = "The Kremlin said Russian peacekeepers will stay in Azerbaijan; Ankara objected.";
  const auto mentions = BundledActorTagger().Tag(text, Date("2021-03-01"));
  ASSERT_EQ(mentions.size(), 4u);
  EXPECT_EQ(text.substr(mentions[0].span.begin, mentions[0].span.size()), "Kremlin");
  EXPECT_EQ(mentions[0].actor_id, "russia");
  EXPECT_EQ(mentions[0].via, Via::kMetonym);
  EXPECT_EQ(mentions[1].actor_id, "russia");
  EXPECT_EQ(mentions[1].via, Via::kAdjective);
  EXPECT_EQ(mentions[2].actor_id, "azerbaijan");
  EXPECT_EQ(mentions[2].via, Via::kName);
  EXPECT_EQ(mentions[3].actor_id, "turkey");
  EXPECT_EQ(mentions[3].via, Via::kMetonym);
}

TEST(ActorTagger, PeopleCountOnlyWhileInOffice) {
  const std::string raisi = "Raisi met the delegation.";
  EXPECT_EQ(ActorIds(raisi, Date("2022-05-10")), std::vector<std::string>{"iran"}) << "President of Iran 2021-2024";
  EXPECT_TRUE(ActorIds(raisi, Date("2018-06-01")).empty()) << "held no listed role in 2018";
  EXPECT_TRUE(ActorIds(raisi, Date("2019-01-15")).empty()) << "became Chief Justice only in March 2019";
  EXPECT_TRUE(ActorIds(raisi, Date("2024-06")).empty()) << "died in office in May 2024";
  EXPECT_EQ(ActorIds(raisi), std::vector<std::string>{"iran"}) << "an unknown date: any role counts";

  const auto shoigu = BundledActorTagger().Tag("Shoigu arrived in Baku.", Date("2016-08-14"));
  ASSERT_FALSE(shoigu.empty());
  EXPECT_EQ(shoigu[0].actor_id, "russia");
  EXPECT_EQ(shoigu[0].via, Via::kPerson);
  EXPECT_EQ(shoigu[0].person, "Sergey Shoigu");
  // A later role counts as well: Secretary of the Security Council from May 2024.
  EXPECT_EQ(ActorIds("Shoigu", Date("2025-01-10")), std::vector<std::string>{"russia"});
}

TEST(ActorTagger, MembersAreNotExpanded) {
  EXPECT_EQ(Tagged("The CSTO summit opened.", Date("2022-11-23")), (Pairs{{"CSTO", "csto"}}));
  EXPECT_EQ(Tagged("NATO and the EU responded."), (Pairs{{"NATO", "nato"}, {"EU", "eu"}}));
}

TEST(ActorTagger, AcronymsOnlyInCapitals) {
  EXPECT_EQ(Tagged("The US said so."), (Pairs{{"US", "usa"}}));
  EXPECT_TRUE(Tagged("Let us say so.").empty());
}

TEST(ActorTagger, AvoidNearWordsMeanAnotherReferent) {
  EXPECT_TRUE(ActorIds("Voters in Atlanta, Georgia went to the polls.").empty());
  EXPECT_EQ(Tagged("Georgia signed the agreement in Tbilisi."), (Pairs{{"Georgia", "georgia"}, {"Tbilisi", "georgia"}}));
}

TEST(ActorTagger, RussianNamesAndAdjectivesInflect) {
  EXPECT_EQ(Tagged("Переговоры России и Армении прошли в Москве.", Date("2023-05-01")),
            (Pairs{{"России", "russia"}, {"Армении", "armenia"}, {"Москве", "russia"}}));
  // Adjectives are listed in the masculine nominative; every case and gender matches.
  EXPECT_EQ(ActorIds("российские миротворцы"), std::vector<std::string>{"russia"});
  EXPECT_EQ(ActorIds("с российской стороны"), std::vector<std::string>{"russia"});
  EXPECT_EQ(ActorIds("Путин заявил", Date("2023-05-01")), std::vector<std::string>{"russia"});
}

TEST(ActorTagger, AzerbaijaniAndTurkishCaseEndings) {
  EXPECT_EQ(Tagged("Rusiyanın və Türkiyənin nümayəndələri Bakıda görüşüb."),
            (Pairs{{"Rusiyanın", "russia"}, {"Türkiyənin", "turkey"}, {"Bakıda", "azerbaijan"}}));
  // An apostrophe ends the word in Turkish: the surface is the name alone.
  EXPECT_EQ(Tagged("Rusya'nın tutumu Ankara'yı rahatsız etti."), (Pairs{{"Rusya", "russia"}, {"Ankara", "turkey"}}));
}

TEST(ActorTagger, ArmenianCaseEndings) {
  EXPECT_EQ(Tagged("Ռուսաստանի և Ադրբեջանի միջև"), (Pairs{{"Ռուսաստանի", "russia"}, {"Ադրբեջանի", "azerbaijan"}}));
}

TEST(ActorTagger, LongestNameWins) {
  // "OSCE Minsk Group" is the Minsk Group alone, not also the OSCE or Belarus.
  EXPECT_EQ(ActorIds("the OSCE Minsk Group co-chairs"), std::vector<std::string>{"osce_minsk_group"});
}

TEST(ActorTagger, SpansPointIntoTheTextGiven) {
  const std::string text = "  Başkan Erdoğan ve Putin, Soçi'de bir araya geldi.";
  EXPECT_EQ(Tagged(text, Date("2021-09-29")), (Pairs{{"Erdoğan", "turkey"}, {"Putin", "russia"}}));
}

}  // namespace
}  // namespace atlas::text
