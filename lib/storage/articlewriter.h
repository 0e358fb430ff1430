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

private:
    struct Cache;
    bool write(const SourceText &source, const Extraction &extraction, const QByteArray &sha256,
               StoreResult &result);
    qint64 resolveOrCreate(const QString &name, const QString &normalized, EntityType type,
                           const QStringList &aliases, bool *created);
    bool addAlias(qint64 entityId, const QString &alias);

    Database &m_db;
    std::unique_ptr<Cache> m_cache;
};

} // namespace liaison
