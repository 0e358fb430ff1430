#pragma once

#include "model/extraction.h"
#include "text/sourcetext.h"

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

    StoreResult store(const SourceText &source, const Extraction &extraction);

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

private:
    struct Cache;
    struct PendingCounts;
    bool write(const SourceText &source, const Extraction &extraction, const QByteArray &sha256,
               StoreResult &result);
    bool writeCounts(const PendingCounts &counts);
    bool checkStamp();
    qint64 resolveOrCreate(const QString &name, const QString &normalized, EntityType type,
                           const QStringList &aliases, bool *created);
    bool addAlias(qint64 entityId, const QString &alias);

    Database &m_db;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<PendingCounts> m_pending; // counts of committed articles not yet written
    std::unique_ptr<PendingCounts> m_article; // the counts of the article being written
    int m_countBatch = 1;
};

} // namespace liaison
