#pragma once

#include "model/extraction.h"
#include "text/sourcetext.h"

#include <QElapsedTimer>
#include <QString>

#include <memory>

namespace liaison {

class Database;

// What storing one article did.
struct StoreResult {
    enum class Outcome { Stored, Duplicate, Failed };
    Outcome outcome = Outcome::Failed;
    qint64 articleId = 0; // the existing article for a duplicate
    QString error;
    int newEntities = 0;
    int newRelations = 0;
    int claims = 0;
    int rejectedClaims = 0; // claims stored as rejected because the user rejected them before
};

// An article ready for ArticleWriter: the source and its extraction with
// everything the writer derives from them alone worked out already — the
// content hash, each entity's normalized name, simplified name and alias
// keys, each claim's evidence text and sort key. Made by
// ArticleWriter::prepare(), a pure function safe on any thread, so an
// import's pool threads do this work and the one writer thread only
// resolves, looks up and writes.
struct PreparedArticle {
    struct Entity {
        QString name; // as a new entity is named (simplified)
        QString normalized; // normalizeName(); empty: names nothing, not stored
        QStringList aliasKeys; // normalizeName() of each alias, in order
    };
    struct Relation {
        Span evidence; // clamped to the text
        QString evidenceText;
        QByteArray sortKey; // EdgeAggregate's: the claim's date, else the publication date
    };
    SourceText source;
    Extraction extraction;
    QByteArray sha256; // of the text (source.sha256 when given)
    QString published; // ISO date, empty when unknown
    QList<Entity> entities; // by extracted index
    QList<Relation> relations; // by extracted index
};

// Writes one article and what was extracted from it — article, mentions,
// entities (resolved against the database), relations and claims — in one
// transaction: all of it or nothing.
//
// One writer stores a whole import, so it remembers across articles what it
// read and wrote (entities by name, edges and their aggregates) instead of
// asking the database again; the memory is dropped whenever anything else
// changed the database (this connection outside the writer, another
// connection, or a rollback).
class ArticleWriter
{
public:
    explicit ArticleWriter(Database &db);
    ~ArticleWriter();
    ArticleWriter(const ArticleWriter &) = delete;
    ArticleWriter &operator=(const ArticleWriter &) = delete;

    // Prepares the article on the spot and stores it.
    StoreResult store(const SourceText &source, const Extraction &extraction);
    // Stores an article prepare() made, perhaps on another thread.
    StoreResult store(const PreparedArticle &article);
    // Everything store() computes from the article alone; thread-safe.
    static PreparedArticle prepare(SourceText source, Extraction extraction);

    // The columns the company list sorts by (EntityStore::addCounts) move on
    // every entity an article names, and with them three indexes: half the
    // pages an article's commit wrote. With a batch of N > 1 articles, the
    // writer adds the counts up in memory and writes them with every Nth
    // article (and in flushCounts()), so readers see them up to N articles
    // late. Meanwhile the database holds a `counts_pending` mark, so if the
    // process dies with counts unwritten, the next Database::open recounts
    // them from the rows. Default 1: with each article.
    void setCountBatch(int articles) { m_countBatch = qMax(1, articles); }
    // Writes the counts held in memory, in a transaction of their own. False on error.
    bool flushCounts();

    // The same for the full-text index (SQLite): with a batch of N > 1, the
    // articles are committed one per transaction without being indexed, and
    // every Nth article's transaction indexes the batch (one FTS5 segment per
    // batch instead of per article), so a search finds them up to N articles
    // late. Meanwhile `fts_pending` in liaison_meta holds the first article
    // not indexed, and the next Database::open indexes what a dead import
    // left. Default 1: each article is indexed with its row.
    void setSearchBatch(int articles) { m_searchBatch = qMax(1, articles); }
    // Also ends either batch once its first article was stored this many
    // milliseconds ago (0, the default: only the number of articles counts).
    // Readers then lag behind by a bounded time, whatever the import's pace,
    // and large batches cost less: the counts of an entity named by many
    // articles are written once, and the search index gets fewer, larger
    // segments to merge.
    void setBatchInterval(int milliseconds) { m_batchInterval = qMax(0, milliseconds); }
    // Writes whatever is held back (counts and search index), in one
    // transaction. The end of an import, cancelled or not, calls it.
    bool flush();

    // Stores the articles of the next store() calls in one database
    // transaction (Database::beginGroup()) until commitGroup(): none is
    // durable or visible to other connections before the commit. Committing
    // an article dirtied about 45 pages of WAL, written again by the next
    // article's commit; a group writes each page once. If an article fails
    // (store() returns Failed), if commitGroup() fails, or if rollbackGroup()
    // is called, the group ends with none of its articles stored — the
    // caller stores them again, one transaction each, to learn which one
    // fails — and the writer forgets what it held for them. False (and the
    // database's errorString()) on failure.
    bool beginGroup();
    bool commitGroup();
    void rollbackGroup();
    bool inGroup() const;

private:
    struct Cache;
    struct PendingCounts;
    StoreResult storeOne(const PreparedArticle &article);
    bool write(const PreparedArticle &prepared, bool indexForSearch, StoreResult &result);
    bool writeCounts(const PendingCounts &counts);
    // flush() and flushCounts(): what is held back, in one transaction of its own.
    bool writeHeld(bool search);
    bool writeSearch();
    bool markSearch();
    bool checkStamp();
    bool batchIsFull(int held, int batch, const QElapsedTimer &age) const;
    void restoreHeld(); // back to what was held when the group began
    qint64 resolveOrCreate(const ExtractedEntity &extracted, const PreparedArticle::Entity &prepared, bool *created);
    bool addAlias(qint64 entityId, const QString &alias, const QString &normalized);

    Database &m_db;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<PendingCounts> m_pending; // counts of committed articles not yet written
    std::unique_ptr<PendingCounts> m_article; // the counts of the article being written
    int m_countBatch = 1;
    int m_searchBatch = 1;
    int m_batchInterval = 0;
    QElapsedTimer m_countsAge; // since the first article whose counts are held back
    QElapsedTimer m_searchAge; // since the first article not indexed yet
    int m_searchPending = 0;   // committed articles not indexed yet
    qint64 m_searchFrom = 0;   // the first of them
    bool m_searchMarked = false; // this writer committed the fts_pending mark since it last indexed
    struct Held;
    std::unique_ptr<Held> m_groupStart; // what was held back when the open group began
};

} // namespace liaison
