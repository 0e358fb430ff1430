#include "entitylistmodel.h"

#include "i18n/labels.h"
#include "storage/browsestore.h"
#include "storage/database.h"

#include <algorithm>

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

namespace {

EntitySortKey sortKeyOf(int column)
{
    switch (column) {
    case EntityListModel::NameColumn:
        return EntitySortKey::Name;
    case EntityListModel::TypeColumn:
        return EntitySortKey::Type;
    case EntityListModel::RelationsColumn:
        return EntitySortKey::Relations;
    case EntityListModel::ArticlesColumn:
        return EntitySortKey::Articles;
    case EntityListModel::LastMentionedColumn:
        return EntitySortKey::LastMentioned;
    }
    return EntitySortKey::Id;
}

} // namespace

QList<EntityType> EntityListModel::typeOrder()
{
    QList<EntityType> order{EntityType::Person, EntityType::Company, EntityType::Product, EntityType::Organization};
    std::stable_sort(order.begin(), order.end(), [](EntityType a, EntityType b) {
        return QString::compare(labels::entityType(a), labels::entityType(b), Qt::CaseInsensitive) < 0;
    });
    return order;
}

void EntityListModel::setDatabase(Database *db)
{
    m_db = db;
    restart();
}

void EntityListModel::restart()
{
    m_inserting = true;
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_cursor.reset();
    m_exhausted = !m_db;
    m_typeOrder = typeOrder(); // once per fetch: the language can change at run time
    if (m_db) {
        BrowseStore store(*m_db);
        m_maxId = store.maxEntityId();
        m_maxArticleId = store.maxArticleId();
    }
    endResetModel();
    m_inserting = false;
    // The first page right away, so a view shows something before its first paint.
    if (canFetchMore({}))
        fetchMore({});
    scheduleBackgroundFetch();
}

void EntityListModel::setSortOrder(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    // With every row here, re-sorting them in memory keeps the selection; a
    // partial list must start over in the new order or its top rows would be wrong.
    if (m_db && !m_exhausted)
        restart();
}

void EntityListModel::setTypeFilter(std::optional<EntityType> type)
{
    if (type == m_typeFilter)
        return;
    const bool hadEverything = m_exhausted && !m_typeFilter;
    m_typeFilter = type;
    if (m_db && !hadEverything)
        restart();
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
    const auto update = [&](const QList<EntitySummary> &fresh) {
        for (const EntitySummary &s : fresh) {
            const int i = m_rowOf.value(s.entity.id, -1);
            if (i < 0)
                continue;
            const EntitySummary &old = m_rows[i].summary;
            if (s.relationCount != old.relationCount || s.articleCount != old.articleCount
                || s.lastMentioned != old.lastMentioned || s.entity.name != old.entity.name
                || s.entity.aliases != old.entity.aliases || s.entity.type != old.entity.type) {
                m_rows[i] = makeRow(s);
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
        }
    };
    // Renames and reviews can touch any row; past a size where re-reading
    // every row would cost more than it is worth, only what imports changed is.
    constexpr int kRefreshLimit = 20000;
    if (m_rows.size() <= kRefreshLimit) {
        for (int first = 0; first < m_rows.size(); first += kPageSize) {
            QList<qint64> ids;
            const int last = std::min<int>(first + kPageSize, int(m_rows.size()));
            for (int i = first; i < last; ++i)
                ids << m_rows[i].summary.entity.id;
            update(store.summariesOf(ids));
        }
    }
    // What imports added or counted anew. New counts may move a row that
    // was not fetched yet to before the cursor, where paging would never
    // reach it; so every changed row comes in now (paging skips it later).
    const QList<qint64> changed = store.changedSince(m_maxArticleId, m_maxId);
    m_maxArticleId = store.maxArticleId();
    m_maxId = store.maxEntityId();
    for (int first = 0; first < changed.size(); first += kBackgroundPageSize) {
        const QList<EntitySummary> fresh = store.summariesOf(changed.mid(first, kBackgroundPageSize));
        update(fresh);
        QList<EntitySummary> added;
        for (const EntitySummary &s : fresh) {
            if (!m_rowOf.contains(s.entity.id))
                added << s;
        }
        append(added);
    }
    if (canFetchMore({}))
        fetchMore({});
    scheduleBackgroundFetch();
}

void EntityListModel::fetchAll()
{
    while (canFetchMore({}) && !m_inserting)
        fetchPage(kBackgroundPageSize);
}

bool EntityListModel::rowLessThan(int left, int right, int column) const
{
    const EntitySummary &l = m_rows[left].summary;
    const EntitySummary &r = m_rows[right].summary;
    switch (column) {
    case TypeColumn:
        if (l.entity.type != r.entity.type) {
            return m_typeOrder.indexOf(l.entity.type) < m_typeOrder.indexOf(r.entity.type);
        }
        break;
    case RelationsColumn:
        if (l.relationCount != r.relationCount)
            return l.relationCount < r.relationCount;
        break;
    case ArticlesColumn:
        if (l.articleCount != r.articleCount)
            return l.articleCount < r.articleCount;
        break;
    case LastMentionedColumn:
        if (l.lastMentioned != r.lastMentioned)
            return !l.lastMentioned.isValid() || (r.lastMentioned.isValid() && l.lastMentioned < r.lastMentioned);
        break;
    default:
        break;
    }
    // As SQL compares text (code points, which UTF-16 order matches outside
    // the surrogates), then the id, so the order is total.
    if (l.entity.normalizedName != r.entity.normalizedName)
        return l.entity.normalizedName < r.entity.normalizedName;
    return l.entity.id < r.entity.id;
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
            return s.entity.normalizedName;
        case TypeColumn:
            return int(m_typeOrder.indexOf(s.entity.type));
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
    return !parent.isValid() && m_db && !m_exhausted;
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
    const EntitySortKey key = sortKeyOf(m_sortColumn);
    const QList<EntitySummary> page =
        BrowseStore(*m_db).sortedPage(key, m_sortOrder == Qt::DescendingOrder, m_cursor, size, m_typeOrder,
                                      m_typeFilter);
    if (page.size() < size)
        m_exhausted = true;
    if (page.isEmpty())
        return;
    m_cursor = BrowseStore::cursorOf(page.constLast(), key, m_typeOrder);
    // Rows a refresh brought in ahead of their page are already here.
    QList<EntitySummary> fresh;
    fresh.reserve(page.size());
    for (const EntitySummary &s : page) {
        if (!m_rowOf.contains(s.entity.id))
            fresh << s;
    }
    append(fresh);
}

void EntityListModel::append(const QList<EntitySummary> &page)
{
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
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
