#include "articlelistmodel.h"

#include "i18n/labels.h"
#include "storage/articlestore.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QUrl>

namespace liaison {

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ArticleListModel::setDatabase(Database *db)
{
    m_db = db;
    refresh();
}

void ArticleListModel::refresh()
{
    beginResetModel();
    m_articles = m_db ? ArticleStore(*m_db).list() : QList<Article>();
    endResetModel();
}

qint64 ArticleListModel::articleId(int row) const
{
    return row >= 0 && row < m_articles.size() ? m_articles[row].id : 0;
}

int ArticleListModel::rowOf(qint64 articleId) const
{
    for (int i = 0; i < m_articles.size(); ++i) {
        if (m_articles[i].id == articleId)
            return i;
    }
    return -1;
}

int ArticleListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_articles.size()); }

int ArticleListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Article &a = m_articles[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return a.title.isEmpty() ? QFileInfo(a.path).fileName() : a.title;
        case SourceColumn:
            // Plain-text articles name no publication: the site, else the file, says where it came from.
            if (!a.source.isEmpty())
                return a.source;
            if (const QString host = QUrl(a.url).host(); !host.isEmpty())
                return host.startsWith(QLatin1StringView("www.")) ? host.mid(4) : host;
            return QFileInfo(a.path).fileName();
        case PublishedColumn:
            return labels::date(a.published.isValid() ? a.published : a.importedAt.date());
        case LanguageColumn:
            return a.language == u"fr" ? tr("French") : a.language == u"en" ? tr("English") : a.language;
        }
        break;
    case Qt::ToolTipRole:
        return a.path;
    case ArticleIdRole:
        return a.id;
    case SortRole:
        if (index.column() == PublishedColumn)
            return a.published.isValid() ? a.published : a.importedAt.date();
        return data(index, Qt::DisplayRole).toString().toCaseFolded();
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case SourceColumn:
        return tr("Source");
    case PublishedColumn:
        return tr("Published");
    case LanguageColumn:
        return tr("Language");
    }
    return {};
}

ArticleFilterProxy::ArticleFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ArticleListModel::SortRole);
    setDynamicSortFilter(true);
}

void ArticleFilterProxy::setMatches(std::optional<QSet<qint64>> ids)
{
    m_matches = std::move(ids);
    invalidateFilter();
}

bool ArticleFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_matches)
        return true;
    const qint64 id = sourceModel()->index(sourceRow, 0, sourceParent).data(ArticleListModel::ArticleIdRole).toLongLong();
    return m_matches->contains(id);
}

} // namespace liaison
