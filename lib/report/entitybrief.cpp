#include "entitybrief.h"

#include "i18n/labels.h"
#include "storage/articlestore.h"
#include "storage/browsestore.h"
#include "storage/database.h"
#include "storage/relationstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QTextDocument>

#include <algorithm>

namespace liaison {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("liaison::EntityBrief", text, comment, n);
}

// The pane's sections, in its display order, so the brief reads like the pane.
enum class Group {
    Roles,
    Career,
    Founded,
    Acquisitions,
    AcquiredBy,
    Funding,
    Investors,
    Investments,
    Founders,
    People,
    Owners,
    Holdings,
    Uses,
    UsedBy,
    Rivals,
    Partners,
};

Group groupOf(RelationType type, bool outgoing)
{
    switch (type) {
    case RelationType::Acquired:
        return outgoing ? Group::Acquisitions : Group::AcquiredBy;
    case RelationType::InvestedIn:
        return outgoing ? Group::Investments : Group::Investors;
    case RelationType::Raised:
        return Group::Funding;
    case RelationType::Hired:
        return outgoing ? Group::People : Group::Career;
    case RelationType::Founded:
        return outgoing ? Group::Founded : Group::Founders;
    case RelationType::Leads:
        return outgoing ? Group::Roles : Group::People;
    case RelationType::WorkedAt:
        return outgoing ? Group::Career : Group::People;
    case RelationType::CompetesWith:
        return Group::Rivals;
    case RelationType::PartnersWith:
        return Group::Partners;
    case RelationType::Owns:
        return outgoing ? Group::Holdings : Group::Owners;
    case RelationType::Uses:
        return outgoing ? Group::Uses : Group::UsedBy;
    }
    return Group::Partners;
}

QString groupTitle(Group group)
{
    switch (group) {
    case Group::Roles:
        return tr("Roles");
    case Group::Career:
        return tr("Career moves");
    case Group::Founded:
        return tr("Companies founded");
    case Group::Founders:
        return tr("Founders");
    case Group::Acquisitions:
        return tr("Acquisitions");
    case Group::AcquiredBy:
        return tr("Acquired by");
    case Group::Funding:
        return tr("Funding rounds");
    case Group::Investors:
        return tr("Investors");
    case Group::Investments:
        return tr("Investments");
    case Group::People:
        return tr("People");
    case Group::Owners:
        return tr("Owners");
    case Group::Holdings:
        return tr("Products and holdings");
    case Group::Uses:
        return tr("Uses");
    case Group::UsedBy:
        return tr("Used by");
    case Group::Rivals:
        return tr("Rivals");
    case Group::Partners:
        return tr("Partners");
    }
    return {};
}

// The sentence for a relation seen from one end; %1 is the other end's name.
QString sentence(const Relation &r, bool outgoing, const QString &other)
{
    switch (r.type) {
    case RelationType::Acquired:
        return outgoing ? tr("Acquired %1").arg(other) : tr("Acquired by %1").arg(other);
    case RelationType::InvestedIn:
        return outgoing ? tr("Invested in %1").arg(other) : tr("Backed by %1").arg(other);
    case RelationType::Raised:
        return r.amount ? tr("Raised %1").arg(labels::amount(*r.amount)) : tr("Raised funds");
    case RelationType::Hired:
        return outgoing ? tr("Hired %1").arg(other) : tr("Hired by %1").arg(other);
    case RelationType::Founded:
        return outgoing ? tr("Founded %1").arg(other) : tr("Founded by %1").arg(other);
    case RelationType::Leads:
        if (!r.role.isEmpty())
            return outgoing ? tr("%1 of %2", "role of company").arg(r.role, other)
                            : tr("Led by %1 (%2)").arg(other, r.role);
        return outgoing ? tr("Leads %1").arg(other) : tr("Led by %1").arg(other);
    case RelationType::WorkedAt:
        return outgoing ? tr("Worked at %1").arg(other) : tr("Employed %1").arg(other);
    case RelationType::CompetesWith:
        return tr("Competes with %1").arg(other);
    case RelationType::PartnersWith:
        return tr("Partners with %1").arg(other);
    case RelationType::Owns:
        return outgoing ? tr("Owns %1").arg(other) : tr("Owned by %1").arg(other);
    case RelationType::Uses:
        return outgoing ? tr("Uses %1").arg(other) : tr("Used by %1").arg(other);
    }
    return other;
}

QString withStatus(const QString &text, Status status)
{
    if (status == Status::Completed)
        return text;
    return tr("%1 — %2", "relation — status").arg(text, labels::status(status));
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
    QMap<Group, QList<const RelationDetail *>> groups;
    for (const RelationDetail &detail : relations) {
        const bool outgoing = detail.relation.sourceId == entityId || isSymmetric(detail.relation.type);
        groups[groupOf(detail.relation.type, outgoing)] << &detail;
    }

    ArticleStore articles(db);
    QHash<qint64, int> footnoteOf; // article id -> footnote number
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        QList<const RelationDetail *> &list = it.value();
        // As in the pane: careers in date order, everything else newest first.
        const bool ascending = it.key() == Group::Career || it.key() == Group::Roles;
        std::stable_sort(list.begin(), list.end(), [ascending](const RelationDetail *a, const RelationDetail *b) {
            return ascending ? a->relation.date < b->relation.date : a->relation.date > b->relation.date;
        });
        Section section;
        section.title = groupTitle(it.key());
        for (const RelationDetail *detail : list) {
            const Relation &r = detail->relation;
            const bool outgoing = r.sourceId == entityId;
            Line line;
            line.text = withStatus(sentence(r, outgoing, outgoing ? detail->targetName : detail->sourceName), r.status);
            if (r.amount && r.type != RelationType::Raised)
                line.details << labels::amount(*r.amount);
            if (r.stakePercent)
                line.details << tr("%1% stake").arg(QLocale().toString(*r.stakePercent, 'g', 3));
            if (!r.role.isEmpty() && r.type != RelationType::Leads)
                line.details << tr("as %1").arg(r.role);
            if (!r.date.isEmpty())
                line.details << labels::isoDate(r.date);
            for (const ClaimDetail &claim : detail->claims) {
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
