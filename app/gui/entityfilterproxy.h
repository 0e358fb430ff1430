#pragma once

#include "model/vocabulary.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace liaison {

// Filters the entity list by type and by the words typed (every word must
// start a word of the name or of an alias, ignoring case and accents: "societe
// gen" finds "Société Générale"), and sorts every column naturally, in the
// same order as the database sorts the pages of the source model.
class EntityFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EntityFilterProxy(QObject *parent = nullptr);

    // No type shows every entity.
    void setTypeFilter(std::optional<EntityType> type);
    std::optional<EntityType> typeFilter() const { return m_type; }
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    // Sorts as QSortFilterProxyModel does, and first has an EntityListModel
    // source fetch its pages in that order from the database, so the top
    // rows are right before the rest of 100,000 entities has streamed in.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Passes the type filter on to an EntityListModel source as well.
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<EntityType> m_type = EntityType::Company;
    QString m_text;
    QStringList m_words; // folded
};

} // namespace liaison
