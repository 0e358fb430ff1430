#include "vocabulary.h"

#include <array>

namespace liaison {

namespace {

constexpr unsigned kPerson = entityTypeBit(EntityType::Person);
constexpr unsigned kCompany = entityTypeBit(EntityType::Company);
constexpr unsigned kProduct = entityTypeBit(EntityType::Product);
constexpr unsigned kOrg = entityTypeBit(EntityType::Organization);
constexpr unsigned kBody = kCompany | kOrg;

constexpr std::array<EntityType, 4> kEntityTypes{EntityType::Person, EntityType::Company, EntityType::Product,
                                                 EntityType::Organization};
constexpr std::array<const char *, 4> kEntityTypeNames{"person", "company", "product", "organization"};

constexpr std::array<RelationTypeInfo, 11> kRelations{{
    {RelationType::Acquired, "acquired", false, true, kBody | kPerson, kBody | kProduct},
    {RelationType::InvestedIn, "invested_in", false, true, kBody | kPerson, kBody},
    {RelationType::Raised, "raised", false, false, kBody, 0},
    {RelationType::Hired, "hired", false, true, kBody, kPerson},
    {RelationType::Founded, "founded", false, true, kPerson | kBody, kBody | kProduct},
    {RelationType::Leads, "leads", false, true, kPerson, kBody},
    {RelationType::WorkedAt, "worked_at", false, true, kPerson, kBody},
    {RelationType::CompetesWith, "competes_with", true, true, kBody | kProduct, kBody | kProduct},
    {RelationType::PartnersWith, "partners_with", true, true, kBody, kBody},
    {RelationType::Owns, "owns", false, true, kBody | kPerson, kBody | kProduct},
    {RelationType::Uses, "uses", false, true, kBody | kProduct | kPerson, kProduct | kBody},
}};

constexpr std::array<RelationType, 11> kRelationTypes{
    RelationType::Acquired, RelationType::InvestedIn,   RelationType::Raised,       RelationType::Hired,
    RelationType::Founded,  RelationType::Leads,        RelationType::WorkedAt,     RelationType::CompetesWith,
    RelationType::PartnersWith, RelationType::Owns,     RelationType::Uses};

constexpr std::array<Status, 7> kStatuses{Status::Rumoured, Status::Talks,  Status::Expected, Status::Announced,
                                          Status::Completed, Status::Failed, Status::Denied};
constexpr std::array<const char *, 7> kStatusNames{"rumoured",  "talks",  "expected", "announced",
                                                   "completed", "failed", "denied"};
constexpr std::array<const char *, 3> kReviewNames{"unreviewed", "confirmed", "rejected"};

template<typename Enum, std::size_t N>
std::optional<Enum> lookup(QStringView name, const std::array<const char *, N> &names)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name == QLatin1StringView(names[i]))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

} // namespace

std::span<const EntityType> allEntityTypes() { return kEntityTypes; }
std::span<const RelationType> allRelationTypes() { return kRelationTypes; }
std::span<const Status> allStatuses() { return kStatuses; }

QString toString(EntityType t) { return QString::fromLatin1(kEntityTypeNames[static_cast<std::size_t>(t)]); }
QString toString(RelationType t) { return QString::fromLatin1(relationInfo(t).name); }
QString toString(Status s) { return QString::fromLatin1(kStatusNames[static_cast<std::size_t>(s)]); }
QString toString(ReviewState s) { return QString::fromLatin1(kReviewNames[static_cast<std::size_t>(s)]); }

std::optional<EntityType> entityTypeFromString(QStringView name) { return lookup<EntityType>(name, kEntityTypeNames); }
std::optional<Status> statusFromString(QStringView name) { return lookup<Status>(name, kStatusNames); }
std::optional<ReviewState> reviewStateFromString(QStringView name) { return lookup<ReviewState>(name, kReviewNames); }

std::optional<RelationType> relationTypeFromString(QStringView name)
{
    for (const auto &info : kRelations) {
        if (name == QLatin1StringView(info.name))
            return info.type;
    }
    return std::nullopt;
}

const RelationTypeInfo &relationInfo(RelationType t) { return kRelations[static_cast<std::size_t>(t)]; }
bool isSymmetric(RelationType t) { return relationInfo(t).symmetric; }
bool hasTarget(RelationType t) { return relationInfo(t).hasTarget; }

bool allowsEndpoints(RelationType t, EntityType source, std::optional<EntityType> target)
{
    const auto &info = relationInfo(t);
    if (!(info.sourceTypes & entityTypeBit(source)))
        return false;
    if (!info.hasTarget)
        return !target.has_value();
    return target.has_value() && (info.targetTypes & entityTypeBit(*target));
}

int statusRank(Status s)
{
    switch (s) {
    case Status::Rumoured: return 0;
    case Status::Talks: return 1;
    case Status::Expected: return 2;
    case Status::Announced: return 3;
    case Status::Failed: return 4;
    case Status::Denied: return 4;
    case Status::Completed: return 5;
    }
    return 0;
}

} // namespace liaison
