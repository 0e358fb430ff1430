#pragma once

#include "document.h"

#include "model/extraction.h"

#include <QDate>
#include <QString>

#include <memory>

namespace liaison {

class Gazetteer;
class Lexicons;

// Names already known to the caller (the user's database), matched like the
// shipped gazetteer.
struct KnownEntity {
    QString name;
    EntityType type = EntityType::Company;
    QStringList aliases;
};

struct ExtractOptions {
    QString language;        // "fr", "en", or empty to detect
    QDate published;         // resolves relative dates ("en mai")
    QList<KnownEntity> known; // extra gazetteer entries, indexed on each call
    // The same, indexed once and shared across calls and threads (build it with
    // Gazetteer::fromKnown(); preferred over `known` for large databases).
    std::shared_ptr<const Gazetteer> knownGazetteer;
};

// Reads entities and relations out of an article's text. A pure function of the
// text, the options and the lexicons; const and thread-safe, so one Extractor
// can serve a whole thread pool.
class Extractor
{
public:
    // Uses the lexicons shipped in resources/ (loaded once per process).
    Extractor();
    explicit Extractor(std::shared_ptr<const Lexicons> lexicons);
    ~Extractor();

    Extraction extract(const QString &text, const ExtractOptions &options = {}) const;

    // The text, tokens, sentences and entities, before relations (for tests
    // and tools that want the intermediate state).
    Document analyze(const QString &text, const ExtractOptions &options = {}) const;

private:
    std::shared_ptr<const Lexicons> m_lexicons;
};

} // namespace liaison
