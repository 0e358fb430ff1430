#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;

namespace liaison {

class ArticleFilterProxy;
class ArticleListModel;
class Database;

// The Articles tab: every imported article, a full-text search over them, and
// the selected article's text with the entities it names highlighted.
class ArticlesView : public QWidget
{
    Q_OBJECT
public:
    explicit ArticlesView(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    void refresh();
    // Runs a full-text search; an empty query shows every article.
    void setSearch(const QString &query);
    // Shows the article, the given span (an evidence sentence) marked and in view.
    void showArticle(qint64 articleId, int highlightStart = -1, int highlightEnd = -1);
    qint64 currentArticle() const { return m_current; }
    int visibleCount() const;
    QString articleText() const;

Q_SIGNALS:
    void entityActivated(qint64 entityId);

private:
    Database *m_db = nullptr;
    ArticleListModel *m_model = nullptr;
    ArticleFilterProxy *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_text = nullptr;
    qint64 m_current = 0;
};

} // namespace liaison
