#pragma once

#include "entitystore.h"

#include <QList>
#include <QVariant>

#include <optional>

namespace liaison {

class Database;

// What the company list sorts by; every key but Id ends with the normalized
// name and then the id, so the order is total and matches the list's proxy.
enum class EntitySortKey { Id, Name, Type, Relations, Articles, LastMentioned };

// Where a sorted page ended: the next page starts after this row.
struct EntityPageCursor {
    QVariant key; // the sort column's value (unused for Id and Name)
    QString normalizedName;
    qint64 id = 0;
};

// Read queries the browsing views need and the write stores do not offer:
// entity summaries a page at a time (so a list of 100,000 entities opens at
// once) and single summaries for the entity pane.
class BrowseStore
{
public:
    explicit BrowseStore(Database &db) : m_db(db) {}

    // Up to `limit` entities with an id above `afterId`, in id order, with
    // aliases, relation and article counts and last mention date.
    QList<EntitySummary> summariesAfter(qint64 afterId, int limit) const;
    // Up to `limit` entities after `after` (from the start if none) in the
    // order of `key`, sorted in SQL on the indexed columns migration 2 keeps,
    // so a sorted list of 100,000 entities shows its first rows at once.
    // `typeOrder` ranks the types for EntitySortKey::Type (the order of their
    // translated labels); types not listed come last. `onlyType` keeps one
    // type, so a filtered list's first page is not spent on hidden rows.
    QList<EntitySummary> sortedPage(EntitySortKey key, bool descending, const std::optional<EntityPageCursor> &after,
                                    int limit, const QList<EntityType> &typeOrder = {},
                                    std::optional<EntityType> onlyType = std::nullopt) const;
    static EntityPageCursor cursorOf(const EntitySummary &row, EntitySortKey key,
                                     const QList<EntityType> &typeOrder = {});
    // Entities mentioned by articles with an id above `articleId`, and
    // entities with an id above `entityId`: what an import changed.
    QList<qint64> changedSince(qint64 articleId, qint64 entityId) const;
    qint64 maxArticleId() const;
    std::optional<EntitySummary> summary(qint64 entityId) const;
    int entityCount() const;
    // The largest entity id, so a view can fetch only what an import added.
    qint64 maxEntityId() const;
    // Summaries of the given entities (in no particular order): a refresh after
    // an import updates counts of rows already shown.
    QList<EntitySummary> summariesOf(const QList<qint64> &ids) const;

private:
    void fillAliases(QList<EntitySummary> &rows) const;

    Database &m_db;
};

} // namespace liaison
