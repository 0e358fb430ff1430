#include "storage/dataexport.h"

#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "storage/relationstore.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace liaison {

namespace {

QJsonValue orNull(const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); }

template<typename T>
QJsonValue orNull(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue amountValue(const std::optional<Amount> &amount)
{
    return amount ? QJsonValue(amount->value) : QJsonValue();
}

QJsonValue amountCurrency(const std::optional<Amount> &amount)
{
    return amount ? orNull(amount->currency) : QJsonValue();
}

// RFC 4180: quote a field when it holds a separator, a quote or a line break.
QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    return u'"' + QString(value).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QByteArray csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << csvField(f);
    return quoted.join(u',').toUtf8() + "\r\n";
}

QString number(const std::optional<double> &value) { return value ? QString::number(*value, 'g', 15) : QString(); }

} // namespace

namespace DataExport {

QByteArray exportJson(Database &db)
{
    QJsonArray articles;
    for (const Article &a : ArticleStore(db).list()) {
        articles.append(QJsonObject{
            {QStringLiteral("id"), a.id},
            {QStringLiteral("sha256"), QString::fromLatin1(a.sha256)},
            {QStringLiteral("path"), orNull(a.path)},
            {QStringLiteral("title"), orNull(a.title)},
            {QStringLiteral("source"), orNull(a.source)},
            {QStringLiteral("author"), orNull(a.author)},
            {QStringLiteral("url"), orNull(a.url)},
            {QStringLiteral("published"), a.published.isValid() ? QJsonValue(a.published.toString(Qt::ISODate))
                                                                : QJsonValue()},
            {QStringLiteral("language"), orNull(a.language)},
            {QStringLiteral("imported_at"), a.importedAt.toString(Qt::ISODateWithMs)},
        });
    }
    QJsonArray entities;
    for (const Entity &e : EntityStore(db).all()) {
        entities.append(QJsonObject{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("type"), toString(e.type)},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("normalized_name"), e.normalizedName},
            {QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases)},
            {QStringLiteral("notes"), orNull(e.notes)},
            {QStringLiteral("attributes"), QJsonObject::fromVariantMap(e.attributes)},
        });
    }
    RelationStore relationStore(db);
    QJsonArray relations;
    for (const Relation &r : relationStore.all()) {
        relations.append(QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("type"), toString(r.type)},
            {QStringLiteral("source"), r.sourceId},
            {QStringLiteral("target"), r.targetId ? QJsonValue(*r.targetId) : QJsonValue()},
            {QStringLiteral("status"), toString(r.status)},
            {QStringLiteral("amount"), amountValue(r.amount)},
            {QStringLiteral("currency"), amountCurrency(r.amount)},
            {QStringLiteral("stake"), orNull(r.stakePercent)},
            {QStringLiteral("role"), orNull(r.role)},
            {QStringLiteral("date"), orNull(r.date)},
            {QStringLiteral("claim_count"), r.claimCount},
            {QStringLiteral("article_count"), r.articleCount},
        });
    }
    QJsonArray claims;
    for (const ClaimDetail &d : relationStore.allClaims()) {
        const Claim &c = d.claim;
        claims.append(QJsonObject{
            {QStringLiteral("id"), c.id},
            {QStringLiteral("relation"), c.relationId},
            {QStringLiteral("article"), c.articleId},
            {QStringLiteral("evidence_start"), c.evidenceStart},
            {QStringLiteral("evidence_end"), c.evidenceEnd},
            {QStringLiteral("evidence"), d.evidence},
            {QStringLiteral("status"), toString(c.status)},
            {QStringLiteral("amount"), amountValue(c.amount)},
            {QStringLiteral("currency"), amountCurrency(c.amount)},
            {QStringLiteral("stake"), orNull(c.stakePercent)},
            {QStringLiteral("role"), orNull(c.role)},
            {QStringLiteral("date"), orNull(c.date)},
            {QStringLiteral("confidence"), c.confidence},
            {QStringLiteral("review"), toString(c.review)},
        });
    }
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("liaison-export")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("articles"), articles},
        {QStringLiteral("entities"), entities},
        {QStringLiteral("relations"), relations},
        {QStringLiteral("claims"), claims},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray entitiesCsv(Database &db)
{
    QByteArray csv = csvLine({QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("name"),
                              QStringLiteral("normalized_name"), QStringLiteral("aliases"),
                              QStringLiteral("relations"), QStringLiteral("articles"),
                              QStringLiteral("last_mentioned"), QStringLiteral("notes")});
    for (const EntitySummary &s : EntityStore(db).summaries()) {
        csv += csvLine({QString::number(s.entity.id), toString(s.entity.type), s.entity.name,
                        s.entity.normalizedName, s.entity.aliases.join(u'|'), QString::number(s.relationCount),
                        QString::number(s.articleCount), s.lastMentioned.toString(Qt::ISODate), s.entity.notes});
    }
    return csv;
}

QByteArray relationsCsv(Database &db)
{
    QHash<qint64, QString> names;
    for (const Entity &e : EntityStore(db).all())
        names.insert(e.id, e.name);
    QByteArray csv = csvLine({QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("source_id"),
                              QStringLiteral("source"), QStringLiteral("target_id"), QStringLiteral("target"),
                              QStringLiteral("status"), QStringLiteral("amount"), QStringLiteral("currency"),
                              QStringLiteral("stake"), QStringLiteral("role"), QStringLiteral("date"),
                              QStringLiteral("claims"), QStringLiteral("articles")});
    for (const Relation &r : RelationStore(db).all()) {
        csv += csvLine({QString::number(r.id), toString(r.type), QString::number(r.sourceId),
                        names.value(r.sourceId), r.targetId ? QString::number(*r.targetId) : QString(),
                        r.targetId ? names.value(*r.targetId) : QString(),
                        toString(r.status), number(r.amount ? std::optional(r.amount->value) : std::nullopt),
                        r.amount ? r.amount->currency : QString(), number(r.stakePercent), r.role, r.date,
                        QString::number(r.claimCount), QString::number(r.articleCount)});
    }
    return csv;
}

// "out.csv" -> "out-entities.csv"; "out" -> "out-entities".
QString entitiesPath(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix();
    if (suffix.isEmpty())
        return path + QStringLiteral("-entities");
    return path.left(path.size() - suffix.size() - 1) + QStringLiteral("-entities.") + suffix;
}

} // namespace DataExport

} // namespace liaison
