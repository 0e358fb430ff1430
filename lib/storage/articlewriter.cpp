#include "articlewriter.h"

#include "articlestore.h"
#include "database.h"
#include "entitystore.h"
#include "relationstore.h"
#include "sqlvalues.h"
#include "text/sha256.h"

#include <QCoreApplication>
#include <QHash>
#include <QScopeGuard>
#include <QSet>

#include <map>
#include <unordered_map>

namespace liaison {

namespace {

// The context is the one lupdate files these calls under (the scope calling
// them), or the French would never be found; tests/i18n_contexts.py checks it.
QString tr(const char *text) { return QCoreApplication::translate("liaison", text); }

StoreResult failure(const Database &db)
{
    StoreResult result;
    result.outcome = StoreResult::Outcome::Failed;
    result.error = tr("database error: %1").arg(db.errorString());
    return result;
}

// An edge as relations_edge keys it: symmetric types smaller id first, no target as 0.
struct EdgeKey {
    RelationType type;
    qint64 source;
    qint64 target;
    friend bool operator==(const EdgeKey &, const EdgeKey &) = default;
};

size_t qHash(const EdgeKey &key, size_t seed = 0) { return qHashMulti(seed, int(key.type), key.source, key.target); }

// What the database says when this connection's view of it last matched the cache.
struct Stamp {
    qint64 totalChanges = -1; // rows this connection changed, the writer's own included
    qint64 dataVersion = -1;  // moves when another connection commits
    quint64 rollbacks = 0;
    friend bool operator==(const Stamp &, const Stamp &) = default;
};

std::optional<Stamp> readStamp(Database &db)
{
    if (db.dialect().kind() != SqlDialect::Kind::SQLite)
        return std::nullopt; // nothing to compare: the cache is never trusted
    if (SqliteStatement *s = db.sqlite(QByteArrayLiteral("PRAGMA data_version"))) {
        std::optional<Stamp> stamp;
        if (s->next())
            stamp = Stamp{db.totalChanges(), s->int64(0), db.rollbackCount()};
        s->reset();
        return stamp;
    }
    QSqlQuery &q = db.cached(QStringLiteral("SELECT total_changes(), (SELECT data_version FROM pragma_data_version)"));
    const auto resetQ = qScopeGuard([&q] { q.finish(); });
    if (!db.exec(q) || !q.next())
        return std::nullopt;
    return Stamp{q.value(0).toLongLong(), q.value(1).toLongLong(), db.rollbackCount()};
}

} // namespace

// What the writer knows the database holds, kept exactly in step with what it
// writes. Entries are filled on first use, so a run reads each name, entity
// and edge at most once.
struct ArticleWriter::Cache {
    struct EntityInfo {
        QString normalizedName;
        std::optional<EntityType> type; // none for a type this build does not know
    };
    struct Edge {
        EdgeAggregate aggregate;
        std::optional<EdgeValues> written; // the edge's columns, when known
    };

    std::optional<Stamp> stamp; // when the cache was last known to be right
    // The database held no entity (no relation) when the cache began, so
    // every one there is one the writer made and knows: a name (an edge) the
    // cache does not know is not in the database, no need to ask. The first
    // import into a new database looks up every name and edge it meets.
    bool allEntities = false;
    bool allEdges = false;
    std::unordered_map<QString, QList<NameMatch>> names; // EntityStore::matches() per normalized name
    QHash<qint64, EntityInfo> entities;
    QHash<EdgeKey, qint64> edges;
    std::unordered_map<qint64, Edge> aggregates;

    void clear()
    {
        stamp.reset();
        allEntities = false;
        allEdges = false;
        names.clear();
        entities.clear();
        edges.clear();
        aggregates.clear();
    }
};

// What articles add to their entities' counts, summed until written.
struct ArticleWriter::PendingCounts {
    struct Delta {
        int articles = 0;
        int relations = 0;
        QString lastMentioned; // the latest date of those articles; '' for none
    };
    std::map<qint64, Delta> deltas; // by id: the updates walk the table in order
    int articles = 0;               // articles whose counts are here
    bool recount = false; // something else wrote meanwhile: count these entities from the rows
    bool marked = false;  // this writer committed the counts_pending mark since it last wrote counts

    void add(qint64 id, int addArticles, int addRelations, const QString &date)
    {
        Delta &delta = deltas[id];
        delta.articles += addArticles;
        delta.relations += addRelations;
        if (addArticles > 0 && date > delta.lastMentioned)
            delta.lastMentioned = date;
    }
    void merge(const PendingCounts &other)
    {
        for (const auto &[id, delta] : other.deltas)
            add(id, delta.articles, delta.relations, delta.lastMentioned);
        articles += other.articles;
        recount = recount || other.recount;
    }
    void clear()
    {
        deltas.clear();
        articles = 0;
        recount = false;
    }
};

// What the writer holds back from the database (counts, search index), as a
// group's rollback must find it again.
struct ArticleWriter::Held {
    PendingCounts pending;
    int searchPending = 0;
    qint64 searchFrom = 0;
    bool searchMarked = false;
};

ArticleWriter::ArticleWriter(Database &db)
    : m_db(db), m_cache(std::make_unique<Cache>()), m_pending(std::make_unique<PendingCounts>()),
      m_article(std::make_unique<PendingCounts>())
{
}

ArticleWriter::~ArticleWriter()
{
    // Whatever is left is not lost if this fails: the marks make the next open
    // recount and index it. A group left open holds whole articles: kept.
    if (!m_db.isOpen())
        return;
    if (m_groupStart)
        commitGroup();
    flush();
}

bool ArticleWriter::checkStamp()
{
    // Inside the write lock: nobody can change the database until the commit.
    if (m_cache->stamp && readStamp(m_db) == m_cache->stamp)
        return true;
    m_cache->clear();
    // Whether the cache starts out knowing everything (Cache::allEntities).
    QSqlQuery &q = m_db.cached(
        QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM entities) AND NOT EXISTS (SELECT 1 FROM entity_aliases), "
                       "NOT EXISTS (SELECT 1 FROM relations)"));
    if (m_db.exec(q) && q.next()) {
        m_cache->allEntities = q.value(0).toBool();
        m_cache->allEdges = q.value(1).toBool();
    }
    q.finish();
    // Someone else may have recounted the entities (ArticleStore::remove
    // does), counting articles whose additions are still here: only the rows
    // can say. And the mark may be gone (Database::open clears it).
    if (m_pending->articles > 0)
        m_pending->recount = true;
    m_pending->marked = false;
    m_searchMarked = false; // Database::open may have indexed the batch and cleared the mark
    return false;
}

bool ArticleWriter::batchIsFull(int held, int batch, const QElapsedTimer &age) const
{
    // `held` articles are waiting; the one being stored completes the batch?
    if (held + 1 >= batch)
        return true;
    return held > 0 && m_batchInterval > 0 && age.isValid() && age.elapsed() >= m_batchInterval;
}

bool ArticleWriter::writeCounts(const PendingCounts &counts)
{
    EntityStore entities(m_db);
    if (counts.recount) {
        QList<qint64> ids;
        ids.reserve(qsizetype(counts.deltas.size()));
        for (const auto &entry : counts.deltas)
            ids << entry.first;
        if (!entities.refreshCounts(ids))
            return false;
    } else {
        for (const auto &[id, delta] : counts.deltas) {
            if (!entities.addCounts(id, delta.articles, delta.relations, delta.lastMentioned))
                return false;
        }
    }
    if (m_countBatch > 1 || counts.marked)
        return m_db.exec(QStringLiteral("DELETE FROM liaison_meta WHERE key = 'counts_pending'"));
    return true;
}

bool ArticleWriter::writeSearch()
{
    if (!ArticleStore(m_db).indexFrom(m_searchFrom))
        return false;
    // A mark left by another writer whose batch started earlier stays: its
    // articles before ours are still to be indexed, by it or on the next open.
    return m_db.exec(QStringLiteral("DELETE FROM liaison_meta WHERE key = 'fts_pending' AND CAST(value AS INTEGER) >= :from"),
                     {{":from", m_searchFrom}});
}

bool ArticleWriter::markSearch()
{
    // The mark holds the first article not indexed; another writer's earlier one is kept.
    const QString from = QString::number(m_searchFrom);
    return m_db.exec(QStringLiteral("INSERT OR IGNORE INTO liaison_meta (key, value) VALUES ('fts_pending', :from)"),
                     {{":from", from}})
        && m_db.exec(QStringLiteral("UPDATE liaison_meta SET value = :from WHERE key = 'fts_pending' "
                                    "AND CAST(value AS INTEGER) > :n"),
                     {{":from", from}, {":n", m_searchFrom}});
}

bool ArticleWriter::beginGroup()
{
    if (!m_db.beginGroup())
        return false;
    m_groupStart = std::make_unique<Held>(Held{*m_pending, m_searchPending, m_searchFrom, m_searchMarked});
    return true;
}

bool ArticleWriter::commitGroup()
{
    if (!m_groupStart)
        return false;
    if (m_db.commitGroup()) {
        m_groupStart.reset();
        return true;
    }
    restoreHeld();
    return false;
}

void ArticleWriter::rollbackGroup()
{
    if (!m_groupStart)
        return;
    m_db.rollbackGroup();
    restoreHeld();
}

bool ArticleWriter::inGroup() const
{
    return m_groupStart != nullptr;
}

void ArticleWriter::restoreHeld()
{
    // The counts and marks the group's articles added are gone with them;
    // what was held before it is still to be written. The cache may name rows
    // that no longer exist.
    *m_pending = std::move(m_groupStart->pending);
    m_searchPending = m_groupStart->searchPending;
    m_searchFrom = m_groupStart->searchFrom;
    m_searchMarked = m_groupStart->searchMarked;
    m_groupStart.reset();
    m_cache->clear();
}

bool ArticleWriter::flush()
{
    return writeHeld(m_searchPending > 0);
}

bool ArticleWriter::flushCounts()
{
    return writeHeld(false);
}

bool ArticleWriter::writeHeld(bool search)
{
    if (!search && m_pending->articles == 0 && !m_pending->marked)
        return true;
    Transaction tx(m_db);
    if (!tx.isActive()) {
        m_cache->clear();
        return false;
    }
    checkStamp(); // may turn the held counts into a recount, or forget the mark
    const bool counts = !search || m_pending->articles > 0 || m_pending->marked;
    if ((counts && !writeCounts(*m_pending)) || (search && !writeSearch())) {
        m_cache->clear();
        return false;
    }
    m_cache->stamp = readStamp(m_db);
    if (!tx.commit()) {
        m_cache->clear();
        return false;
    }
    if (counts) {
        m_pending->clear();
        m_pending->marked = false;
    }
    if (search) {
        m_searchPending = 0;
        m_searchFrom = 0;
        m_searchMarked = false;
    }
    return true;
}

PreparedArticle ArticleWriter::prepare(SourceText source, Extraction extraction)
{
    PreparedArticle article;
    article.sha256 = source.sha256.isEmpty()
        ? sha256Hex(source.text.toUtf8())
        : source.sha256;
    article.published = sql::date(source.published).toString();
    article.entities.reserve(extraction.entities.size());
    for (const ExtractedEntity &extracted : std::as_const(extraction.entities)) {
        PreparedArticle::Entity entity;
        entity.normalized = normalizeName(extracted.name);
        // normalizeName() folds every non-letter to a space, so the simplified
        // name normalizes as the name does.
        entity.name = extracted.name.simplified();
        entity.aliasKeys.reserve(extracted.aliases.size());
        for (const QString &alias : extracted.aliases)
            entity.aliasKeys << normalizeName(alias);
        article.entities << std::move(entity);
    }
    const int length = int(source.text.size());
    article.relations.reserve(extraction.relations.size());
    for (const ExtractedRelation &extracted : std::as_const(extraction.relations)) {
        PreparedArticle::Relation relation;
        relation.evidence.start = qBound(0, extracted.evidence.start, length);
        relation.evidence.end = qBound(relation.evidence.start, extracted.evidence.end, length);
        relation.evidenceText
            = source.text.mid(relation.evidence.start, relation.evidence.end - relation.evidence.start);
        // Each new claim gets a higher id than every stored one, so it folds in
        // after them; its sort key is what loadAggregate() orders by.
        relation.sortKey = (!extracted.date.isEmpty() ? extracted.date : article.published).toUtf8();
        article.relations << std::move(relation);
    }
    article.source = std::move(source);
    article.extraction = std::move(extraction);
    return article;
}

StoreResult ArticleWriter::store(const SourceText &source, const Extraction &extraction)
{
    return store(prepare(source, extraction));
}

StoreResult ArticleWriter::store(const PreparedArticle &article)
{
    StoreResult result = storeOne(article);
    // The database rolled the whole group back; what the writer held for it goes too.
    if (result.outcome == StoreResult::Outcome::Failed && m_groupStart)
        rollbackGroup();
    return result;
}

StoreResult ArticleWriter::storeOne(const PreparedArticle &article)
{
    const QByteArray &sha256 = article.sha256;
    Transaction tx(m_db);
    if (!tx.isActive()) {
        m_cache->clear();
        return failure(m_db);
    }
    checkStamp();

    StoreResult result;
    if (const auto existing = ArticleStore(m_db).idOf(sha256)) {
        result.outcome = StoreResult::Outcome::Duplicate;
        result.articleId = *existing;
        return result;
    }
    // Whatever the cache learnt in a transaction that is rolled back is wrong.
    m_article->clear();
    m_article->articles = 1;
    const bool deferSearch = m_searchBatch > 1 && m_db.dialect().fullTextIndexIsSeparate();
    if (!write(article, !deferSearch, result)) {
        m_cache->clear();
        return failure(m_db);
    }
    // Every Nth article indexes the batch for search, last in its transaction
    // (an FTS5 insert makes every later statement of the transaction flush
    // the index); the others make sure the mark is there.
    const bool flushSearch = deferSearch && batchIsFull(m_searchPending, m_searchBatch, m_searchAge);
    const qint64 searchFrom = m_searchPending > 0 ? m_searchFrom : result.articleId;
    // Every Nth article writes the counts of the batch; the others make sure
    // the mark is there, in the same transaction as the article.
    const bool flush = batchIsFull(m_pending->articles, m_countBatch, m_countsAge);
    bool counted = true;
    if (flush) {
        PendingCounts all = *m_pending;
        all.merge(*m_article);
        counted = writeCounts(all);
    } else if (!m_pending->marked) {
        counted = m_db.exec(m_db.dialect().insertIgnorePrefix()
                            + u"liaison_meta (key, value) VALUES ('counts_pending', '1')"
                            + m_db.dialect().insertIgnoreSuffix());
    }
    if (counted && deferSearch) {
        const qint64 from = m_searchFrom;
        m_searchFrom = searchFrom;
        if (flushSearch)
            counted = writeSearch();
        else if (!m_searchMarked)
            counted = markSearch();
        m_searchFrom = from; // until the commit
    }
    if (!counted) {
        m_cache->clear();
        return failure(m_db);
    }
    m_cache->stamp = readStamp(m_db);
    if (!tx.commit()) {
        m_cache->clear();
        return failure(m_db);
    }
    if (flushSearch) {
        m_searchPending = 0;
        m_searchFrom = 0;
        m_searchMarked = false;
    } else if (deferSearch) {
        if (m_searchPending == 0)
            m_searchAge.start();
        ++m_searchPending;
        m_searchFrom = searchFrom;
        m_searchMarked = true;
    }
    if (flush) {
        m_pending->clear();
        m_pending->marked = false;
    } else {
        if (m_pending->articles == 0)
            m_countsAge.start();
        m_pending->merge(*m_article);
        m_pending->marked = true;
    }
    result.outcome = StoreResult::Outcome::Stored;
    return result;
}

bool ArticleWriter::write(const PreparedArticle &prepared, bool indexForSearch, StoreResult &result)
{
    const SourceText &source = prepared.source;
    const Extraction &extraction = prepared.extraction;
    ArticleStore articles(m_db);
    RelationStore relations(m_db);

    Article article;
    article.sha256 = prepared.sha256;
    article.fileSha256 = source.fileSha256;
    article.path = source.path;
    article.title = source.title;
    article.source = source.source;
    article.author = source.author;
    article.url = source.url;
    article.published = source.published;
    article.language = source.language.isEmpty() ? extraction.language : source.language;
    article.text = source.text;
    // Set here rather than by the store so the entities' last-mention date
    // below is computed from the very string stored.
    article.importedAt = QDateTime::currentDateTimeUtc();
    result.articleId = articles.insert(article, indexForSearch);
    if (!result.articleId)
        return false;
    const QString &published = prepared.published;
    // As countArticle() reads it: publication date, else import day.
    const QString mentionedOn = !published.isEmpty() ? published : sql::timestamp(article.importedAt).left(10);

    // Extracted entity index -> database id (0: a name that normalizes to nothing).
    QList<qint64> entityIds;
    QList<Mention> mentions;
    QList<qint64> counted;
    QSet<qint64> countedSet;
    entityIds.reserve(extraction.entities.size());
    for (qsizetype i = 0; i < extraction.entities.size(); ++i) {
        const ExtractedEntity &extracted = extraction.entities.at(i);
        const PreparedArticle::Entity &entity = prepared.entities.at(i);
        if (entity.normalized.isEmpty()) {
            entityIds << 0;
            continue;
        }
        bool created = false;
        const qint64 id = resolveOrCreate(extracted, entity, &created);
        if (!id)
            return false;
        result.newEntities += created ? 1 : 0;
        entityIds << id;
        for (const Span &span : extracted.mentions)
            mentions << Mention{0, id, result.articleId, span.start, span.end};
        // The article is new, so each entity it mentions gains exactly one.
        if (!extracted.mentions.isEmpty() && !countedSet.contains(id)) {
            countedSet.insert(id);
            counted << id;
        }
    }
    if (!articles.addMentions(mentions))
        return false;

    const auto rejections = relations.rejectionsOf(prepared.sha256);
    if (!rejections)
        return false;
    QList<qint64> touched;
    QList<std::pair<Claim, QString>> claims;
    claims.reserve(extraction.relations.size());
    QHash<qint64, int> newEdgesOf; // entity id -> edges created by this article
    // Edges this article creates, inserted together after the loop; until
    // then each goes by a placeholder id, -1 for the first, -2…
    QList<EdgeKey> newEdges;
    const auto entityAt = [&](int index) -> qint64 {
        return index >= 0 && index < entityIds.size() ? entityIds.at(index) : 0;
    };
    for (qsizetype r = 0; r < extraction.relations.size(); ++r) {
        const ExtractedRelation &extracted = extraction.relations.at(r);
        const PreparedArticle::Relation &ready = prepared.relations.at(r);
        qint64 sourceId = entityAt(extracted.source);
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
        // Most articles have none: no key is built for them.
        bool rejected = false;
        if (!rejections->isEmpty()) {
            const QString sourceName = m_cache->entities.value(sourceId).normalizedName;
            const QString targetName = targetId ? m_cache->entities.value(*targetId).normalizedName : QString();
            rejected = rejections->contains(RelationStore::rejectionKey(extracted.type, sourceName, targetName));
            if (!rejected) {
                const QString &extractedSource = prepared.entities.at(extracted.source).normalized;
                const QString extractedTarget
                    = targetId ? prepared.entities.at(extracted.target).normalized : QString();
                rejected = (extractedSource != sourceName || extractedTarget != targetName)
                    && rejections->contains(
                        RelationStore::rejectionKey(extracted.type, extractedSource, extractedTarget));
            }
        }

        Claim claim;
        claim.articleId = result.articleId;
        claim.evidenceStart = ready.evidence.start;
        claim.evidenceEnd = ready.evidence.end;
        claim.status = extracted.status;
        claim.amount = extracted.amount;
        claim.stakePercent = extracted.stakePercent;
        claim.role = extracted.role;
        claim.date = extracted.date;
        claim.confidence = extracted.confidence;
        claim.review = rejected ? ReviewState::Rejected : ReviewState::Unreviewed;
        const auto fold = [&](EdgeAggregate &aggregate) {
            aggregate.add(claim.status, claim.amount ? QVariant(claim.amount->value) : QVariant(),
                claim.amount ? sql::nullableText(claim.amount->currency) : QVariant(),
                sql::nullable(claim.stakePercent), sql::nullableText(claim.role), sql::nullableText(claim.date),
                ready.sortKey, rejected);
        };

        if (isSymmetric(extracted.type) && targetId && *targetId < sourceId)
            std::swap(sourceId, *targetId);
        const EdgeKey key{extracted.type, sourceId, targetId.value_or(0)};
        qint64 relationId = m_cache->edges.value(key);
        if (relationId) {
            fold(m_cache->aggregates[relationId].aggregate);
        } else {
            const auto found
                = m_cache->allEdges ? std::optional<qint64>(0) : relations.findEdge(extracted.type, sourceId, targetId);
            if (!found)
                return false;
            Cache::Edge edge;
            if (*found) {
                relationId = *found;
                if (!relations.loadAggregate(relationId, &edge.aggregate))
                    return false;
                fold(edge.aggregate);
            } else {
                // A new edge is inserted with the values of all its claims
                // in this article, which spares the update that would
                // otherwise follow.
                fold(edge.aggregate);
                newEdges << key;
                relationId = -newEdges.size();
                ++result.newRelations;
                // Counted per entity below, in one statement with its article count.
                ++newEdgesOf[sourceId];
                if (targetId)
                    ++newEdgesOf[*targetId];
            }
            m_cache->edges.insert(key, relationId);
            m_cache->aggregates.insert_or_assign(relationId, std::move(edge));
        }
        claim.relationId = relationId;
        claims.append({ std::move(claim), ready.evidenceText });
        ++result.claims;
        result.rejectedClaims += rejected ? 1 : 0;
        if (!touched.contains(relationId))
            touched << relationId;
    }
    if (!newEdges.isEmpty()) {
        QList<RelationStore::NewEdge> rows;
        rows.reserve(newEdges.size());
        for (qsizetype i = 0; i < newEdges.size(); ++i) {
            const EdgeKey &key = newEdges.at(i);
            rows << RelationStore::NewEdge{key.type, key.source,
                                           hasTarget(key.type) ? std::optional<qint64>(key.target) : std::nullopt,
                                           m_cache->aggregates[-1 - i].aggregate.values()};
        }
        const QList<qint64> ids = relations.createEdges(rows);
        if (ids.size() != rows.size())
            return false;
        const auto real = [&ids](qint64 id) { return id < 0 ? ids.at(-1 - id) : id; };
        for (qsizetype i = 0; i < newEdges.size(); ++i) {
            auto node = m_cache->aggregates.extract(-1 - i);
            node.key() = ids.at(i);
            node.mapped().written = rows.at(i).values;
            m_cache->aggregates.insert(std::move(node));
            m_cache->edges.insert(newEdges.at(i), ids.at(i));
        }
        for (auto &[claim, evidence] : claims)
            claim.relationId = real(claim.relationId);
        for (qint64 &relationId : touched)
            relationId = real(relationId);
    }
    if (!relations.addClaims(claims))
        return false;
    for (const qint64 relationId : std::as_const(touched)) {
        Cache::Edge &edge = m_cache->aggregates[relationId];
        const EdgeValues values = edge.aggregate.values();
        if (edge.written == values)
            continue;
        if (!relations.writeAggregate(relationId, values))
            return false;
        edge.written = values;
    }

    // The columns the company list sorts by, written by store() with the batch.
    for (const qint64 id : std::as_const(counted))
        m_article->add(id, 1, newEdgesOf.take(id), mentionedOn);
    for (auto it = newEdgesOf.cbegin(); it != newEdgesOf.cend(); ++it)
        m_article->add(it.key(), 0, it.value(), QString());
    return true;
}

qint64 ArticleWriter::resolveOrCreate(
    const ExtractedEntity &extracted, const PreparedArticle::Entity &prepared, bool *created)
{
    // EntityStore::resolveOrCreate(), with the name lookups remembered and
    // the names normalized beforehand (prepare()).
    *created = false;
    const QString &name = extracted.name;
    const QString &normalized = prepared.normalized;
    const EntityType type = extracted.type;
    const QStringList &aliases = extracted.aliases;
    const QStringList &aliasKeys = prepared.aliasKeys;
    EntityStore entities(m_db);
    std::optional<qint64> found;
    for (const bool sameTypeOnly : {true, false}) {
        for (qsizetype k = -1; k < aliasKeys.size(); ++k) {
            const QString &key = k < 0 ? normalized : aliasKeys.at(k);
            if (key.isEmpty())
                continue;
            auto it = m_cache->names.find(key);
            if (it == m_cache->names.end()) {
                auto matches = m_cache->allEntities ? std::optional<QList<NameMatch>>(QList<NameMatch>())
                                                    : entities.matches(key);
                if (!matches)
                    return 0;
                it = m_cache->names.emplace(key, std::move(*matches)).first;
            }
            found = EntityStore::bestOf(it->second, type, sameTypeOnly);
            if (found)
                break;
        }
        if (found)
            break;
    }
    // Articles disagree on whether to spell out a company's legal or generic
    // tail ("Northwind" / "Northwind Analytics"); people are never merged this way.
    if (!found && type == EntityType::Company)
        found = entities.resolveCorporateForm(name, normalized);
    if (found) {
        if (!addAlias(*found, name, normalized))
            return 0;
        for (qsizetype i = 0; i < aliases.size(); ++i) {
            if (!addAlias(*found, aliases.at(i), aliasKeys.at(i)))
                return 0;
        }
        return *found;
    }

    Entity entity;
    entity.type = type;
    entity.name = prepared.name;
    const qint64 id = entities.create(entity, normalized);
    if (!id)
        return 0;
    *created = true;
    m_cache->entities.insert(id, Cache::EntityInfo { normalized, type });
    if (const auto it = m_cache->names.find(normalized); it != m_cache->names.end())
        it->second << NameMatch{id, type, false};
    for (qsizetype i = 0; i < aliases.size(); ++i) {
        if (!addAlias(id, aliases.at(i), aliasKeys.at(i)))
            return 0;
    }
    return id;
}

bool ArticleWriter::addAlias(qint64 entityId, const QString &alias, const QString &normalized)
{
    // EntityStore::addAlias() without asking what the cache knows.
    if (normalized.isEmpty())
        return true;
    auto info = m_cache->entities.find(entityId);
    if (info == m_cache->entities.end()) {
        const auto entity = EntityStore(m_db).entity(entityId);
        if (!entity)
            return false;
        info = m_cache->entities.insert(entityId, Cache::EntityInfo { entity->normalizedName, entity->type });
    }
    if (info->normalizedName == normalized)
        return true; // the entity's own name needs no alias row
    const auto known = m_cache->names.find(normalized);
    if (known != m_cache->names.end()) {
        for (const NameMatch &match : known->second) {
            if (match.id == entityId && match.viaAlias)
                return true;
        }
    }
    if (!EntityStore(m_db).insertAlias(entityId, alias, normalized))
        return false;
    if (m_cache->allEntities && info->type) {
        // Nothing else to read: the cache must say it.
        const NameMatch match { entityId, info->type, true };
        if (known != m_cache->names.end())
            known->second << match;
        else
            m_cache->names.emplace(normalized, QList<NameMatch> { match });
        return true;
    }
    // Read again when next needed (with the entity's type as the database has it).
    if (known != m_cache->names.end())
        m_cache->names.erase(known);
    return true;
}

} // namespace liaison
