#pragma once

#include <QString>

namespace liaison {

// Identifies the language of an article's text: CLD2 first, a stopword count
// for texts too short for CLD2 to be sure.
class Language
{
public:
    struct Guess {
        QString code;   // ISO 639-1 ("fr", "en", "de"…); empty when unknown
        bool reliable = false;
        // English name ("French", "German"…): asked of a refused text only,
        // so it is not built for every file.
        QString name() const { return englishName(code); }
    };

    // Thread-safe.
    static Guess identify(const QString &text);

    // True for the languages Liaison extracts from.
    static bool isSupported(const QString &code) { return code == u"fr" || code == u"en"; }

    // English name for an ISO code ("de" -> "German").
    static QString englishName(const QString &code);
};

} // namespace liaison
