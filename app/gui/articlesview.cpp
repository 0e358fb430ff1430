#include "articlesview.h"

#include "articlelistmodel.h"
#include "i18n/labels.h"
#include "storage/articlestore.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace liaison {

namespace {

QString typeColour(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QStringLiteral("#fde2c8");
    case EntityType::Company:
        return QStringLiteral("#d4e6fb");
    case EntityType::Product:
        return QStringLiteral("#d9f2d9");
    case EntityType::Organization:
        return QStringLiteral("#eadcf6");
    }
    return QStringLiteral("#eeeeee");
}

// Where the body starts once a first line that repeats the title is left out
// (and the blank lines after it); 0 when the text does not open with it.
int titleLineEnd(const QString &text, const QString &title)
{
    const QString wanted = title.simplified();
    if (wanted.isEmpty())
        return 0;
    qsizetype start = 0;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    qsizetype end = text.indexOf(u'\n', start);
    if (end < 0)
        return 0;
    if (QStringView(text).mid(start, end - start).toString().simplified() != wanted)
        return 0;
    while (end < text.size() && text.at(end).isSpace())
        ++end;
    return int(end);
}

} // namespace

ArticlesView::ArticlesView(QWidget *parent)
    : QWidget(parent)
{
    m_model = new ArticleListModel(this);
    m_proxy = new ArticleFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("articleSearch"));
    m_search->setPlaceholderText(tr("Search the text of every article…"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("articleList"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ArticleListModel::PublishedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Room for a publication's name or a file name, not just its first word.
    m_table->horizontalHeader()->resizeSection(ArticleListModel::SourceColumn,
                                               m_table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 22);
    m_text = new QTextBrowser(splitter);
    m_text->setObjectName(QStringLiteral("articleText"));
    m_text->setOpenLinks(false);
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"entity")
            Q_EMIT entityActivated(url.path().toLongLong());
    });
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &ArticlesView::setSearch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const qint64 id = current.data(ArticleListModel::ArticleIdRole).toLongLong();
        if (id != m_current)
            showArticle(id);
    });
    refresh();
}

void ArticlesView::setDatabase(Database *db)
{
    m_db = db;
    m_current = 0;
    m_model->setDatabase(db);
    m_text->clear();
    setSearch(m_search->text());
}

void ArticlesView::refresh()
{
    m_model->refresh();
    setSearch(m_search->text());
}

void ArticlesView::setSearch(const QString &query)
{
    if (m_search->text() != query) {
        m_search->setText(query); // comes back through textChanged
        return;
    }
    if (query.trimmed().isEmpty() || !m_db) {
        m_proxy->setMatches(std::nullopt);
    } else {
        QSet<qint64> ids;
        const QList<ArticleHit> hits = ArticleStore(*m_db).search(query, 500);
        for (const ArticleHit &hit : hits)
            ids.insert(hit.id);
        m_proxy->setMatches(ids);
    }
    // Something to read rather than an empty page.
    if (m_current == 0 && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    m_count->setText(query.trimmed().isEmpty() ? tr("%n article(s)", nullptr, m_model->rowCount())
                                               : tr("%n match(es)", nullptr, m_proxy->rowCount()));
}

int ArticlesView::visibleCount() const { return m_proxy->rowCount(); }

QString ArticlesView::articleText() const { return m_text->toPlainText(); }

void ArticlesView::showArticle(qint64 articleId, int highlightStart, int highlightEnd)
{
    m_current = articleId;
    const std::optional<Article> article = m_db ? ArticleStore(*m_db).article(articleId) : std::nullopt;
    if (!article) {
        m_text->clear();
        return;
    }
    const int row = m_model->rowOf(articleId);
    if (row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            m_table->setCurrentIndex(index);
    }

    // Builds the text with every mention linked and tinted by type, and the
    // evidence sentence marked, walking boundaries in order.
    QList<ArticleMention> mentions = ArticleStore(*m_db).mentions(articleId);
    std::sort(mentions.begin(), mentions.end(), [](const ArticleMention &a, const ArticleMention &b) {
        return a.mention.start < b.mention.start;
    });
    const QString &text = article->text;
    const QString title = article->title.isEmpty() ? QFileInfo(article->path).fileName() : article->title;
    QString body;
    // A page's headline usually opens its text too; the heading above already
    // shows it, so the body starts after it unless the evidence is there.
    int pos = titleLineEnd(text, article->title);
    if (highlightStart >= 0 && highlightStart < pos)
        pos = 0;
    auto emitPlain = [&](int end) {
        // Plain text between mentions, with the evidence marker opened and closed where it falls.
        while (pos < end) {
            int next = end;
            if (highlightStart > pos && highlightStart < next)
                next = highlightStart;
            if (highlightEnd > pos && highlightEnd < next)
                next = highlightEnd;
            if (pos == highlightStart)
                body += QStringLiteral("<a name=\"evidence\"></a><span style=\"background-color:#fff1a8;\">");
            body += text.mid(pos, next - pos).toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
            if (next == highlightEnd)
                body += QStringLiteral("</span>");
            pos = next;
        }
    };
    for (const ArticleMention &m : mentions) {
        if (m.mention.start < pos || m.mention.end > text.size() || m.mention.end <= m.mention.start)
            continue;
        emitPlain(m.mention.start);
        const bool inEvidence = m.mention.start >= highlightStart && m.mention.end <= highlightEnd;
        if (pos == highlightStart)
            body += QStringLiteral("<a name=\"evidence\"></a><span style=\"background-color:#fff1a8;\">");
        body += QStringLiteral("<a href=\"entity:%1\" style=\"color:#111; text-decoration:none; "
                               "background-color:%2;\" title=\"%3\">%4</a>")
                    .arg(m.mention.entityId)
                    .arg(inEvidence ? QStringLiteral("#ffd866") : typeColour(m.entityType),
                         QString(m.entityName + QStringLiteral(" — ") + labels::entityType(m.entityType)).toHtmlEscaped(),
                         text.mid(m.mention.start, m.mention.end - m.mention.start).toHtmlEscaped());
        pos = m.mention.end;
        if (pos == highlightEnd)
            body += QStringLiteral("</span>");
    }
    emitPlain(int(text.size()));

    QStringList meta;
    if (!article->source.isEmpty())
        meta << article->source.toHtmlEscaped();
    if (!article->author.isEmpty())
        meta << article->author.toHtmlEscaped();
    if (article->published.isValid())
        meta << labels::date(article->published).toHtmlEscaped();
    meta << QFileInfo(article->path).fileName().toHtmlEscaped();
    m_text->setHtml(u"<h2>" + title.toHtmlEscaped() + u"</h2><p style=\"color:#666;\">"
                    + meta.join(QStringLiteral(" · ")) + u"</p><p style=\"line-height:140%;\">" + body + u"</p>");
    if (highlightStart >= 0)
        m_text->scrollToAnchor(QStringLiteral("evidence"));
}

} // namespace liaison
