#include "databasestats.h"

#include "database.h"

namespace liaison {

namespace {

int scalar(Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    return db.exec(q) && q.next() ? q.value(0).toInt() : 0;
}

template<typename Enum, typename FromString>
void countBy(Database &db, const QString &sql, QMap<Enum, int> &counts, FromString fromString)
{
    QSqlQuery q = db.prepare(sql);
    if (!db.exec(q))
        return;
    while (q.next()) {
        if (const auto value = fromString(q.value(0).toString()))
            counts[*value] += q.value(1).toInt();
    }
}

} // namespace

DatabaseStats DatabaseStats::totals(Database &db)
{
    DatabaseStats stats;
    stats.articles = scalar(db, QStringLiteral("SELECT COUNT(*) FROM articles"));
    stats.entities = scalar(db, QStringLiteral("SELECT COUNT(*) FROM entities"));
    stats.relations = scalar(db, QStringLiteral("SELECT COUNT(*) FROM relations"));
    stats.claims = scalar(db, QStringLiteral("SELECT COUNT(*) FROM claims"));
    return stats;
}

DatabaseStats DatabaseStats::collect(Database &db)
{
    DatabaseStats stats = totals(db);
    for (const EntityType t : allEntityTypes())
        stats.entitiesByType[t] = 0;
    for (const RelationType t : allRelationTypes())
        stats.relationsByType[t] = 0;
    for (const ReviewState s : {ReviewState::Unreviewed, ReviewState::Confirmed, ReviewState::Rejected})
        stats.claimsByReview[s] = 0;
    countBy(db, QStringLiteral("SELECT type, COUNT(*) FROM entities GROUP BY type"), stats.entitiesByType,
            [](const QString &s) { return entityTypeFromString(s); });
    countBy(db, QStringLiteral("SELECT type, COUNT(*) FROM relations GROUP BY type"), stats.relationsByType,
            [](const QString &s) { return relationTypeFromString(s); });
    countBy(db, QStringLiteral("SELECT review, COUNT(*) FROM claims GROUP BY review"), stats.claimsByReview,
            [](const QString &s) { return reviewStateFromString(s); });
    return stats;
}

} // namespace liaison
