#pragma once

#include "model/extraction.h"

#include <QDate>
#include <QString>

#include <memory>

namespace liaison {

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
    QList<KnownEntity> known; // extra gazetteer entries
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

private:
    std::shared_ptr<const Lexicons> m_lexicons;
};

} // namespace liaison
