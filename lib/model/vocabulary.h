#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace liaison {

// The entity and relation vocabularies, defined once. Their names are the
// contract of ../shared/eval/SCHEMA.md and of the database.

enum class EntityType { Person, Company, Product, Organization };

enum class RelationType {
    Acquired,
    InvestedIn,
    Raised,
    Hired,
    Founded,
    Leads,
    WorkedAt,
    CompetesWith,
    PartnersWith,
    Owns,
    Uses,
};

// How far the event went, ordered from least to most advanced so that an edge
// can show the most advanced status of its claims. Failed and Denied are
// terminal outcomes and rank above Completed only for display ordering.
enum class Status { Rumoured, Talks, Expected, Announced, Completed, Failed, Denied };

// The review state a user gives a claim.
enum class ReviewState { Unreviewed, Confirmed, Rejected };

struct RelationTypeInfo {
    RelationType type;
    const char *name;        // schema name, e.g. "invested_in"
    bool symmetric;          // competes_with, partners_with
    bool hasTarget;          // false only for raised
    // Allowed endpoint types, as bit masks of entityTypeBit().
    unsigned sourceTypes;
    unsigned targetTypes;
};

constexpr unsigned entityTypeBit(EntityType t) { return 1u << static_cast<unsigned>(t); }

std::span<const EntityType> allEntityTypes();
std::span<const RelationType> allRelationTypes();
std::span<const Status> allStatuses();

QString toString(EntityType t);
QString toString(RelationType t);
QString toString(Status s);
QString toString(ReviewState s);

std::optional<EntityType> entityTypeFromString(QStringView name);
std::optional<RelationType> relationTypeFromString(QStringView name);
std::optional<Status> statusFromString(QStringView name);
std::optional<ReviewState> reviewStateFromString(QStringView name);

const RelationTypeInfo &relationInfo(RelationType t);
bool isSymmetric(RelationType t);
bool hasTarget(RelationType t);
bool allowsEndpoints(RelationType t, EntityType source, std::optional<EntityType> target);

// Rank used to pick the "most advanced" status of an edge.
int statusRank(Status s);

} // namespace liaison
