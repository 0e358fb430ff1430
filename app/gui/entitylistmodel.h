#pragma once

#include "storage/browsestore.h"
#include "storage/entitystore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include <optional>

namespace liaison {

class Database;

// The entities of the database as a table, fetched a page at a time: the first
// page shows at once and the rest streams in from the event loop, so a database
// of 100,000 entities opens instantly and stays responsive.
class EntityListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, RelationsColumn, ArticlesColumn, LastMentionedColumn, ColumnCount };
    enum Role {
        EntityIdRole = Qt::UserRole,
        EntityTypeRole, // int of EntityType
        SearchKeyRole,  // folded name and aliases
        SortRole,       // a value that sorts the column naturally
    };
    Q_ENUM(Column)

    static constexpr int kPageSize = 500;            // the first page, and what a view asks for
    static constexpr int kBackgroundPageSize = 1000; // what streams in behind it

    explicit EntityListModel(QObject *parent = nullptr);

    // Starts over on another database (or none).
    void setDatabase(Database *db);
    // Picks up entities an import added and the new counts of those shown.
    void refresh();
    // Fetches every remaining page now (tests, exports).
    void fetchAll();
    // Whether pages stream in by themselves; on by default.
    void setBackgroundFetch(bool enabled);
    // The order pages are fetched in, sorted by the database: the first page
    // of a sort holds the true first rows even while the rest is still to
    // come. Column -1 is insertion order. Restarts the fetch unless every row
    // is already here (then the proxy sorts them in memory).
    void setSortOrder(int column, Qt::SortOrder order);
    // Fetches only entities of this type (none: all), so a filtered list's
    // first page holds rows the proxy shows. Restarts the fetch unless every
    // entity of every type is already here.
    void setTypeFilter(std::optional<EntityType> type);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Orders two rows as the database orders them for `column` (ascending):
    // the column's value, then the normalized name, then the id.
    bool rowLessThan(int left, int right, int column) const;
    // The rank of a type when sorting by type: the order of the translated labels.
    static QList<EntityType> typeOrder();

    qint64 entityId(int row) const;
    int rowOf(qint64 entityId) const;
    const EntitySummary *summary(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Row {
        EntitySummary summary;
        QString searchKey;
    };
    void fetchPage(int size);
    void append(const QList<EntitySummary> &page);
    static Row makeRow(const EntitySummary &summary);
    void scheduleBackgroundFetch();

    void restart();

    Database *m_db = nullptr;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowOf;
    std::optional<EntityPageCursor> m_cursor; // where the next page starts
    bool m_exhausted = true;                  // every row of the sort is fetched
    qint64 m_maxId = 0;                       // what refresh() has seen
    qint64 m_maxArticleId = 0;
    QList<EntityType> m_typeOrder = typeOrder();
    std::optional<EntityType> m_typeFilter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_backgroundFetch = true;
    bool m_inserting = false;
    QTimer m_fetchTimer;
};

} // namespace liaison
