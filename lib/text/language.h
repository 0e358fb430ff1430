#pragma once

#include <QString>

#include <array>
#include <optional>

namespace liaison {

// Identifies the language of an article's text: a text that is plainly French
// or English by its function words is answered at once; any other goes to
// CLD2, then a stopword count for texts too short for CLD2 to be sure.
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

    // Thread-safe. clearFrenchOrEnglish(), else identifyWithCld().
    static Guess identify(const QString &text);

    // The two steps of identify(), public for the tests and the agreement
    // bench. The first returns a reliable "fr" or "en" when the text's first
    // 64 KB are overwhelmingly one of them by stopword counts (many words, a
    // wide margin over the six other languages counted, Latin script only),
    // and nullopt otherwise — when it answers, CLD2 is never called.
    static std::optional<Guess> clearFrenchOrEnglish(const QString &text);
    static Guess identifyWithCld(const QString &text);

    // What clearFrenchOrEnglish() decides on, over the characters CLD2 would
    // be given. Stopwords per language, in the order fr, en, de, es, it, pt,
    // nl, ca (a word listed by two counts for both); the rivals are the most
    // stopwords of one other language that French (English) does not list.
    struct StopwordCounts {
        std::array<int, 8> counts{};
        int rivalOfFrench = 0;
        int rivalOfEnglish = 0;
        int words = 0;
        int capitalized = 0; // words starting with a capital
        int latinLetters = 0;
        int foreignLetters = 0; // Latin letters neither French nor English use (ß, ñ, å, ł…)
        int otherLetters = 0; // letters of other scripts (Greek, Cyrillic, CJK…)
    };
    // Reference reads the characters one by one, the way the fast path
    // (thirty-two at a time over Latin-1) must agree with; for the tests.
    enum class Scanning { Fast, Reference };
    static StopwordCounts countStopwords(const QString &text, Scanning scanning = Scanning::Fast);

    // True for the languages Liaison extracts from.
    static bool isSupported(const QString &code) { return code == u"fr" || code == u"en"; }

    // English name for an ISO code ("de" -> "German").
    static QString englishName(const QString &code);
};

} // namespace liaison
