// Actor tagging; see actor_tagger.h.
#include "text/actor_tagger.h"

#include "util/data_paths.h"

namespace atlas::text {

ActorTagger::ActorTagger(const ActorDictionary& dictionary, const std::filesystem::path& cache_dir)
    : dictionary_(dictionary) {
  using Via = ActorMention::Via;
  const auto& actors = dictionary.actors();
  for (size_t a = 0; a < actors.size(); ++a) {
    const Actor& actor = actors[a];
    const int id = static_cast<int>(a);
    auto reading = [&](Via via, int person = -1) {
      readings_.push_back({id, via, person});
      return static_cast<int>(readings_.size() - 1);
    };
    std::vector<std::string> near;
    for (const auto& w : actor.avoid_near) near.push_back(FoldName(w));
    avoid_near_.push_back(std::move(near));

    const int name = reading(Via::kName);
    matcher_.AddName(actor.name, "en", name);
    for (const auto& s : actor.names) matcher_.AddName(s.text, s.language, name);
    const int adjective = reading(Via::kAdjective);
    for (const auto& s : actor.adjectives) matcher_.AddAdjective(s.text, s.language, adjective);
    const int metonym = reading(Via::kMetonym);
    for (const auto& s : actor.metonyms) matcher_.AddName(s.text, s.language, metonym);
    for (size_t p = 0; p < actor.people.size(); ++p) {
      const int person = reading(Via::kPerson, static_cast<int>(p));
      matcher_.AddName(actor.people[p].name, "en", person);
      for (const auto& s : actor.people[p].aliases) matcher_.AddName(s.text, s.language, person);
    }
  }
  matcher_.Compile(cache_dir);
}

ActorTagger::~ActorTagger() = default;

bool ActorTagger::Resolve(std::string_view text, const PartialDate& when, NameMatcher::Candidate* c) const {
  const NameMatcher::Pattern& p = matcher_.pattern(c->pattern);
  MentionSite site = matcher_.SiteOf(text, c);
  if (!matcher_.WrittenAsName(site, p)) return false;
  for (int owner : p.owners) {
    const Reading& r = readings_[static_cast<size_t>(owner)];
    const Actor& actor = dictionary_.actors()[static_cast<size_t>(r.actor)];
    if (r.person >= 0 && !actor.people[static_cast<size_t>(r.person)].HoldsRoleDuring(when)) continue;
    if (NearAny(site, avoid_near_[static_cast<size_t>(r.actor)], 8)) continue;
    c->owner = owner;
    return true;
  }
  return false;
}

void ActorTagger::TagInto(std::string_view text, const PartialDate& when, std::vector<ActorMention>* out) const {
  const auto& kept = matcher_.Match(text, [&](NameMatcher::Candidate* c) { return Resolve(text, when, c); });
  for (const NameMatcher::Candidate& c : kept) {
    if (c.owner < 0) continue;
    const Reading& r = readings_[static_cast<size_t>(c.owner)];
    const Actor& actor = dictionary_.actors()[static_cast<size_t>(r.actor)];
    ActorMention m;
    m.span = matcher_.OriginalSpan(text, c);
    m.actor_id = actor.id;
    m.via = r.via;
    if (r.person >= 0) m.person = actor.people[static_cast<size_t>(r.person)].name;
    out->push_back(std::move(m));
  }
}

std::vector<ActorMention> ActorTagger::Tag(std::string_view text, const PartialDate& when) const {
  std::vector<ActorMention> out;
  TagInto(text, when, &out);
  return out;
}

const ActorTagger& BundledActorTagger() {
  static const ActorTagger tagger(BundledActorDictionary(), UserCacheDir());
  return tagger;
}

}  // namespace atlas::text
