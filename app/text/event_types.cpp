// The event type lexicon and type names; see event_types.h.
//
// Weights: 3 decides the type on its own ("military exercises", "peace talks", "refugees");
// 2 is strong evidence; 1 supports; 0.5 is a hint that only breaks ties. Words that name
// a type of event only in some uses ("forces", "meeting", "statement") weigh little. Check a
// new word against every type before adding it: a word listed under two types cancels out.
//
// [SECTION] Type names
// [SECTION] English
// [SECTION] Russian
// [SECTION] Azerbaijani
// [SECTION] Turkish
// [SECTION] Armenian
#include "text/event_types.h"

#include <array>

namespace atlas::text {

//-----------------------------------------------------------------------------
// [SECTION] Type names
//-----------------------------------------------------------------------------

std::string_view ToString(EventType type) {
  switch (type) {
    case EventType::kMilitary: return "military";
    case EventType::kDiplomatic: return "diplomatic";
    case EventType::kInfrastructure: return "infrastructure";
    case EventType::kHumanitarian: return "humanitarian";
    case EventType::kPolitical: return "political";
    case EventType::kEconomic: return "economic";
  }
  return "political";
}

bool ParseEventType(std::string_view s, EventType* out) {
  for (EventType t : EventTypesByPrecedence())
    if (s == ToString(t)) {
      *out = t;
      return true;
    }
  return false;
}

std::span<const EventType> EventTypesByPrecedence() {
  // Armed conflict and diplomacy are what the map is mostly read for; "political" is the
  // least specific type and comes last.
  static constexpr std::array kOrder = {EventType::kMilitary,       EventType::kDiplomatic, EventType::kHumanitarian,
                                        EventType::kInfrastructure, EventType::kEconomic,   EventType::kPolitical};
  return kOrder;
}

namespace {

constexpr EventType kMil = EventType::kMilitary;
constexpr EventType kDip = EventType::kDiplomatic;
constexpr EventType kInf = EventType::kInfrastructure;
constexpr EventType kHum = EventType::kHumanitarian;
constexpr EventType kPol = EventType::kPolitical;
constexpr EventType kEco = EventType::kEconomic;

constexpr EventCueEntry T(std::string_view text, std::string_view language, EventType type, double weight) {
  return {text, language, CueKind::kType, type, weight};
}
constexpr EventCueEntry Occurs(std::string_view text, std::string_view language) {
  return {text, language, CueKind::kOccurrence, EventType::kPolitical, 0};
}
constexpr EventCueEntry Reports(std::string_view text, std::string_view language) {
  return {text, language, CueKind::kReport, EventType::kPolitical, 0};
}
constexpr EventCueEntry RefersBack(std::string_view text, std::string_view language) {
  return {text, language, CueKind::kAnaphor, EventType::kPolitical, 0};
}
// Bound words stand before the date in English and Russian, after it in Azerbaijani,
// Turkish and Armenian (postpositions).
constexpr EventCueEntry Bound(std::string_view text, std::string_view language) {
  return {text, language, CueKind::kBound, EventType::kPolitical, 0};
}
constexpr EventCueEntry Ahead(std::string_view text, std::string_view language) {
  return {text, language, CueKind::kFuture, EventType::kPolitical, 0};
}

constexpr auto kLexicon = std::to_array<EventCueEntry>({
    //-------------------------------------------------------------------------
    // [SECTION] English
    //-------------------------------------------------------------------------
    T("military", "en", kMil, 1.5), T("militarily", "en", kMil, 1), T("troops", "en", kMil, 2),
    T("army", "en", kMil, 1.5), T("soldier*", "en", kMil, 2), T("armed forces", "en", kMil, 2),
    T("ground forces", "en", kMil, 2), T("forces", "en", kMil, 0.5), T("brigade*", "en", kMil, 2),
    T("exercise*", "en", kMil, 1), T("military exercise*", "en", kMil, 3), T("drills", "en", kMil, 2),
    T("war", "en", kMil, 2), T("wars", "en", kMil, 2), T("warfare", "en", kMil, 2), T("fighting", "en", kMil, 2.5),
    T("fought", "en", kMil, 2.5), T("battle*", "en", kMil, 2), T("clash*", "en", kMil, 2),
    T("hostilities", "en", kMil, 2.5), T("offensive", "en", kMil, 2), T("counteroffensive", "en", kMil, 2.5),
    T("attack*", "en", kMil, 2), T("shelling", "en", kMil, 2.5), T("shelled", "en", kMil, 2.5),
    T("airstrike*", "en", kMil, 2.5), T("strikes", "en", kMil, 1), T("missile*", "en", kMil, 2),
    T("drone*", "en", kMil, 1.5), T("artillery", "en", kMil, 2), T("tank*", "en", kMil, 1),
    T("bomber*", "en", kMil, 2), T("fighter jet*", "en", kMil, 2), T("military jet*", "en", kMil, 2.5),
    T("shot down", "en", kMil, 2.5), T("shooting down", "en", kMil, 2.5), T("downed", "en", kMil, 2.5),
    T("sniper*", "en", kMil, 1.5), T("escalation", "en", kMil, 1.5), T("skirmish*", "en", kMil, 2),
    T("invasion", "en", kMil, 2.5), T("invaded", "en", kMil, 2.5), T("occupation", "en", kMil, 1),
    T("recaptur*", "en", kMil, 2.5), T("retook", "en", kMil, 2.5), T("retaken", "en", kMil, 2.5),
    T("conquer*", "en", kMil, 2.5), T("captured", "en", kMil, 2), T("seized", "en", kMil, 1.5),
    T("took control", "en", kMil, 2), T("taken control", "en", kMil, 2), T("by force", "en", kMil, 2),
    T("deploy*", "en", kMil, 2), T("peacekeep*", "en", kMil, 1.5), T("defense minist*", "en", kMil, 1.5),
    T("defence minist*", "en", kMil, 1.5), T("ministry of defense", "en", kMil, 1.5),
    T("ministry of defence", "en", kMil, 1.5), T("defense chiefs", "en", kMil, 1.5), T("weapon*", "en", kMil, 1),
    T("arms", "en", kMil, 1), T("combat", "en", kMil, 2), T("casualties", "en", kMil, 1.5),
    T("military operation*", "en", kMil, 3), T("operation", "en", kMil, 0.5), T("troops entered", "en", kMil, 3),
    T("entering", "en", kMil, 0.5), T("mobiliz*", "en", kMil, 2), T("mobilis*", "en", kMil, 2),
    T("air defen*", "en", kMil, 2), T("front line", "en", kMil, 1.5), T("frontline", "en", kMil, 1.5),
    T("front", "en", kMil, 0.5), T("military unit*", "en", kMil, 2.5), T("incident", "en", kMil, 0.5),
    T("ceasefire violation*", "en", kMil, 2.5), T("killed", "en", kMil, 1), T("wounded", "en", kMil, 1.5),
    T("military cooperation", "en", kMil, 1.5), T("border guard*", "en", kMil, 1.5),

    T("talks", "en", kDip, 2), T("peace talks", "en", kDip, 3), T("negotiat*", "en", kDip, 2),
    T("met", "en", kDip, 1.5), T("meeting", "en", kDip, 1), T("meet", "en", kDip, 1), T("summit*", "en", kDip, 2.5),
    T("visit", "en", kDip, 1.5), T("visited", "en", kDip, 1.5), T("visiting", "en", kDip, 1.5),
    T("working visit", "en", kDip, 2.5), T("state visit", "en", kDip, 2.5), T("foreign minist*", "en", kDip, 1),
    T("ministry of foreign affairs", "en", kDip, 1), T("minister of foreign affairs", "en", kDip, 1),
    T("diplomat*", "en", kDip, 2), T("ambassador*", "en", kDip, 2), T("embass*", "en", kDip, 1.5),
    T("agreement", "en", kDip, 1.5), T("treaty", "en", kDip, 1.5), T("accord", "en", kDip, 1), T("accords", "en", kDip, 1),
    T("signed", "en", kDip, 1.5), T("signing", "en", kDip, 1.5), T("peace deal", "en", kDip, 3),
    T("peace treaty", "en", kDip, 3), T("peace agreement", "en", kDip, 3), T("peace process", "en", kDip, 2),
    T("ceasefire", "en", kDip, 1.5), T("truce", "en", kDip, 1.5), T("armistice", "en", kDip, 2),
    T("mediat*", "en", kDip, 2), T("brokered", "en", kDip, 1.5), T("bilateral*", "en", kDip, 1),
    T("trilateral*", "en", kDip, 2), T("counterpart*", "en", kDip, 2), T("spokes*", "en", kDip, 1),
    T("press briefing", "en", kDip, 1), T("phone call", "en", kDip, 2), T("telephone conversation", "en", kDip, 2),
    T("conversation", "en", kDip, 1), T("videoconference", "en", kDip, 2), T("video conference", "en", kDip, 2),
    T("recognis*", "en", kDip, 1.5), T("recogniz*", "en", kDip, 1.5), T("expelled", "en", kDip, 1),
    T("delegation*", "en", kDip, 2), T("envoy*", "en", kDip, 2), T("strategic partnership", "en", kDip, 2),
    T("relations", "en", kDip, 0.5), T("ties", "en", kDip, 0.5), T("founded", "en", kDip, 0.5),
    T("urged", "en", kDip, 0.5), T("hospitality", "en", kDip, 1.5), T("joint statement", "en", kDip, 2),
    T("trilateral statement", "en", kDip, 3), T("joint press conference", "en", kDip, 2.5),
    T("reply", "en", kDip, 1), T("replies", "en", kDip, 1), T("replied", "en", kDip, 1),
    T("responded", "en", kDip, 1), T("co-chair*", "en", kDip, 2), T("normalization", "en", kDip, 1.5),
    T("normalisation", "en", kDip, 1.5),

    T("election*", "en", kPol, 2.5), T("vote", "en", kPol, 1.5), T("voted", "en", kPol, 1.5),
    T("referendum", "en", kPol, 2.5), T("parliament*", "en", kPol, 1.5), T("protest*", "en", kPol, 2),
    T("rally", "en", kPol, 1.5), T("demonstrators", "en", kPol, 1.5), T("resign*", "en", kPol, 2),
    T("decree", "en", kPol, 2), T("declared", "en", kPol, 1), T("constitution*", "en", kPol, 1.5),
    T("law", "en", kPol, 1), T("bill", "en", kPol, 0.5), T("opposition", "en", kPol, 1.5),
    T("arrest*", "en", kPol, 1.5), T("detain*", "en", kPol, 1), T("law enforcement", "en", kPol, 2),
    T("police", "en", kPol, 1.5), T("court", "en", kPol, 1), T("trial", "en", kPol, 1), T("sentenced", "en", kPol, 1.5),
    T("press conference", "en", kPol, 1), T("forum", "en", kPol, 1), T("national holiday", "en", kPol, 2),
    T("holiday", "en", kPol, 1), T("government", "en", kPol, 0.5), T("upheaval", "en", kPol, 2),
    T("unrest", "en", kPol, 2), T("riot*", "en", kPol, 2), T("coup", "en", kPol, 2),
    T("inaugurat*", "en", kPol, 1), T("appointed", "en", kPol, 1.5), T("dismissed", "en", kPol, 1),
    T("interview", "en", kPol, 1), T("speech", "en", kPol, 1),
    T("article", "en", kPol, 0.5), T("warning", "en", kPol, 0.5), T("investigation", "en", kPol, 1),
    T("establishment", "en", kPol, 0.5), T("handed over", "en", kPol, 1.5), T("handover", "en", kPol, 1.5),
    T("hand over", "en", kPol, 1.5), T("handed", "en", kPol, 1), T("transferred", "en", kPol, 1), T("statement", "en", kPol, 0.5),

    T("refugee*", "en", kHum, 3), T("displaced", "en", kHum, 2.5), T("humanitarian", "en", kHum, 2.5),
    T("aid", "en", kHum, 1), T("prisoner*", "en", kHum, 2.5), T("prisoners of war", "en", kHum, 3),
    T("released", "en", kHum, 1), T("hostage*", "en", kHum, 2.5), T("blockade*", "en", kHum, 2.5),
    T("evacuat*", "en", kHum, 2.5), T("exodus", "en", kHum, 3), T("civilian*", "en", kHum, 1.5),
    T("red cross", "en", kHum, 2.5), T("icrc", "en", kHum, 2.5), T("missing persons", "en", kHum, 2.5),
    T("remains", "en", kHum, 1), T("demining", "en", kHum, 2), T("landmine*", "en", kHum, 2),
    T("earthquake*", "en", kHum, 3), T("flood*", "en", kHum, 2), T("famine", "en", kHum, 3),
    T("shortage*", "en", kHum, 1.5), T("victims", "en", kHum, 1.5), T("deportation*", "en", kHum, 2),
    T("forcible", "en", kHum, 1), T("ethnic cleansing", "en", kHum, 2.5),

    T("trade", "en", kEco, 2), T("contract*", "en", kEco, 2), T("sell", "en", kEco, 2), T("sold", "en", kEco, 2),
    T("sale*", "en", kEco, 2), T("purchas*", "en", kEco, 2), T("bought", "en", kEco, 2), T("buy", "en", kEco, 1.5),
    T("investment*", "en", kEco, 2), T("invested", "en", kEco, 2), T("investor*", "en", kEco, 2), T("export*", "en", kEco, 2), T("imports", "en", kEco, 2), T("imported", "en", kEco, 2), T("import", "en", kEco, 1.5), T("gas", "en", kEco, 1.5),
    T("oil", "en", kEco, 1.5), T("economy", "en", kEco, 1.5), T("economic", "en", kEco, 1.5),
    T("price*", "en", kEco, 1.5), T("tariff*", "en", kEco, 2), T("sanction*", "en", kEco, 1.5),
    T("loan*", "en", kEco, 2), T("billion", "en", kEco, 1), T("market", "en", kEco, 1), T("business*", "en", kEco, 1),
    T("company", "en", kEco, 1), T("supplies", "en", kEco, 1), T("supply", "en", kEco, 1),
    T("assembly plant", "en", kEco, 2),
    T("budget", "en", kEco, 1.5), T("free trade", "en", kEco, 3), T("customs", "en", kEco, 1.5),

    T("railway*", "en", kInf, 2.5), T("railroad*", "en", kInf, 2.5), T("rail", "en", kInf, 2),
    T("road", "en", kInf, 1.5), T("roads", "en", kInf, 1.5), T("highway*", "en", kInf, 2.5),
    T("bridge*", "en", kInf, 2), T("pipeline*", "en", kInf, 2.5), T("tunnel*", "en", kInf, 2),
    T("airport*", "en", kInf, 2), T("port", "en", kInf, 1), T("construction", "en", kInf, 2),
    T("constructed", "en", kInf, 1.5), T("constructing", "en", kInf, 1.5), T("built", "en", kInf, 1.5), T("build", "en", kInf, 1.5),
    T("power plant*", "en", kInf, 2.5), T("electricity", "en", kInf, 1.5), T("transit", "en", kInf, 2),
    T("transport", "en", kInf, 1), T("communications", "en", kInf, 1), T("unblock*", "en", kInf, 2.5),
    T("checkpoint*", "en", kInf, 1), T("border crossing*", "en", kInf, 2), T("dam", "en", kInf, 1.5),
    T("opened", "en", kInf, 1), T("opening", "en", kInf, 1), T("inaugurated", "en", kInf, 1),

    Occurs("said", "en"), Occurs("says", "en"), Occurs("stated", "en"), Occurs("announced", "en"),
    Occurs("held", "en"), Occurs("took place", "en"), Occurs("take place", "en"), Occurs("happened", "en"),
    Occurs("occurred", "en"), Occurs("began", "en"), Occurs("started", "en"), Occurs("ended", "en"),
    Occurs("launched", "en"), Occurs("reported", "en"), Occurs("confirmed", "en"), Occurs("warned", "en"),
    Occurs("told", "en"), Occurs("voiced", "en"), Occurs("expressed", "en"), Occurs("reiterated", "en"),
    Occurs("admitted", "en"), Occurs("claimed", "en"), Occurs("accused", "en"), Occurs("rejected", "en"),
    Occurs("agreed", "en"), Occurs("decided", "en"), Occurs("received", "en"), Occurs("issued", "en"),
    Occurs("came", "en"), Occurs("died", "en"), Occurs("rescheduled", "en"), Occurs("postponed", "en"),

    Reports("said that", "en"), Reports("saying that", "en"), Reports("stated that", "en"),
    Reports("added that", "en"), Reports("noted that", "en"), Reports("stressed that", "en"),
    Reports("warned that", "en"), Reports("argued that", "en"), Reports("claimed that", "en"),
    Reports("insisted that", "en"), Reports("told reporters", "en"),

    RefersBack("it", "en"), RefersBack("they", "en"), RefersBack("there", "en"),
    RefersBack("the region", "en"), RefersBack("the district", "en"), RefersBack("the city", "en"),
    RefersBack("the area", "en"), RefersBack("the town", "en"), RefersBack("the village", "en"),

    Bound("since", "en"), Bound("until", "en"), Bound("till", "en"), Bound("by", "en"), Bound("from", "en"),
    Bound("through", "en"), Bound("before", "en"),

    Ahead("will", "en"), Ahead("plan", "en"), Ahead("plans", "en"), Ahead("planned", "en"),
    Ahead("planning", "en"), Ahead("going to", "en"), Ahead("scheduled", "en"), Ahead("expected to", "en"),
    Ahead("intends", "en"), Ahead("intend", "en"), Ahead("to be held", "en"), Ahead("set to", "en"),
    Ahead("upcoming", "en"), Ahead("forthcoming", "en"), Ahead("would", "en"),

    //-------------------------------------------------------------------------
    // [SECTION] Russian
    //-------------------------------------------------------------------------
    T("военн*", "ru", kMil, 1.5), T("войск*", "ru", kMil, 2), T("армия", "ru", kMil, 1.5), T("армии", "ru", kMil, 1.5),
    T("армией", "ru", kMil, 1.5), T("военнослужащ*", "ru", kMil, 2), T("солдат*", "ru", kMil, 2),
    T("вооруженн* сил*", "ru", kMil, 2), T("бригад*", "ru", kMil, 2), T("учения", "ru", kMil, 2.5),
    T("учений", "ru", kMil, 2.5), T("учениях", "ru", kMil, 2.5), T("военные учения", "ru", kMil, 3),
    T("война", "ru", kMil, 2), T("войны", "ru", kMil, 2), T("войне", "ru", kMil, 2), T("войну", "ru", kMil, 2),
    T("боев*", "ru", kMil, 2), T("бои", "ru", kMil, 2.5), T("боях", "ru", kMil, 2.5), T("сражени*", "ru", kMil, 2),
    T("столкновени*", "ru", kMil, 2), T("наступлени*", "ru", kMil, 2), T("контрнаступлени*", "ru", kMil, 2.5),
    T("атак*", "ru", kMil, 2), T("обстрел*", "ru", kMil, 2.5), T("удар*", "ru", kMil, 1), T("ракет*", "ru", kMil, 2),
    T("беспилотник*", "ru", kMil, 2), T("артиллери*", "ru", kMil, 2), T("танк*", "ru", kMil, 1),
    T("сбит*", "ru", kMil, 2.5), T("сбил*", "ru", kMil, 2.5), T("вторжени*", "ru", kMil, 2.5),
    T("оккупац*", "ru", kMil, 1), T("захват*", "ru", kMil, 1.5), T("взял* под контроль", "ru", kMil, 2),
    T("миротвор*", "ru", kMil, 1.5), T("министр обороны", "ru", kMil, 1.5), T("минобороны", "ru", kMil, 1.5),
    T("министерство обороны", "ru", kMil, 1.5), T("эскалаци*", "ru", kMil, 1.5), T("погиб*", "ru", kMil, 1),
    T("ранен*", "ru", kMil, 1.5), T("военная операция", "ru", kMil, 3), T("мобилизаци*", "ru", kMil, 2),
    T("пво", "ru", kMil, 2), T("оружи*", "ru", kMil, 1), T("вооружени*", "ru", kMil, 1),
    T("военно-техническ*", "ru", kMil, 1.5), T("пограничник*", "ru", kMil, 1.5),

    T("переговор*", "ru", kDip, 2), T("встреч*", "ru", kDip, 1.5), T("встретил*", "ru", kDip, 1.5),
    T("визит*", "ru", kDip, 1.5), T("саммит*", "ru", kDip, 2.5), T("министр иностранных дел", "ru", kDip, 1),
    T("глава мид", "ru", kDip, 1), T("мид", "ru", kDip, 1), T("посол", "ru", kDip, 2), T("посла", "ru", kDip, 2),
    T("послом", "ru", kDip, 2), T("посольств*", "ru", kDip, 1.5), T("дипломат*", "ru", kDip, 2),
    T("соглашени*", "ru", kDip, 1.5), T("договор*", "ru", kDip, 1.5), T("подписал*", "ru", kDip, 1.5),
    T("подписан*", "ru", kDip, 1.5), T("мирн* договор*", "ru", kDip, 3), T("мирн* соглашени*", "ru", kDip, 3),
    T("мирн* переговор*", "ru", kDip, 3), T("перемири*", "ru", kDip, 1.5), T("прекращени* огня", "ru", kDip, 1.5),
    T("посредни*", "ru", kDip, 2), T("трехсторонн*", "ru", kDip, 2), T("двусторонн*", "ru", kDip, 1),
    T("телефонн* разговор*", "ru", kDip, 2), T("переговорил*", "ru", kDip, 2), T("делегаци*", "ru", kDip, 2),
    T("признал*", "ru", kDip, 1), T("признани*", "ru", kDip, 1.5), T("нормализаци*", "ru", kDip, 1.5),
    T("совместн* заявлени*", "ru", kDip, 2), T("пресс-секретар*", "ru", kDip, 1), T("коллег*", "ru", kDip, 1), T("совместн* пресс-конференци*", "ru", kDip, 2.5),
    T("ответ*", "ru", kDip, 1),
    T("отношени*", "ru", kDip, 0.5),

    T("выборы", "ru", kPol, 2), T("выборах", "ru", kPol, 2), T("выборов", "ru", kPol, 2), T("голосовани*", "ru", kPol, 1.5), T("референдум*", "ru", kPol, 2.5),
    T("парламент*", "ru", kPol, 1.5), T("протест*", "ru", kPol, 2), T("митинг*", "ru", kPol, 2),
    T("отставк*", "ru", kPol, 2), T("указ", "ru", kPol, 1.5), T("оппозици*", "ru", kPol, 1.5),
    T("конституци*", "ru", kPol, 1.5), T("закон*", "ru", kPol, 1), T("арест*", "ru", kPol, 1.5),
    T("задержан*", "ru", kPol, 1), T("задержал*", "ru", kPol, 1), T("полици*", "ru", kPol, 1.5),
    T("суд", "ru", kPol, 1), T("приговор*", "ru", kPol, 1.5), T("пресс-конференци*", "ru", kPol, 1),
    T("форум*", "ru", kPol, 1), T("праздник*", "ru", kPol, 1), T("правительств*", "ru", kPol, 0.5),
    T("беспорядк*", "ru", kPol, 2), T("переворот*", "ru", kPol, 2), T("назначен*", "ru", kPol, 1.5),
    T("интервью", "ru", kPol, 1), T("выступлени*", "ru", kPol, 1), T("расследовани*", "ru", kPol, 1),

    T("беженц*", "ru", kHum, 3), T("вынужденн* переселенц*", "ru", kHum, 3), T("гуманитарн*", "ru", kHum, 2.5),
    T("пленн*", "ru", kHum, 2.5), T("военнопленн*", "ru", kHum, 3), T("освобожден*", "ru", kHum, 1),
    T("заложник*", "ru", kHum, 2.5), T("блокад*", "ru", kHum, 2.5), T("эвакуаци*", "ru", kHum, 2.5),
    T("мирн* жител*", "ru", kHum, 2), T("красн* крест*", "ru", kHum, 2.5), T("мккк", "ru", kHum, 2.5),
    T("пропавш* без вести", "ru", kHum, 2.5), T("останк*", "ru", kHum, 1.5), T("разминировани*", "ru", kHum, 2),
    T("землетрясени*", "ru", kHum, 3), T("наводнени*", "ru", kHum, 2), T("депортаци*", "ru", kHum, 2),
    T("жертв*", "ru", kHum, 1.5),

    T("торгов*", "ru", kEco, 2), T("товарооборот*", "ru", kEco, 2.5), T("контракт*", "ru", kEco, 2),
    T("продаж*", "ru", kEco, 2), T("продаст", "ru", kEco, 2), T("продал*", "ru", kEco, 2), T("закупк*", "ru", kEco, 2),
    T("покупк*", "ru", kEco, 2), T("инвестици*", "ru", kEco, 2), T("экспорт*", "ru", kEco, 2),
    T("импорт*", "ru", kEco, 2), T("газ", "ru", kEco, 1.5), T("нефт*", "ru", kEco, 1.5), T("экономик*", "ru", kEco, 1.5),
    T("экономическ*", "ru", kEco, 1.5), T("цен", "ru", kEco, 1), T("тариф*", "ru", kEco, 2), T("санкци*", "ru", kEco, 1.5),
    T("кредит*", "ru", kEco, 2), T("млрд", "ru", kEco, 1), T("миллиард*", "ru", kEco, 1), T("рынк*", "ru", kEco, 1),
    T("рынок", "ru", kEco, 1), T("бизнес*", "ru", kEco, 1), T("поставк*", "ru", kEco, 1), T("бюджет*", "ru", kEco, 1.5),
    T("сделк*", "ru", kEco, 2), T("таможен*", "ru", kEco, 1.5),

    T("железн* дорог*", "ru", kInf, 2.5), T("железнодорожн*", "ru", kInf, 2.5), T("автодорог*", "ru", kInf, 2.5),
    T("дорог*", "ru", kInf, 0.5), T("трасс*", "ru", kInf, 1.5), T("магистрал*", "ru", kInf, 2),
    T("трубопровод*", "ru", kInf, 2.5), T("газопровод*", "ru", kInf, 2.5), T("нефтепровод*", "ru", kInf, 2.5),
    T("мост", "ru", kInf, 2), T("тоннел*", "ru", kInf, 2), T("туннел*", "ru", kInf, 2), T("аэропорт*", "ru", kInf, 2),
    T("порт", "ru", kInf, 1), T("строительств*", "ru", kInf, 2), T("построен*", "ru", kInf, 1.5),
    T("построил*", "ru", kInf, 1.5), T("открыти*", "ru", kInf, 1), T("транзит*", "ru", kInf, 2),
    T("транспорт*", "ru", kInf, 1), T("коммуникаци*", "ru", kInf, 1.5), T("разблокир*", "ru", kInf, 2.5),
    T("электростанц*", "ru", kInf, 2.5), T("пункт* пропуска", "ru", kInf, 2), T("кпп", "ru", kInf, 1),

    Occurs("заявил*", "ru"), Occurs("сообщил*", "ru"), Occurs("состоял*", "ru"), Occurs("прошел", "ru"),
    Occurs("прошла", "ru"), Occurs("прошли", "ru"), Occurs("началась", "ru"), Occurs("начались", "ru"),
    Occurs("начал*", "ru"), Occurs("завершил*", "ru"), Occurs("провел*", "ru"), Occurs("проведен*", "ru"),
    Occurs("объявил*", "ru"), Occurs("отметил*", "ru"), Occurs("подчеркнул*", "ru"), Occurs("произошл*", "ru"),
    Occurs("произошел", "ru"), Occurs("договорил*", "ru"), Occurs("согласовал*", "ru"), Occurs("принял*", "ru"),

    Reports("заявил, что", "ru"), Reports("заявила, что", "ru"), Reports("заявили, что", "ru"),
    Reports("сказал, что", "ru"), Reports("отметил, что", "ru"), Reports("подчеркнул, что", "ru"),
    Reports("сообщил, что", "ru"), Reports("добавил, что", "ru"),

    RefersBack("он", "ru"), RefersBack("она", "ru"), RefersBack("оно", "ru"), RefersBack("они", "ru"),
    RefersBack("там", "ru"), RefersBack("туда", "ru"), RefersBack("регион", "ru"), RefersBack("район", "ru"),
    RefersBack("город", "ru"),

    Bound("с", "ru"), Bound("со", "ru"), Bound("до", "ru"), Bound("к", "ru"), Bound("начиная с", "ru"),
    Bound("вплоть до", "ru"),

    Ahead("будет", "ru"), Ahead("будут", "ru"), Ahead("планиру*", "ru"), Ahead("планах", "ru"),
    Ahead("намерен*", "ru"), Ahead("собирается", "ru"), Ahead("собираются", "ru"), Ahead("предстоящ*", "ru"),
    Ahead("запланирован*", "ru"), Ahead("ожидается", "ru"),

    //-------------------------------------------------------------------------
    // [SECTION] Azerbaijani
    //-------------------------------------------------------------------------
    T("hərbi", "az", kMil, 1.5), T("hərbçi*", "az", kMil, 2), T("qoşun*", "az", kMil, 2), T("ordu", "az", kMil, 1.5),
    T("əsgər*", "az", kMil, 2), T("silahlı qüvvə*", "az", kMil, 2), T("təlim*", "az", kMil, 1.5),
    T("hərbi təlim*", "az", kMil, 3), T("müharibə", "az", kMil, 2), T("döyüş*", "az", kMil, 2.5),
    T("hücum*", "az", kMil, 2), T("atəş*", "az", kMil, 2), T("raket*", "az", kMil, 2), T("dron*", "az", kMil, 1.5),
    T("pilotsuz*", "az", kMil, 2), T("vuruldu", "az", kMil, 2), T("vurulub", "az", kMil, 2),
    T("işğal*", "az", kMil, 1), T("azad edil*", "az", kMil, 2), T("antiterror*", "az", kMil, 2.5),
    T("sülhməramlı*", "az", kMil, 1.5), T("müdafiə nazir*", "az", kMil, 1.5), T("təxribat*", "az", kMil, 2),
    T("mövqe*", "az", kMil, 1), T("şəhid*", "az", kMil, 1.5), T("yaralan*", "az", kMil, 1.5),
    T("artilleriya*", "az", kMil, 2), T("əməliyyat*", "az", kMil, 1), T("hərbi əməliyyat*", "az", kMil, 3),
    T("silah*", "az", kMil, 1),

    T("danışıq*", "az", kDip, 2), T("sülh danışıq*", "az", kDip, 3), T("görüş*", "az", kDip, 1),
    T("səfər*", "az", kDip, 1.5), T("xarici işlər nazir*", "az", kDip, 1), T("səfir*", "az", kDip, 2),
    T("diplomat*", "az", kDip, 2), T("saziş*", "az", kDip, 1.5), T("müqavilə*", "az", kDip, 1.5),
    T("sülh müqavilə*", "az", kDip, 3), T("sülh saziş*", "az", kDip, 3), T("imzala*", "az", kDip, 1.5),
    T("sammit*", "az", kDip, 2.5), T("zirvə*", "az", kDip, 2.5), T("üçtərəfli", "az", kDip, 2),
    T("ikitərəfli", "az", kDip, 1), T("atəşkəs*", "az", kDip, 1.5), T("vasitəçi*", "az", kDip, 2),
    T("telefon danışığı", "az", kDip, 2), T("nümayəndə heyət*", "az", kDip, 2), T("həmkar*", "az", kDip, 2), T("birgə mətbuat konfrans*", "az", kDip, 2.5), T("cavab*", "az", kDip, 1),
    T("tanıyıb", "az", kDip, 1.5), T("tanıdı", "az", kDip, 1.5), T("tanınma*", "az", kDip, 1.5), T("birgə bəyanat*", "az", kDip, 2), T("münasibət*", "az", kDip, 0.5),

    T("seçki*", "az", kPol, 2.5), T("referendum*", "az", kPol, 2.5), T("parlament*", "az", kPol, 1.5),
    T("milli məclis*", "az", kPol, 1.5), T("etiraz*", "az", kPol, 2), T("aksiya*", "az", kPol, 1.5),
    T("istefa*", "az", kPol, 2), T("fərman*", "az", kPol, 2), T("sərəncam*", "az", kPol, 2), T("qanun*", "az", kPol, 1),
    T("konstitusiya*", "az", kPol, 1.5), T("müxalifət*", "az", kPol, 1.5), T("həbs*", "az", kPol, 1.5),
    T("saxlanıl*", "az", kPol, 1), T("polis*", "az", kPol, 1.5), T("məhkəmə*", "az", kPol, 1),
    T("mətbuat konfrans*", "az", kPol, 1), T("forum*", "az", kPol, 1), T("bayram*", "az", kPol, 1),
    T("hökumət*", "az", kPol, 0.5), T("təyin edil*", "az", kPol, 1.5), T("müsahibə*", "az", kPol, 1),
    T("çıxış*", "az", kPol, 1),

    T("qaçqın*", "az", kHum, 3), T("köçkün*", "az", kHum, 3), T("humanitar*", "az", kHum, 2.5),
    T("əsir*", "az", kHum, 2.5), T("girov*", "az", kHum, 2.5), T("itkin*", "az", kHum, 2),
    T("blokada*", "az", kHum, 2.5), T("mülki", "az", kHum, 1.5), T("evakuasiya*", "az", kHum, 2.5),
    T("qırmızı xaç*", "az", kHum, 2.5), T("mina*", "az", kHum, 1.5), T("minatəmizlə*", "az", kHum, 2),
    T("zəlzələ*", "az", kHum, 3), T("daşqın*", "az", kHum, 2), T("deportasiya*", "az", kHum, 2),
    T("yardım*", "az", kHum, 1.5),

    T("ticarət*", "az", kEco, 2), T("iqtisadi*", "az", kEco, 1.5), T("iqtisadiyyat*", "az", kEco, 1.5),
    T("investisiya*", "az", kEco, 2), T("sərmayə*", "az", kEco, 2), T("ixrac*", "az", kEco, 2),
    T("idxal*", "az", kEco, 2), T("qaz", "az", kEco, 1.5), T("neft*", "az", kEco, 1.5), T("satış*", "az", kEco, 2),
    T("milyard*", "az", kEco, 1), T("sanksiya*", "az", kEco, 1.5), T("kredit*", "az", kEco, 2),
    T("büdcə*", "az", kEco, 1.5), T("gömrük*", "az", kEco, 1.5), T("tədarük*", "az", kEco, 1),

    T("dəmir yol*", "az", kInf, 2.5), T("dəmiryol*", "az", kInf, 2.5), T("avtomobil yol*", "az", kInf, 2.5),
    T("magistral*", "az", kInf, 2), T("körpü*", "az", kInf, 2), T("boru kəmər*", "az", kInf, 2.5),
    T("tunel*", "az", kInf, 2), T("hava liman*", "az", kInf, 2), T("liman*", "az", kInf, 1),
    T("tikinti*", "az", kInf, 2), T("inşa*", "az", kInf, 2), T("açılış*", "az", kInf, 1),
    T("nəqliyyat*", "az", kInf, 1), T("tranzit*", "az", kInf, 2), T("kommunikasiya*", "az", kInf, 1.5),
    T("elektrik stansiya*", "az", kInf, 2.5), T("su anbar*", "az", kInf, 2), T("dəhliz*", "az", kInf, 0.5),

    Occurs("bildirib", "az"), Occurs("bildirdi", "az"), Occurs("deyib", "az"), Occurs("dedi", "az"),
    Occurs("açıqlayıb", "az"), Occurs("açıqladı", "az"), Occurs("keçirilib", "az"), Occurs("keçirildi", "az"),
    Occurs("baş tutub", "az"), Occurs("baş tutdu", "az"), Occurs("qeyd edib", "az"), Occurs("başlayıb", "az"),
    Occurs("başladı", "az"), Occurs("elan edib", "az"), Occurs("elan etdi", "az"), Occurs("olub", "az"),

    Reports("bildirib ki", "az"), Reports("deyib ki", "az"), Reports("qeyd edib ki", "az"),
    Reports("vurğulayıb ki", "az"), Reports("bildirdi ki", "az"),

    RefersBack("o", "az"), RefersBack("onlar", "az"), RefersBack("orada", "az"), RefersBack("ora", "az"),
    RefersBack("bölgə", "az"), RefersBack("rayon", "az"), RefersBack("şəhər", "az"),

    Bound("bəri", "az"), Bound("qədər", "az"), Bound("dək", "az"), Bound("etibarən", "az"),

    Ahead("*acaq", "az"), Ahead("*əcək", "az"), Ahead("*acaqdır", "az"), Ahead("*əcəkdir", "az"),
    Ahead("planlaşdırıl*", "az"), Ahead("nəzərdə tutulur", "az"),

    //-------------------------------------------------------------------------
    // [SECTION] Turkish
    //-------------------------------------------------------------------------
    T("askeri", "tr", kMil, 1.5), T("asker*", "tr", kMil, 2), T("tatbikat*", "tr", kMil, 3), T("ordusu", "tr", kMil, 1.5),
    T("silahlı kuvvet*", "tr", kMil, 2), T("savaş*", "tr", kMil, 2), T("çatışma*", "tr", kMil, 2.5),
    T("saldırı*", "tr", kMil, 2), T("füze*", "tr", kMil, 2), T("insansız hava", "tr", kMil, 2),
    T("düşürdü", "tr", kMil, 2.5), T("düşürüldü", "tr", kMil, 2.5), T("işgal*", "tr", kMil, 1),
    T("operasyon*", "tr", kMil, 1.5), T("askeri operasyon*", "tr", kMil, 3), T("barış gücü", "tr", kMil, 1.5),
    T("savunma bakan*", "tr", kMil, 1.5), T("şehit*", "tr", kMil, 1.5), T("yaralan*", "tr", kMil, 1.5),
    T("topçu*", "tr", kMil, 2), T("silah*", "tr", kMil, 1), T("konuşlan*", "tr", kMil, 2),

    T("görüşme*", "tr", kDip, 2), T("görüştü", "tr", kDip, 2), T("müzakere*", "tr", kDip, 2),
    T("barış görüşme*", "tr", kDip, 3), T("ziyaret*", "tr", kDip, 1.5), T("dışişleri bakan*", "tr", kDip, 1),
    T("büyükelçi*", "tr", kDip, 2), T("diplomat*", "tr", kDip, 2), T("anlaşma*", "tr", kDip, 1.5),
    T("antlaşma*", "tr", kDip, 1.5), T("barış anlaşma*", "tr", kDip, 3), T("mutabakat*", "tr", kDip, 1.5),
    T("imzala*", "tr", kDip, 1.5), T("zirve*", "tr", kDip, 2.5), T("ateşkes*", "tr", kDip, 1.5),
    T("arabulucu*", "tr", kDip, 2), T("üçlü", "tr", kDip, 1.5), T("ikili", "tr", kDip, 1),
    T("telefon görüşme*", "tr", kDip, 2), T("heyet*", "tr", kDip, 2), T("mevkidaş*", "tr", kDip, 2), T("ortak basın toplantı*", "tr", kDip, 2.5), T("yanıt*", "tr", kDip, 1),
    T("cevap*", "tr", kDip, 1),
    T("tanıdı", "tr", kDip, 1.5), T("ortak açıklama*", "tr", kDip, 2), T("ilişki*", "tr", kDip, 0.5),

    T("seçim*", "tr", kPol, 2.5), T("meclis*", "tr", kPol, 1.5), T("protesto*", "tr", kPol, 2),
    T("gösteri*", "tr", kPol, 1.5), T("istifa*", "tr", kPol, 2), T("kararname*", "tr", kPol, 2),
    T("kanun*", "tr", kPol, 1), T("yasa", "tr", kPol, 1), T("anayasa*", "tr", kPol, 1.5), T("muhalefet*", "tr", kPol, 1.5),
    T("gözaltı*", "tr", kPol, 1.5), T("tutukla*", "tr", kPol, 1.5), T("polis*", "tr", kPol, 1.5),
    T("mahkeme*", "tr", kPol, 1), T("basın toplantı*", "tr", kPol, 1), T("bayram*", "tr", kPol, 1),
    T("hükümet*", "tr", kPol, 0.5), T("darbe*", "tr", kPol, 2), T("atandı", "tr", kPol, 1.5),
    T("röportaj*", "tr", kPol, 1), T("konuşma*", "tr", kPol, 1),

    T("mülteci*", "tr", kHum, 3), T("göçmen*", "tr", kHum, 2), T("insani", "tr", kHum, 2),
    T("insani yardım*", "tr", kHum, 3), T("yardım*", "tr", kHum, 1.5), T("esir*", "tr", kHum, 2.5),
    T("rehine*", "tr", kHum, 2.5), T("abluka*", "tr", kHum, 2.5), T("sivil*", "tr", kHum, 1.5),
    T("tahliye*", "tr", kHum, 2.5), T("kızılhaç*", "tr", kHum, 2.5), T("kızılay*", "tr", kHum, 2.5),
    T("kayıp", "tr", kHum, 1), T("mayın*", "tr", kHum, 1.5), T("deprem*", "tr", kHum, 3), T("sel", "tr", kHum, 1.5),

    T("ticaret*", "tr", kEco, 2), T("ekonomi*", "tr", kEco, 1.5), T("yatırım*", "tr", kEco, 2),
    T("ihracat*", "tr", kEco, 2), T("ithalat*", "tr", kEco, 2), T("doğalgaz*", "tr", kEco, 1.5),
    T("doğal gaz*", "tr", kEco, 1.5), T("petrol*", "tr", kEco, 1.5), T("satış*", "tr", kEco, 2),
    T("milyar*", "tr", kEco, 1), T("yaptırım*", "tr", kEco, 1.5), T("kredi*", "tr", kEco, 2), T("ihale*", "tr", kEco, 2),
    T("bütçe*", "tr", kEco, 1.5), T("gümrük*", "tr", kEco, 1.5),

    T("demiryolu*", "tr", kInf, 2.5), T("demir yolu*", "tr", kInf, 2.5), T("karayolu*", "tr", kInf, 2.5),
    T("otoyol*", "tr", kInf, 2.5), T("köprü*", "tr", kInf, 2), T("boru hattı*", "tr", kInf, 2.5),
    T("tünel*", "tr", kInf, 2), T("havalimanı*", "tr", kInf, 2), T("liman*", "tr", kInf, 1),
    T("inşaat*", "tr", kInf, 2), T("inşa*", "tr", kInf, 2), T("açılış*", "tr", kInf, 1), T("koridor*", "tr", kInf, 0.5),
    T("ulaşım*", "tr", kInf, 1), T("ulaştırma*", "tr", kInf, 1), T("transit*", "tr", kInf, 2),
    T("santral*", "tr", kInf, 2.5), T("baraj*", "tr", kInf, 2),

    Occurs("açıkladı", "tr"), Occurs("dedi", "tr"), Occurs("söyledi", "tr"), Occurs("belirtti", "tr"),
    Occurs("gerçekleştirildi", "tr"), Occurs("gerçekleşti", "tr"), Occurs("düzenlendi", "tr"),
    Occurs("yapıldı", "tr"), Occurs("başladı", "tr"), Occurs("duyurdu", "tr"), Occurs("bildirdi", "tr"),

    Reports("dedi ki", "tr"), Reports("belirterek", "tr"), Reports("söyleyerek", "tr"),
    Reports("ifade ederek", "tr"),

    RefersBack("o", "tr"), RefersBack("onlar", "tr"), RefersBack("orada", "tr"), RefersBack("ora", "tr"),
    RefersBack("bölge", "tr"), RefersBack("ilçe", "tr"), RefersBack("şehir", "tr"),

    Bound("beri", "tr"), Bound("kadar", "tr"), Bound("dek", "tr"), Bound("itibaren", "tr"),

    Ahead("*acak", "tr"), Ahead("*ecek", "tr"), Ahead("*acaktır", "tr"), Ahead("*ecektir", "tr"),
    Ahead("planlan*", "tr"), Ahead("planlıyor", "tr"), Ahead("öngörülüyor", "tr"),

    //-------------------------------------------------------------------------
    // [SECTION] Armenian
    //-------------------------------------------------------------------------
    T("ռազմական*", "hy", kMil, 1.5), T("զինված ուժեր*", "hy", kMil, 2), T("բանակ", "hy", kMil, 1.5),
    T("զորք*", "hy", kMil, 2), T("զինվոր*", "hy", kMil, 2), T("զորավարժություն*", "hy", kMil, 3),
    T("պատերազմ*", "hy", kMil, 2), T("մարտական*", "hy", kMil, 2), T("մարտեր*", "hy", kMil, 2.5),
    T("հարձակում*", "hy", kMil, 2), T("կրակոց*", "hy", kMil, 2), T("գնդակոծ*", "hy", kMil, 2.5),
    T("հրթիռ*", "hy", kMil, 2), T("անօդաչու*", "hy", kMil, 2), T("պաշտպանության նախարար*", "hy", kMil, 1.5),
    T("խաղաղապահ*", "hy", kMil, 1.5), T("օկուպաց*", "hy", kMil, 1), T("գրավ*", "hy", kMil, 1),
    T("զոհ*", "hy", kMil, 1), T("վիրավոր*", "hy", kMil, 1.5), T("ներխուժ*", "hy", kMil, 2.5),
    T("զինատեսակ*", "hy", kMil, 1), T("զենք*", "hy", kMil, 1),

    T("բանակցություն*", "hy", kDip, 2), T("խաղաղության բանակցություն*", "hy", kDip, 3),
    T("հանդիպ*", "hy", kDip, 1.5), T("այց*", "hy", kDip, 1.5), T("արտաքին գործերի նախարար*", "hy", kDip, 1),
    T("դեսպան*", "hy", kDip, 2), T("դիվանագետ*", "hy", kDip, 2), T("համաձայնագ*", "hy", kDip, 1.5),
    T("պայմանագ*", "hy", kDip, 1.5), T("խաղաղության պայմանագ*", "hy", kDip, 3), T("ստորագր*", "hy", kDip, 1.5),
    T("գագաթնաժողով*", "hy", kDip, 2.5), T("եռակողմ*", "hy", kDip, 2), T("երկկողմ*", "hy", kDip, 1),
    T("հրադադար*", "hy", kDip, 1.5), T("միջնորդ*", "hy", kDip, 2), T("հեռախոսազրույց*", "hy", kDip, 2),
    T("պատվիրակ*", "hy", kDip, 2), T("համատեղ ասուլիս*", "hy", kDip, 2.5), T("պատասխան*", "hy", kDip, 1), T("գործընկեր*", "hy", kDip, 1), T("ճանաչել*", "hy", kDip, 1),
    T("համատեղ հայտարարություն*", "hy", kDip, 2),

    T("ընտրություն*", "hy", kPol, 2.5), T("հանրաքվե*", "hy", kPol, 2.5), T("խորհրդարան*", "hy", kPol, 1.5),
    T("ազգային ժողով*", "hy", kPol, 1.5), T("բողոք*", "hy", kPol, 1.5), T("հանրահավաք*", "hy", kPol, 2),
    T("հրաժարական*", "hy", kPol, 2), T("հրամանագ*", "hy", kPol, 2), T("օրենք*", "hy", kPol, 1),
    T("սահմանադր*", "hy", kPol, 1.5), T("ընդդիմություն*", "hy", kPol, 1.5), T("ձերբակալ*", "hy", kPol, 1.5),
    T("ոստիկան*", "hy", kPol, 1.5), T("դատարան*", "hy", kPol, 1), T("ասուլիս*", "hy", kPol, 1),
    T("ֆորում*", "hy", kPol, 1), T("կառավարություն*", "hy", kPol, 0.5), T("նշանակվել*", "hy", kPol, 1.5), T("նշանակեց", "hy", kPol, 1.5),
    T("հարցազրույց*", "hy", kPol, 1),

    T("փախստական*", "hy", kHum, 3), T("տեղահանված*", "hy", kHum, 2.5), T("մարդասիրական*", "hy", kHum, 2.5),
    T("հումանիտար*", "hy", kHum, 2.5), T("գերի*", "hy", kHum, 2.5), T("ռազմագերի*", "hy", kHum, 3),
    T("պատանդ*", "hy", kHum, 2.5), T("անհետ կորած*", "hy", kHum, 2.5), T("շրջափակ*", "hy", kHum, 2.5),
    T("խաղաղ բնակիչ*", "hy", kHum, 2), T("տարհան*", "hy", kHum, 2.5), T("կարմիր խաչ*", "hy", kHum, 2.5),
    T("ական", "hy", kHum, 1.5), T("ականներ*", "hy", kHum, 1.5), T("երկրաշարժ*", "hy", kHum, 3), T("օգնություն*", "hy", kHum, 1.5),

    T("առևտր*", "hy", kEco, 2), T("առեւտր*", "hy", kEco, 2), T("տնտես*", "hy", kEco, 1.5), T("ներդր*", "hy", kEco, 2),
    T("արտահան*", "hy", kEco, 2), T("ներմուծ*", "hy", kEco, 2), T("գազ", "hy", kEco, 1.5), T("նավթ*", "hy", kEco, 1.5),
    T("վաճառ*", "hy", kEco, 2), T("միլիարդ*", "hy", kEco, 1), T("պատժամիջոց*", "hy", kEco, 1.5),
    T("վարկ", "hy", kEco, 2), T("վարկեր*", "hy", kEco, 2), T("բյուջե*", "hy", kEco, 1.5), T("մաքսային*", "hy", kEco, 1.5),

    T("երկաթուղ*", "hy", kInf, 2.5), T("ճանապարհ*", "hy", kInf, 1), T("մայրուղ*", "hy", kInf, 2.5),
    T("կամուրջ*", "hy", kInf, 2), T("խողովակաշար*", "hy", kInf, 2.5), T("գազատար*", "hy", kInf, 2.5),
    T("թունել*", "hy", kInf, 2), T("օդանավակայան*", "hy", kInf, 2), T("նավահանգիստ*", "hy", kInf, 1),
    T("շինարարություն*", "hy", kInf, 2), T("կառուց*", "hy", kInf, 1.5), T("տրանսպորտ*", "hy", kInf, 1),
    T("տարանցիկ*", "hy", kInf, 2), T("հաղորդակցություն*", "hy", kInf, 1.5), T("ապաշրջափակ*", "hy", kInf, 2.5),
    T("էլեկտրակայան*", "hy", kInf, 2.5), T("միջանցք*", "hy", kInf, 0.5),

    Occurs("հայտարարել*", "hy"), Occurs("հայտարարեց", "hy"), Occurs("ասել*", "hy"), Occurs("ասաց", "hy"),
    Occurs("տեղի է ունեցել", "hy"), Occurs("տեղի ունեցավ", "hy"), Occurs("անցկացվ*", "hy"),
    Occurs("սկսվել*", "hy"), Occurs("սկսվեց", "hy"), Occurs("նշել*", "hy"), Occurs("նշեց", "hy"),

    Reports("ասաց, որ", "hy"), Reports("հայտարարել է, որ", "hy"), Reports("նշել է, որ", "hy"),
    Reports("ընդգծել է, որ", "hy"),

    RefersBack("նա", "hy"), RefersBack("նրանք", "hy"), RefersBack("այնտեղ", "hy"), RefersBack("այն", "hy"),
    RefersBack("տարածաշրջան", "hy"), RefersBack("շրջան", "hy"), RefersBack("քաղաք", "hy"),

    Bound("ի վեր", "hy"), Bound("սկսած", "hy"),

    Ahead("նախատեսվ*", "hy"), Ahead("պլանավոր*", "hy"), Ahead("կանցկացվի", "hy"), Ahead("կլինի", "hy"),
    Ahead("կայանալու", "hy"),
});

}  // namespace

std::span<const EventCueEntry> EventCueLexicon() { return kLexicon; }

}  // namespace atlas::text
