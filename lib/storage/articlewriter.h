#pragma once

#include "model/extraction.h"
#include "text/sourcetext.h"

#include <QString>

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
class ArticleWriter
{
public:
    explicit ArticleWriter(Database &db) : m_db(db) {}

    StoreResult store(const SourceText &source, const Extraction &extraction);

private:
    Database &m_db;
};

} // namespace liaison
