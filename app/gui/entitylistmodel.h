#pragma once

#include "storage/entitystore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

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

    Database *m_db = nullptr;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowOf;
    qint64 m_lastLoadedId = 0;
    qint64 m_maxId = 0;
    bool m_backgroundFetch = true;
    bool m_inserting = false;
    QTimer m_fetchTimer;
};

} // namespace liaison
