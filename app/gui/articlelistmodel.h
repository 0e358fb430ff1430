#pragma once

#include "model/article.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace liaison {

class Database;

// The imported articles (metadata only) as a table.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, SourceColumn, PublishedColumn, LanguageColumn, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole, SortRole };

    explicit ArticleListModel(QObject *parent = nullptr);

    void setDatabase(Database *db);
    void refresh();
    qint64 articleId(int row) const;
    int rowOf(qint64 articleId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database *m_db = nullptr;
    QList<Article> m_articles;
};

// Keeps the articles a full-text search matched (all of them without a search).
class ArticleFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ArticleFilterProxy(QObject *parent = nullptr);
    void setMatches(std::optional<QSet<qint64>> ids);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<QSet<qint64>> m_matches;
};

} // namespace liaison
