#include "entitylistmodel.h"

#include "labels.h"
#include "storage/browsestore.h"
#include "storage/database.h"

namespace liaison {

EntityListModel::EntityListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_fetchTimer.setSingleShot(true);
    m_fetchTimer.setInterval(0);
    connect(&m_fetchTimer, &QTimer::timeout, this, [this] {
        if (canFetchMore({}) && !m_inserting) {
            // Bigger pages once the first is shown (fewer round trips), yet
            // small enough that one tick does not freeze a 100,000-row list
            // (bench_gui_entitylist, docs/GUI.md).
            fetchPage(kBackgroundPageSize);
            scheduleBackgroundFetch();
        }
    });
}

void EntityListModel::setDatabase(Database *db)
{
    m_inserting = true;
    beginResetModel();
    m_db = db;
    m_rows.clear();
    m_rowOf.clear();
    m_lastLoadedId = 0;
    m_maxId = m_db ? BrowseStore(*m_db).maxEntityId() : 0;
    endResetModel();
    m_inserting = false;
    // The first page right away, so a view shows something before its first paint.
    if (canFetchMore({}))
        fetchMore({});
    scheduleBackgroundFetch();
}

void EntityListModel::setBackgroundFetch(bool enabled)
{
    m_backgroundFetch = enabled;
    scheduleBackgroundFetch();
}

void EntityListModel::scheduleBackgroundFetch()
{
    if (m_backgroundFetch && canFetchMore({}))
        m_fetchTimer.start();
}

void EntityListModel::refresh()
{
    if (!m_db)
        return;
    BrowseStore store(*m_db);
    // Counts of rows already shown change as articles land; past a size where
    // that would cost more than it is worth, only new rows come in.
    constexpr int kRefreshLimit = 20000;
    if (m_rows.size() <= kRefreshLimit) {
        for (int first = 0; first < m_rows.size(); first += kPageSize) {
            QList<qint64> ids;
            const int last = std::min<int>(first + kPageSize, int(m_rows.size()));
            for (int i = first; i < last; ++i)
                ids << m_rows[i].summary.entity.id;
            const QList<EntitySummary> fresh = store.summariesOf(ids);
            QHash<qint64, EntitySummary> byId;
            for (const EntitySummary &s : fresh)
                byId.insert(s.entity.id, s);
            for (int i = first; i < last; ++i) {
                const auto it = byId.constFind(m_rows[i].summary.entity.id);
                if (it == byId.constEnd())
                    continue; // deleted; kept until the next reset
                const EntitySummary &s = it.value();
                const EntitySummary &old = m_rows[i].summary;
                if (s.relationCount != old.relationCount || s.articleCount != old.articleCount
                    || s.lastMentioned != old.lastMentioned || s.entity.name != old.entity.name
                    || s.entity.aliases != old.entity.aliases || s.entity.type != old.entity.type) {
                    m_rows[i] = makeRow(s);
                    Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
                }
            }
        }
    }
    m_maxId = store.maxEntityId();
    if (canFetchMore({}))
        fetchMore({});
    scheduleBackgroundFetch();
}

void EntityListModel::fetchAll()
{
    while (canFetchMore({}) && !m_inserting)
        fetchPage(kBackgroundPageSize);
}

qint64 EntityListModel::entityId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].summary.entity.id : 0;
}

int EntityListModel::rowOf(qint64 entityId) const { return m_rowOf.value(entityId, -1); }

const EntitySummary *EntityListModel::summary(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].summary : nullptr;
}

int EntityListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int EntityListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const EntitySummary &s = row.summary;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return s.entity.name;
        case TypeColumn:
            return labels::entityType(s.entity.type);
        case RelationsColumn:
            return s.relationCount;
        case ArticlesColumn:
            return s.articleCount;
        case LastMentionedColumn:
            return labels::date(s.lastMentioned);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !s.entity.aliases.isEmpty())
            return tr("Also known as: %1").arg(s.entity.aliases.join(QStringLiteral(", ")));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RelationsColumn || index.column() == ArticlesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case EntityIdRole:
        return s.entity.id;
    case EntityTypeRole:
        return static_cast<int>(s.entity.type);
    case SearchKeyRole:
        return row.searchKey;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return row.searchKey;
        case TypeColumn:
            return labels::entityType(s.entity.type);
        case RelationsColumn:
            return s.relationCount;
        case ArticlesColumn:
            return s.articleCount;
        case LastMentionedColumn:
            return s.lastMentioned;
        }
        break;
    }
    return {};
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case RelationsColumn:
        return tr("Relations");
    case ArticlesColumn:
        return tr("Articles");
    case LastMentionedColumn:
        return tr("Last seen");
    }
    return {};
}

bool EntityListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_db && m_lastLoadedId < m_maxId;
}

void EntityListModel::fetchMore(const QModelIndex &parent)
{
    // Views and testers may ask for more from inside a rowsInserted handler:
    // the next page waits for the current one to be in.
    if (!canFetchMore(parent) || m_inserting)
        return;
    fetchPage(kPageSize);
}

void EntityListModel::fetchPage(int size)
{
    const QList<EntitySummary> page = BrowseStore(*m_db).summariesAfter(m_lastLoadedId, size);
    if (page.isEmpty()) {
        m_lastLoadedId = m_maxId; // ids above were deleted meanwhile
        return;
    }
    append(page);
}

void EntityListModel::append(const QList<EntitySummary> &page)
{
    const int first = int(m_rows.size());
    for (const EntitySummary &s : page)
        m_lastLoadedId = std::max(m_lastLoadedId, s.entity.id);
    m_inserting = true;
    beginInsertRows({}, first, first + int(page.size()) - 1);
    for (const EntitySummary &s : page) {
        m_rowOf.insert(s.entity.id, int(m_rows.size()));
        m_rows << makeRow(s);
    }
    endInsertRows();
    m_inserting = false;
}

EntityListModel::Row EntityListModel::makeRow(const EntitySummary &summary)
{
    QString key = summary.entity.name;
    for (const QString &alias : summary.entity.aliases)
        key += u'\n' + alias;
    return Row{summary, labels::fold(key)};
}

} // namespace liaison
