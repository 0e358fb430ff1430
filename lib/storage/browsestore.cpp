#include "browsestore.h"

#include "database.h"
#include "sqlvalues.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

namespace liaison {

namespace {

// Ids come from the database as integers, so inlining them is safe and spares
// binding a variable number of placeholders.
QString idList(const QList<EntitySummary> &rows)
{
    QStringList ids;
    ids.reserve(rows.size());
    for (const EntitySummary &row : rows)
        ids << QString::number(row.entity.id);
    return ids.join(u',');
}

EntitySummary summaryFromRow(const QSqlQuery &q)
{
    EntitySummary s;
    s.entity.id = q.value(0).toLongLong();
    s.entity.type = entityTypeFromString(q.value(1).toString()).value_or(EntityType::Company);
    s.entity.name = q.value(2).toString();
    s.entity.normalizedName = q.value(3).toString();
    return s;
}

} // namespace

QList<EntitySummary> BrowseStore::summariesAfter(qint64 afterId, int limit) const
{
    QList<EntitySummary> rows;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT id, type, name, normalized_name FROM entities WHERE id > :after ORDER BY id LIMIT :limit"));
    q.bindValue(QStringLiteral(":after"), afterId);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!m_db.exec(q))
        return rows;
    while (q.next())
        rows << summaryFromRow(q);
    fillCounts(rows);
    return rows;
}

QList<EntitySummary> BrowseStore::summariesOf(const QList<qint64> &ids) const
{
    QList<EntitySummary> rows;
    if (ids.isEmpty())
        return rows;
    QStringList list;
    for (qint64 id : ids)
        list << QString::number(id);
    QSqlQuery q = m_db.prepare(u"SELECT id, type, name, normalized_name FROM entities WHERE id IN ("
                               + list.join(u',') + u")");
    if (!m_db.exec(q))
        return rows;
    while (q.next())
        rows << summaryFromRow(q);
    fillCounts(rows);
    return rows;
}

std::optional<EntitySummary> BrowseStore::summary(qint64 entityId) const
{
    const QList<EntitySummary> rows = summariesOf({entityId});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

int BrowseStore::entityCount() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM entities"));
    return m_db.exec(q) && q.next() ? q.value(0).toInt() : 0;
}

qint64 BrowseStore::maxEntityId() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM entities"));
    return m_db.exec(q) && q.next() ? q.value(0).toLongLong() : 0;
}

void BrowseStore::fillCounts(QList<EntitySummary> &rows) const
{
    if (rows.isEmpty())
        return;
    QHash<qint64, EntitySummary *> byId;
    for (EntitySummary &row : rows)
        byId.insert(row.entity.id, &row);
    const QString ids = idList(rows);

    QSqlQuery aliases =
        m_db.prepare(u"SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN (" + ids + u") ORDER BY id");
    if (m_db.exec(aliases)) {
        while (aliases.next()) {
            EntitySummary *row = byId.value(aliases.value(0).toLongLong());
            const QString alias = aliases.value(1).toString();
            if (row && alias != row->entity.name && !row->entity.aliases.contains(alias))
                row->entity.aliases << alias;
        }
    }

    QSqlQuery relations = m_db.prepare(u"SELECT id, COUNT(*) FROM (SELECT source_id AS id FROM relations "
                                       u"WHERE source_id IN (" + ids + u") UNION ALL SELECT target_id FROM relations "
                                       u"WHERE target_id IN (" + ids + u")) GROUP BY id");
    if (m_db.exec(relations)) {
        while (relations.next()) {
            if (EntitySummary *row = byId.value(relations.value(0).toLongLong()))
                row->relationCount = relations.value(1).toInt();
        }
    }

    QSqlQuery articles = m_db.prepare(
        u"SELECT m.entity_id, COUNT(DISTINCT m.article_id), MAX(COALESCE(a.published, substr(a.imported_at, 1, 10))) "
        u"FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id IN (" + ids
        + u") GROUP BY m.entity_id");
    if (m_db.exec(articles)) {
        while (articles.next()) {
            if (EntitySummary *row = byId.value(articles.value(0).toLongLong())) {
                row->articleCount = articles.value(1).toInt();
                row->lastMentioned = sql::toDate(articles.value(2));
            }
        }
    }
}

} // namespace liaison
