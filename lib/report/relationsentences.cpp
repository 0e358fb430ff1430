#include "relationsentences.h"

#include "i18n/labels.h"

#include <QLocale>
#include <QMap>

#include <algorithm>

namespace liaison {

QList<RelationSentences::Section> RelationSentences::build(qint64 entityId, const QList<RelationDetail> &relations,
                                                           const Options &options)
{
    const bool html = options.markup == Markup::Html;
    QMap<Group, QList<qsizetype>> groups;
    for (qsizetype i = 0; i < relations.size(); ++i) {
        const Relation &r = relations[i].relation;
        // A symmetric relation reads the same from both ends: group it as outgoing.
        groups[groupOf(r.type, r.sourceId == entityId || isSymmetric(r.type))] << i;
    }

    QList<Section> sections;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        QList<qsizetype> &list = it.value();
        // Career moves read in date order; everything else newest first.
        const bool ascending = it.key() == Group::Career || it.key() == Group::Roles;
        std::stable_sort(list.begin(), list.end(), [&](qsizetype a, qsizetype b) {
            const QString &da = relations[a].relation.date;
            const QString &db = relations[b].relation.date;
            return ascending ? da < db : da > db;
        });
        Section section;
        section.group = it.key();
        section.title = groupTitle(it.key());
        for (qsizetype index : list) {
            const RelationDetail &detail = relations[index];
            const Relation &r = detail.relation;
            Line line;
            line.relation = index;
            line.outgoing = r.sourceId == entityId;
            line.otherId = line.outgoing ? r.targetId.value_or(0) : r.sourceId;
            line.otherName = line.outgoing ? detail.targetName : detail.sourceName;
            const QString other = options.formatName ? options.formatName(line.otherId, line.otherName)
                : html                               ? line.otherName.toHtmlEscaped()
                                                     : line.otherName;
            line.text = withStatus(sentence(r, line.outgoing, other, options.markup), r.status, options.statusStyle);
            line.details = details(r);
            line.articleCount = r.articleCount;
            section.lines << line;
        }
        sections << section;
    }
    return sections;
}

RelationSentences::Group RelationSentences::groupOf(RelationType type, bool outgoing)
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

QString RelationSentences::groupTitle(Group group)
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

QString RelationSentences::sentence(const Relation &r, bool outgoing, const QString &other, Markup markup)
{
    const auto text = [markup](const QString &plain) {
        return markup == Markup::Html ? plain.toHtmlEscaped() : plain;
    };
    switch (r.type) {
    case RelationType::Acquired:
        return outgoing ? tr("Acquired %1").arg(other) : tr("Acquired by %1").arg(other);
    case RelationType::InvestedIn:
        return outgoing ? tr("Invested in %1").arg(other) : tr("Backed by %1").arg(other);
    case RelationType::Raised:
        return r.amount ? tr("Raised %1").arg(text(labels::amount(*r.amount))) : tr("Raised funds");
    case RelationType::Hired:
        return outgoing ? tr("Hired %1").arg(other) : tr("Hired by %1").arg(other);
    case RelationType::Founded:
        return outgoing ? tr("Founded %1").arg(other) : tr("Founded by %1").arg(other);
    case RelationType::Leads:
        if (!r.role.isEmpty())
            return outgoing ? tr("%1 of %2", "role of company").arg(text(r.role), other)
                            : tr("Led by %1 (%2)").arg(other, text(r.role));
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

QString RelationSentences::withStatus(const QString &text, Status status, StatusStyle style)
{
    switch (status) {
    case Status::Completed:
        return text;
    case Status::Rumoured:
    case Status::Expected:
        if (style == StatusStyle::ParenthesizeUncertain)
            return tr("%1 (%2)", "relation (status)").arg(text, labels::status(status));
        break;
    case Status::Talks:
    case Status::Announced:
    case Status::Failed:
    case Status::Denied:
        break;
    }
    return tr("%1 — %2", "relation — status").arg(text, labels::status(status));
}

QStringList RelationSentences::details(const Relation &r)
{
    QStringList details;
    if (r.amount && r.type != RelationType::Raised)
        details << labels::amount(*r.amount);
    if (r.stakePercent)
        details << tr("%1% stake").arg(QLocale().toString(*r.stakePercent, 'g', 3));
    if (!r.role.isEmpty() && r.type != RelationType::Leads)
        details << tr("as %1").arg(r.role);
    if (!r.date.isEmpty())
        details << labels::isoDate(r.date);
    return details;
}

} // namespace liaison
