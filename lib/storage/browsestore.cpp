#include "browsestore.h"

#include "database.h"
#include "sqlvalues.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

namespace liaison {

namespace {

// The counts are columns since schema 2 (kept by the writers), so a page
// costs one indexed range scan instead of counting relations and mentions.
const QLatin1StringView kColumns("id, type, name, normalized_name, relation_count, article_count, last_mentioned");

// Ids come from the database as integers, so inlining them is safe and spares
// binding a variable number of placeholders.
QString idList(const QList<qint64> &ids)
{
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << QString::number(id);
    return list.join(u',');
}

EntitySummary summaryFromRow(const QSqlQuery &q)
{
    EntitySummary s;
    s.entity.id = q.value(0).toLongLong();
    s.entity.type = entityTypeFromString(q.value(1).toString()).value_or(EntityType::Company);
    s.entity.name = q.value(2).toString();
    s.entity.normalizedName = q.value(3).toString();
    s.relationCount = q.value(4).toInt();
    s.articleCount = q.value(5).toInt();
    s.lastMentioned = sql::toDate(q.value(6));
    return s;
}

// The SQL expression a key sorts on, before the name and the id.
QString keyExpression(EntitySortKey key, const QList<EntityType> &typeOrder)
{
    switch (key) {
    case EntitySortKey::Relations:
        return QStringLiteral("relation_count");
    case EntitySortKey::Articles:
        return QStringLiteral("article_count");
    case EntitySortKey::LastMentioned:
        return QStringLiteral("last_mentioned");
    case EntitySortKey::Type: {
        // Type names are fixed identifiers, safe to inline.
        QString expr = QStringLiteral("CASE type");
        for (int i = 0; i < typeOrder.size(); ++i)
            expr += QStringLiteral(" WHEN '%1' THEN %2").arg(toString(typeOrder.at(i))).arg(i);
        return expr + QStringLiteral(" ELSE %1 END").arg(typeOrder.size());
    }
    case EntitySortKey::Id:
    case EntitySortKey::Name:
        break;
    }
    return {};
}

} // namespace

QList<EntitySummary> BrowseStore::summariesAfter(qint64 afterId, int limit) const
{
    EntityPageCursor cursor;
    cursor.id = afterId;
    return sortedPage(EntitySortKey::Id, false, cursor, limit);
}

QList<EntitySummary> BrowseStore::sortedPage(EntitySortKey key, bool descending,
                                             const std::optional<EntityPageCursor> &after, int limit,
                                             const QList<EntityType> &typeOrder,
                                             std::optional<EntityType> onlyType) const
{
    QStringList order;
    const QString expr = keyExpression(key, typeOrder);
    if (!expr.isEmpty())
        order << expr;
    if (key != EntitySortKey::Id)
        order << QStringLiteral("normalized_name");
    order << QStringLiteral("id");

    QString sql = u"SELECT " + kColumns + u" FROM entities WHERE " + (onlyType ? u"type = :type" : u"1 = 1");
    if (after) {
        // A row value: the next page starts right after the last row shown,
        // whatever its position (no OFFSET, so page 100 costs what page 1 does).
        QStringList placeholders;
        if (!expr.isEmpty())
            placeholders << QStringLiteral(":key");
        if (key != EntitySortKey::Id)
            placeholders << QStringLiteral(":name");
        placeholders << QStringLiteral(":id");
        const QString op = descending ? QStringLiteral(" < ") : QStringLiteral(" > ");
        sql += u" AND (" + order.join(u", ") + u")" + op + u"(" + placeholders.join(u", ") + u")";
    }
    const QString direction = descending ? QStringLiteral(" DESC") : QString();
    sql += u" ORDER BY " + order.join(direction + u", ") + direction + u" LIMIT :limit";

    QList<EntitySummary> rows;
    QSqlQuery &q = m_db.cached(sql);
    if (after) {
        if (!expr.isEmpty())
            q.bindValue(QStringLiteral(":key"), after->key);
        if (key != EntitySortKey::Id)
            q.bindValue(QStringLiteral(":name"), after->normalizedName);
        q.bindValue(QStringLiteral(":id"), after->id);
    }
    if (onlyType)
        q.bindValue(QStringLiteral(":type"), toString(*onlyType));
    q.bindValue(QStringLiteral(":limit"), limit);
    if (m_db.exec(q)) {
        while (q.next())
            rows << summaryFromRow(q);
    }
    q.finish();
    fillAliases(rows);
    return rows;
}

EntityPageCursor BrowseStore::cursorOf(const EntitySummary &row, EntitySortKey key, const QList<EntityType> &typeOrder)
{
    EntityPageCursor cursor;
    cursor.normalizedName = row.entity.normalizedName;
    cursor.id = row.entity.id;
    switch (key) {
    case EntitySortKey::Relations:
        cursor.key = row.relationCount;
        break;
    case EntitySortKey::Articles:
        cursor.key = row.articleCount;
        break;
    case EntitySortKey::LastMentioned:
        cursor.key = row.lastMentioned.isValid() ? row.lastMentioned.toString(Qt::ISODate) : QStringLiteral("");
        break;
    case EntitySortKey::Type: {
        const qsizetype rank = typeOrder.indexOf(row.entity.type);
        cursor.key = int(rank < 0 ? typeOrder.size() : rank);
        break;
    }
    case EntitySortKey::Id:
    case EntitySortKey::Name:
        break;
    }
    return cursor;
}

QList<qint64> BrowseStore::changedSince(qint64 articleId, qint64 entityId) const
{
    QList<qint64> ids;
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT DISTINCT entity_id FROM mentions WHERE article_id > :article "
                                              "UNION SELECT id FROM entities WHERE id > :entity"));
    q.bindValue(QStringLiteral(":article"), articleId);
    q.bindValue(QStringLiteral(":entity"), entityId);
    if (m_db.exec(q)) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    return ids;
}

qint64 BrowseStore::maxArticleId() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM articles"));
    return m_db.exec(q) && q.next() ? q.value(0).toLongLong() : 0;
}

QList<EntitySummary> BrowseStore::summariesOf(const QList<qint64> &ids) const
{
    QList<EntitySummary> rows;
    if (ids.isEmpty())
        return rows;
    QSqlQuery q = m_db.prepare(u"SELECT " + kColumns + u" FROM entities WHERE id IN (" + idList(ids) + u")");
    if (!m_db.exec(q))
        return rows;
    while (q.next())
        rows << summaryFromRow(q);
    fillAliases(rows);
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

void BrowseStore::fillAliases(QList<EntitySummary> &rows) const
{
    if (rows.isEmpty())
        return;
    QHash<qint64, EntitySummary *> byId;
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (EntitySummary &row : rows) {
        byId.insert(row.entity.id, &row);
        ids << row.entity.id;
    }
    QSqlQuery aliases = m_db.prepare(u"SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN ("
                                     + idList(ids) + u") ORDER BY id");
    if (m_db.exec(aliases)) {
        while (aliases.next()) {
            EntitySummary *row = byId.value(aliases.value(0).toLongLong());
            const QString alias = aliases.value(1).toString();
            if (row && alias != row->entity.name && !row->entity.aliases.contains(alias))
                row->entity.aliases << alias;
        }
    }
}

} // namespace liaison
