#include "entitypane.h"

#include "i18n/labels.h"
#include "report/relationsentences.h"
#include "storage/browsestore.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace liaison {

namespace {

QString entityLink(qint64 id, const QString &name)
{
    return QStringLiteral("<a href=\"entity:%1\">%2</a>").arg(id).arg(name.toHtmlEscaped());
}

// Marks the names of both ends in the evidence sentence.
QString highlightNames(const QString &sentence, const QStringList &names)
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    for (const QString &name : names) {
        if (name.isEmpty())
            continue;
        qsizetype from = 0;
        while ((from = sentence.indexOf(name, from, Qt::CaseInsensitive)) >= 0) {
            spans.append({from, from + name.size()});
            from += name.size();
        }
    }
    std::sort(spans.begin(), spans.end());
    QString html;
    qsizetype pos = 0;
    for (const auto &[start, end] : spans) {
        if (start < pos)
            continue;
        html += sentence.mid(pos, start - pos).toHtmlEscaped();
        html += QStringLiteral("<span style=\"background-color:#ffe9a8;\"><b>")
            + sentence.mid(start, end - start).toHtmlEscaped() + QStringLiteral("</b></span>");
        pos = end;
    }
    html += sentence.mid(pos).toHtmlEscaped();
    return html;
}

} // namespace

EntityPane::EntityPane(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("entityName"));
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_meta = new QLabel(this);
    m_meta->setObjectName(QStringLiteral("entityMeta"));
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body = new QTextBrowser(this);
    m_body->setObjectName(QStringLiteral("entityBody"));
    m_body->setOpenLinks(false);
    m_body->setFrameShape(QFrame::NoFrame);
    connect(m_body, &QTextBrowser::anchorClicked, this, &EntityPane::onAnchorClicked);
    layout->addWidget(m_name);
    layout->addWidget(m_meta);
    layout->addWidget(m_body, 1);
    showEntity(0);
}

void EntityPane::setDatabase(Database *db)
{
    m_db = db;
    m_expanded.clear();
    showEntity(0);
}

void EntityPane::showEntity(qint64 entityId)
{
    const bool same = m_entityId == entityId;
    if (!same)
        m_expanded.clear();
    m_entityId = entityId;
    const int scroll = m_body->verticalScrollBar()->value();
    reload();
    if (same)
        m_body->verticalScrollBar()->setValue(scroll);
}

QString EntityPane::title() const { return m_name->text(); }

QString EntityPane::bodyText() const { return m_body->toPlainText(); }

void EntityPane::setExpanded(qint64 relationId, bool expanded)
{
    if (expanded)
        m_expanded.insert(relationId);
    else
        m_expanded.remove(relationId);
    const int scroll = m_body->verticalScrollBar()->value();
    reload();
    m_body->verticalScrollBar()->setValue(scroll);
}

void EntityPane::reload()
{
    m_order.clear();
    m_reviews.clear();
    const std::optional<EntitySummary> summary =
        m_db && m_entityId > 0 ? BrowseStore(*m_db).summary(m_entityId) : std::nullopt;
    if (!summary) {
        m_entityId = 0;
        m_name->setText(tr("Nothing selected"));
        m_meta->setText(QString());
        m_body->setHtml(u"<p style=\"color:#666;\">"
                        + tr("Select a company or a person in the list or the graph to see who it bought, funded, "
                             "hired or competes with, and the articles that say so.")
                              .toHtmlEscaped()
                        + u"</p>");
        return;
    }
    const Entity &entity = summary->entity;
    m_type = entity.type;
    m_name->setText(entity.name);
    QString meta = u"<b>" + labels::entityType(entity.type).toHtmlEscaped() + u"</b> · "
        + tr("%n article(s)", nullptr, summary->articleCount).toHtmlEscaped();
    if (summary->lastMentioned.isValid())
        meta += u" · " + tr("last mentioned %1").arg(labels::date(summary->lastMentioned)).toHtmlEscaped();
    if (!entity.aliases.isEmpty())
        meta += u"<br>" + tr("Also known as: %1").arg(entity.aliases.join(QStringLiteral(", "))).toHtmlEscaped();
    m_meta->setText(meta);

    const QList<RelationDetail> relations = RelationStore(*m_db).relationsOf(m_entityId);
    RelationSentences::Options options;
    options.markup = RelationSentences::Markup::Html;
    options.formatName = entityLink;
    const QList<RelationSentences::Section> sections = RelationSentences::build(m_entityId, relations, options);

    QString html = QStringLiteral("<style>a { color:#1f5fa8; text-decoration:none; } "
                                  "h3 { margin-top:12px; margin-bottom:4px; color:#333; } "
                                  ".detail { color:#666; } .claim { margin-left:18px; }</style>");
    if (relations.isEmpty())
        html += u"<p style=\"color:#666;\">" + tr("No relations found yet.").toHtmlEscaped() + u"</p>";
    for (const RelationSentences::Section &section : sections) {
        html += u"<h3>" + section.title.toHtmlEscaped() + u"</h3>";
        for (const RelationSentences::Line &line : section.lines) {
            const RelationDetail &detail = relations[line.relation];
            m_order << detail.relation.id;
            html += relationHtml(detail, line);
        }
    }
    m_body->setHtml(html);
}

QString EntityPane::relationHtml(const RelationDetail &detail, const RelationSentences::Line &line) const
{
    const Relation &r = detail.relation;
    const bool expanded = m_expanded.contains(r.id);
    QStringList details = line.details;
    details << tr("%n article(s)", nullptr, line.articleCount);

    const QString arrow = expanded ? QStringLiteral("▾") : QStringLiteral("▸");
    QString html = QStringLiteral("<p style=\"margin-top:4px; margin-bottom:2px;\"><a href=\"toggle:%1\" title=\"%2\">%3</a>&nbsp;%4"
                                  "<br><span class=\"detail\">&nbsp;&nbsp;&nbsp;%5 · <a href=\"toggle:%1\">%6</a></span></p>")
                       .arg(r.id)
                       .arg((expanded ? tr("Hide the evidence") : tr("Show the evidence")).toHtmlEscaped(), arrow, line.text,
                            details.join(QStringLiteral(" · ")).toHtmlEscaped(),
                            (expanded ? tr("hide evidence") : tr("show evidence")).toHtmlEscaped());
    if (expanded) {
        for (const ClaimDetail &claim : detail.claims)
            html += claimHtml(detail, claim);
    }
    return html;
}

QString EntityPane::claimHtml(const RelationDetail &detail, const ClaimDetail &claim) const
{
    const Claim &c = claim.claim;
    const_cast<EntityPane *>(this)->m_reviews.insert(c.id, c.review);
    QString sentenceHtml = highlightNames(claim.evidence, {detail.sourceName, detail.targetName});
    if (c.review == ReviewState::Rejected)
        sentenceHtml = u"<s>" + sentenceHtml + u"</s>";
    const QString title = claim.articleTitle.isEmpty() ? QFileInfo(claim.articlePath).fileName() : claim.articleTitle;
    QStringList meta;
    meta << QStringLiteral("<a href=\"article:%1:%2:%3\">%4</a>")
                .arg(c.articleId)
                .arg(c.evidenceStart)
                .arg(c.evidenceEnd)
                .arg(title.toHtmlEscaped());
    if (claim.articlePublished.isValid())
        meta << labels::date(claim.articlePublished).toHtmlEscaped();
    meta << labels::status(c.status).toHtmlEscaped();
    meta << tr("confidence %1%").arg(qRound(c.confidence * 100)).toHtmlEscaped();
    meta << u"<i>" + labels::review(c.review).toHtmlEscaped() + u"</i>";
    QStringList actions;
    if (c.review != ReviewState::Confirmed)
        actions << QStringLiteral("<a href=\"confirm:%1\">%2</a>").arg(c.id).arg(tr("Confirm").toHtmlEscaped());
    if (c.review != ReviewState::Rejected)
        actions << QStringLiteral("<a href=\"reject:%1\">%2</a>").arg(c.id).arg(tr("Reject").toHtmlEscaped());
    if (c.review != ReviewState::Unreviewed)
        actions << QStringLiteral("<a href=\"clear:%1\">%2</a>").arg(c.id).arg(tr("Clear review").toHtmlEscaped());
    return QStringLiteral("<table class=\"claim\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
                          "style=\"margin-left:18px; margin-bottom:6px; background-color:#f5f5f0;\">"
                          "<tr><td>“%1”<br><span class=\"detail\">%2</span><br>%3</td></tr></table>")
        .arg(sentenceHtml, meta.join(QStringLiteral(" · ")), actions.join(QStringLiteral(" &nbsp; ")));
}

void EntityPane::onAnchorClicked(const QUrl &url)
{
    const QString scheme = url.scheme();
    const QStringList parts = url.path().split(u':');
    const qint64 id = parts.value(0).toLongLong();
    if (scheme == u"entity") {
        if (id > 0)
            Q_EMIT entityActivated(id);
    } else if (scheme == u"toggle") {
        setExpanded(id, !m_expanded.contains(id));
    } else if (scheme == u"article") {
        Q_EMIT articleRequested(id, parts.value(1).toInt(), parts.value(2).toInt());
    } else if (scheme == u"confirm" || scheme == u"reject" || scheme == u"clear") {
        const ReviewState to = scheme == u"confirm" ? ReviewState::Confirmed
            : scheme == u"reject"                   ? ReviewState::Rejected
                                                    : ReviewState::Unreviewed;
        Q_EMIT reviewRequested(id, m_reviews.value(id, ReviewState::Unreviewed), to);
    }
}

} // namespace liaison
