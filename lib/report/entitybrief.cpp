#include "entitybrief.h"

#include "i18n/labels.h"
#include "relationsentences.h"
#include "storage/articlestore.h"
#include "storage/browsestore.h"
#include "storage/database.h"
#include "storage/relationstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QTextDocument>

#include <algorithm>

namespace liaison {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("liaison::EntityBrief", text, comment, n);
}

QString esc(const QString &text) { return text.toHtmlEscaped(); }

} // namespace

EntityBrief EntityBrief::build(Database &db, qint64 entityId)
{
    EntityBrief brief;
    const std::optional<EntitySummary> summary = entityId > 0 ? BrowseStore(db).summary(entityId) : std::nullopt;
    if (!summary)
        return brief;
    brief.m_entityId = entityId;
    brief.m_name = summary->entity.name;
    brief.m_type = summary->entity.type;
    brief.m_aliases = summary->entity.aliases;
    brief.m_articleCount = summary->articleCount;

    const QList<RelationDetail> relations = RelationStore(db).relationsOf(entityId);
    RelationSentences::Options options;
    options.statusStyle = RelationSentences::StatusStyle::Dash;

    ArticleStore articles(db);
    QHash<qint64, int> footnoteOf; // article id -> footnote number
    for (const RelationSentences::Section &group : RelationSentences::build(entityId, relations, options)) {
        Section section;
        section.title = group.title;
        for (const RelationSentences::Line &sentence : group.lines) {
            const RelationDetail &detail = relations[sentence.relation];
            Line line;
            line.text = sentence.text;
            line.details = sentence.details;
            for (const ClaimDetail &claim : detail.claims) {
                if (claim.claim.review == ReviewState::Rejected)
                    continue; // the user said this article does not say so
                const qint64 articleId = claim.claim.articleId;
                int number = footnoteOf.value(articleId);
                if (number == 0) {
                    Source source;
                    source.articleId = articleId;
                    source.title = claim.articleTitle;
                    source.published = claim.articlePublished;
                    if (const std::optional<Article> article = articles.article(articleId))
                        source.source = article->source;
                    if (source.source.isEmpty())
                        source.source = QFileInfo(claim.articlePath).fileName();
                    if (source.title.isEmpty())
                        source.title = QFileInfo(claim.articlePath).completeBaseName();
                    brief.m_sources << source;
                    number = int(brief.m_sources.size());
                    footnoteOf.insert(articleId, number);
                }
                if (!line.footnotes.contains(number))
                    line.footnotes << number;
            }
            std::sort(line.footnotes.begin(), line.footnotes.end());
            section.lines << line;
        }
        brief.m_sections << section;
    }
    return brief;
}

QString EntityBrief::toHtml() const
{
    QString html = QStringLiteral("<html><head><style>"
                                  "h1 { font-size: 20pt; margin-bottom: 2px; } "
                                  "h2 { font-size: 13pt; margin-top: 14px; margin-bottom: 4px; color: #333; } "
                                  ".meta { color: #555; } .detail { color: #555; } "
                                  ".sources { font-size: 9pt; color: #333; } "
                                  "</style></head><body>");
    if (!isValid()) {
        html += u"<p>" + esc(tr("Nothing selected.")) + u"</p></body></html>";
        return html;
    }
    html += u"<h1>" + esc(m_name) + u"</h1>";
    html += u"<p class=\"meta\"><b>" + esc(labels::entityType(m_type)) + u"</b> · "
        + esc(tr("%n article(s)", nullptr, m_articleCount));
    if (!m_aliases.isEmpty())
        html += u"<br>" + esc(tr("Also known as: %1").arg(m_aliases.join(QStringLiteral(", "))));
    html += u"</p>";

    if (m_sections.isEmpty())
        html += u"<p>" + esc(tr("No relations found yet.")) + u"</p>";
    for (const Section &section : m_sections) {
        html += u"<h2>" + esc(section.title) + u"</h2><ul>";
        for (const Line &line : section.lines) {
            html += u"<li>" + esc(line.text);
            if (!line.footnotes.isEmpty()) {
                QStringList numbers;
                for (int n : line.footnotes)
                    numbers << QString::number(n);
                html += u"<sup>" + numbers.join(u',') + u"</sup>";
            }
            if (!line.details.isEmpty())
                html += u" <span class=\"detail\">(" + esc(line.details.join(QStringLiteral(" · "))) + u")</span>";
            html += u"</li>";
        }
        html += u"</ul>";
    }

    if (!m_sources.isEmpty()) {
        html += u"<hr><h2>" + esc(tr("Sources")) + u"</h2><table class=\"sources\" cellspacing=\"0\" cellpadding=\"1\">";
        for (int i = 0; i < m_sources.size(); ++i) {
            const Source &s = m_sources[i];
            QStringList parts;
            parts << u"<i>" + esc(s.title) + u"</i>";
            if (!s.source.isEmpty())
                parts << esc(s.source);
            if (s.published.isValid())
                parts << esc(QLocale().toString(s.published, QLocale::LongFormat));
            html += QStringLiteral("<tr><td valign=\"top\" align=\"right\">%1.&nbsp;</td><td>%2</td></tr>")
                        .arg(i + 1)
                        .arg(parts.join(QStringLiteral(", ")));
        }
        html += u"</table>";
    }
    html += u"<p class=\"meta\" style=\"font-size: 8pt;\">"
        + esc(tr("Brief made by Liaison on %1 from the articles in its database.")
                  .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)))
        + u"</p></body></html>";
    return html;
}

QTextDocument *EntityBrief::toDocument(QObject *parent) const
{
    auto *document = new QTextDocument(parent);
    // Point sizes, not the screen's pixel sizes, so print and preview match.
    QFont font(QStringLiteral("Serif"), 10);
    font.setStyleHint(QFont::Serif);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setHtml(toHtml());
    document->setMetaInformation(QTextDocument::DocumentTitle, m_name);
    return document;
}

} // namespace liaison
