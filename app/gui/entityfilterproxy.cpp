#include "entityfilterproxy.h"

#include "entitylistmodel.h"
#include "i18n/labels.h"

#include <QDate>
#include <QRegularExpression>

namespace liaison {

EntityFilterProxy::EntityFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EntityListModel::SortRole);
    setDynamicSortFilter(true);
}

void EntityFilterProxy::setTypeFilter(std::optional<EntityType> type)
{
    if (type == m_type)
        return;
    m_type = type;
    // The source first, so its first page already holds rows of this type.
    if (auto *model = qobject_cast<EntityListModel *>(sourceModel()))
        model->setTypeFilter(type);
    invalidateFilter();
}

void EntityFilterProxy::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = labels::fold(text).split(QRegularExpression(QStringLiteral("[\\s\\p{P}]+")), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool EntityFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_type && index.data(EntityListModel::EntityTypeRole).toInt() != static_cast<int>(*m_type))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString key = index.data(EntityListModel::SearchKeyRole).toString();
    for (const QString &word : m_words) {
        // A word must start a word of the key: "ai" finds "Mistral AI", not "Tailwind".
        qsizetype from = 0;
        bool found = false;
        while ((from = key.indexOf(word, from)) >= 0) {
            if (from == 0 || !key.at(from - 1).isLetterOrNumber()) {
                found = true;
                break;
            }
            ++from;
        }
        if (!found)
            return false;
    }
    return true;
}

void EntityFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (auto *entities = qobject_cast<EntityListModel *>(model))
        entities->setTypeFilter(m_type);
    QSortFilterProxyModel::setSourceModel(model);
}

void EntityFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (auto *model = qobject_cast<EntityListModel *>(sourceModel()))
        model->setSortOrder(column, order);
    QSortFilterProxyModel::sort(column, order);
}

bool EntityFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The fast path reads the rows directly (no QVariant per comparison) and
    // orders exactly as BrowseStore::sortedPage does.
    if (const auto *model = qobject_cast<const EntityListModel *>(sourceModel()))
        return model->rowLessThan(left.row(), right.row(), left.column());

    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QDate || r.typeId() == QMetaType::QDate) {
        const QDate ld = l.toDate();
        const QDate rd = r.toDate();
        if (ld != rd)
            return !ld.isValid() || (rd.isValid() && ld < rd);
    } else if (l.typeId() == QMetaType::Int) {
        if (l.toInt() != r.toInt())
            return l.toInt() < r.toInt();
    } else {
        const int c = QString::compare(l.toString(), r.toString(), Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
    }
    // Ties fall back to the name, so equal counts read alphabetically.
    const QString ln = sourceModel()->index(left.row(), EntityListModel::NameColumn).data(sortRole()).toString();
    const QString rn = sourceModel()->index(right.row(), EntityListModel::NameColumn).data(sortRole()).toString();
    return ln < rn;
}

} // namespace liaison
