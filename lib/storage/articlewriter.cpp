#include "articlewriter.h"

#include "articlestore.h"
#include "database.h"
#include "entitystore.h"
#include "relationstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>

namespace liaison {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("liaison::ArticleWriter", text); }

StoreResult failure(const Database &db)
{
    StoreResult result;
    result.outcome = StoreResult::Outcome::Failed;
    result.error = tr("database error: %1").arg(db.errorString());
    return result;
}

} // namespace

StoreResult ArticleWriter::store(const SourceText &source, const Extraction &extraction)
{
    const QByteArray sha256 = source.sha256.isEmpty()
        ? QCryptographicHash::hash(source.text.toUtf8(), QCryptographicHash::Sha256).toHex()
        : source.sha256;

    Transaction tx(m_db);
    if (!tx.isActive())
        return failure(m_db);
    ArticleStore articles(m_db);
    EntityStore entities(m_db);
    RelationStore relations(m_db);

    StoreResult result;
    if (const auto existing = articles.idOf(sha256)) {
        result.outcome = StoreResult::Outcome::Duplicate;
        result.articleId = *existing;
        return result;
    }

    Article article;
    article.sha256 = sha256;
    article.path = source.path;
    article.title = source.title;
    article.source = source.source;
    article.author = source.author;
    article.url = source.url;
    article.published = source.published;
    article.language = source.language.isEmpty() ? extraction.language : source.language;
    article.text = source.text;
    result.articleId = articles.insert(article);
    if (!result.articleId)
        return failure(m_db);

    // Extracted entity index -> database id (0: a name that normalizes to nothing).
    QList<qint64> entityIds;
    QHash<qint64, QString> normalizedNames;
    QSet<qint64> counted;
    entityIds.reserve(extraction.entities.size());
    for (const ExtractedEntity &extracted : extraction.entities) {
        if (normalizeName(extracted.name).isEmpty()) {
            entityIds << 0;
            continue;
        }
        bool created = false;
        const qint64 id = entities.resolveOrCreate(extracted.name, extracted.type, extracted.aliases, &created);
        if (!id)
            return failure(m_db);
        result.newEntities += created ? 1 : 0;
        entityIds << id;
        if (!normalizedNames.contains(id)) {
            const auto entity = entities.entity(id);
            normalizedNames.insert(id, entity ? entity->normalizedName : normalizeName(extracted.name));
        }
        for (const Span &span : extracted.mentions) {
            if (!articles.addMention(Mention{0, id, result.articleId, span.start, span.end}))
                return failure(m_db);
        }
        // The article is new, so each entity it mentions gains exactly one.
        if (!extracted.mentions.isEmpty() && !counted.contains(id)) {
            counted.insert(id);
            if (!entities.countArticle(id, result.articleId))
                return failure(m_db);
        }
    }

    QSet<qint64> touched;
    const auto entityAt = [&](int index) -> qint64 {
        return index >= 0 && index < entityIds.size() ? entityIds.at(index) : 0;
    };
    for (const ExtractedRelation &extracted : extraction.relations) {
        const qint64 sourceId = entityAt(extracted.source);
        std::optional<qint64> targetId;
        if (hasTarget(extracted.type)) {
            targetId = entityAt(extracted.target);
            if (!*targetId || *targetId == sourceId)
                continue; // an endpoint that names nothing, or both ends resolved to one entity
        }
        if (!sourceId)
            continue;

        // The rejection is keyed by the names the user saw when rejecting; the
        // extracted names are checked too in case the entity was renamed since.
        const QString sourceName = normalizedNames.value(sourceId);
        const QString targetName = targetId ? normalizedNames.value(*targetId) : QString();
        bool rejected = relations.isRejected(sha256, extracted.type, sourceName, targetName);
        if (!rejected) {
            const QString extractedSource = normalizeName(extraction.entities.at(extracted.source).name);
            const QString extractedTarget =
                targetId ? normalizeName(extraction.entities.at(extracted.target).name) : QString();
            rejected = (extractedSource != sourceName || extractedTarget != targetName)
                && relations.isRejected(sha256, extracted.type, extractedSource, extractedTarget);
        }

        bool created = false;
        const qint64 relationId = relations.findOrCreate(extracted.type, sourceId, targetId, &created);
        if (!relationId)
            return failure(m_db);
        result.newRelations += created ? 1 : 0;

        Claim claim;
        claim.relationId = relationId;
        claim.articleId = result.articleId;
        claim.evidenceStart = qBound(0, extracted.evidence.start, int(source.text.size()));
        claim.evidenceEnd = qBound(claim.evidenceStart, extracted.evidence.end, int(source.text.size()));
        claim.status = extracted.status;
        claim.amount = extracted.amount;
        claim.stakePercent = extracted.stakePercent;
        claim.role = extracted.role;
        claim.date = extracted.date;
        claim.confidence = extracted.confidence;
        claim.review = rejected ? ReviewState::Rejected : ReviewState::Unreviewed;
        const QString evidence = source.text.mid(claim.evidenceStart, claim.evidenceEnd - claim.evidenceStart);
        if (!relations.addClaim(claim, evidence))
            return failure(m_db);
        ++result.claims;
        result.rejectedClaims += rejected ? 1 : 0;
        touched.insert(relationId);
    }
    for (const qint64 relationId : std::as_const(touched)) {
        if (!relations.refreshAggregate(relationId))
            return failure(m_db);
    }
    if (!tx.commit())
        return failure(m_db);
    result.outcome = StoreResult::Outcome::Stored;
    return result;
}

} // namespace liaison
