#pragma once

#include "entitystore.h"

#include <QList>

namespace liaison {

class Database;

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
    std::optional<EntitySummary> summary(qint64 entityId) const;
    int entityCount() const;
    // The largest entity id, so a view can fetch only what an import added.
    qint64 maxEntityId() const;
    // Summaries of the given entities (in no particular order): a refresh after
    // an import updates counts of rows already shown.
    QList<EntitySummary> summariesOf(const QList<qint64> &ids) const;

private:
    void fillCounts(QList<EntitySummary> &rows) const;

    Database &m_db;
};

} // namespace liaison
