#pragma once

#include "model/extraction.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

namespace liaison {

// What a lexicon remembers about one interned word form: stamped with the
// lexicon's serial, so a form looks each lexicon up once, not once per rule.
struct FormCache {
    quint64 serial = 0; // Lexicons / RelationLexicon serial; 0: never filled
    const void *owner = nullptr;
    const void *info = nullptr;
    const void *extra = nullptr;
    quint32 bits = 0;
    quint32 mask = 0;
    quint32 answers = 0; // a second mask, for the lexicon's own use (RelationLexicon: see its oneWordClasses)
};

// A serial no lexicon has used yet (for FormCache::serial), shared by every
// lexicon so that a stamp never matches tables it was not filled from.
quint64 nextCacheSerial();

// One distinct folded text among the forms of a generation: forms written
// differently ("Apple", "apple") share it, so a per-document set of folded
// words is a mark on the entry (a serial) instead of a hash set of strings.
struct FoldedEntry {
    mutable quint64 lowerMark = 0;   // seen written in lower case (EntityFinder serial)
    mutable quint64 capitalMark = 0; // seen capitalized past a sentence's start
    quint64 wordHash = 0;            // foldedWordHash() of the folded text
};

// FNV-1a over a folded word's UTF-16 units, what FoldedEntry::wordHash
// holds: the entity finder hashes lists of words from it.
inline quint64 foldedWordHash(QStringView word)
{
    quint64 h = 0xcbf29ce484222325ull;
    for (const QChar ch : word)
        h = (h ^ ch.unicode()) * 0x100000001b3ull;
    return h;
}

// One distinct token surface of a document's language, shared by every token
// written that way (per thread and language; see analyzeText). Lexicons cache
// their answers for the form here.
struct WordForm {
    QString surface;
    QString lower;
    QString folded;
    // The Snowball stem of `folded`, made on first use: only the relation
    // lexicon reads it, and it asks only for forms whose first letters could
    // begin one of its stem keys (RelationLexicon::entriesOf), so most forms
    // are never stemmed (about 3,000 instructions each).
    const QString &stemmed() const
    {
        if (stemLanguage != StemNone)
            makeStem();
        return stem;
    }
    enum StemLanguage : quint8 { StemNone, StemFrench, StemEnglish };
    // The stemmer stemmed() will run; StemNone once `stem` is made (or when
    // the stem is `folded` itself: other languages, non-word tokens).
    mutable StemLanguage stemLanguage = StemNone;
    mutable QString stem;
    bool capitalized = false;
    bool allCaps = false;
    // Lower-case first letter and a capital after it ("eBay", "iPhone").
    bool innerCapital = false;
    // A word token opening with a letter that is capitalized or has an inner
    // capital: what the entity finder scans for.
    bool capWord = false;
    bool hasDigit = false; // a digit anywhere in the surface (QChar::isDigit)
    // Past its first character, no digit, no '.' and no capital except after
    // '-' or '\'' ("Jean-Luc", "O'Brien"; not "DeepMind", "U.S"): a word the
    // entity finder may read as part of a title-case name.
    bool plainInner = false;
    const FoldedEntry *foldedEntry = nullptr; // shared by the forms of the same folded text
    mutable FormCache entityCache;   // written only by the thread that owns the form
    mutable FormCache relationCache;

private:
    void makeStem() const; // textanalysis.cpp
};

// The working state the extraction stages share: the normalized text cut into
// tokens and sentences, and the entity mentions found in it. Offsets here are
// UTF-16 indices into `text` (QString positions); they become code points only
// when printed.
struct Token {
    enum Kind : quint8 { Word, Number, Punct, Symbol };
    int start = 0;
    int end = 0;
    Kind kind = Word;
    bool capitalized = false; // first letter upper case
    bool allCaps = false;
    // Line breaks between the previous token and this one, 2 for two or
    // more (set by analyzeText, for its sentence split).
    quint8 newlinesBefore = 0;
    // The interned form that holds the token's lower/folded/stem strings
    // (kept alive by Document::forms); null for tokens built by hand. A token
    // only points at it: copying three shared strings into every token cost
    // more than the rest of the tokenizer.
    const WordForm *form = nullptr;

    const QString &lower() const { return form ? form->lower : noForm(); }   // case-folded surface form
    const QString &folded() const { return form ? form->folded : noForm(); } // case-folded, accents removed
    const QString &stem() const { return form ? form->stemmed() : noForm(); }     // Snowball stem of folded()

private:
    static const QString &noForm()
    {
        static const QString empty;
        return empty;
    }
};

struct Sentence {
    int start = 0; // UTF-16 offsets into Document::text
    int end = 0;
    int firstToken = 0; // index into Document::tokens
    int endToken = 0;   // one past the last token
};

// One place where an entity is named, or referred to by an anaphor.
struct EntityMention {
    int entity = -1;    // index into Document::entities
    int start = 0;      // UTF-16 offsets
    int end = 0;
    int firstToken = 0;
    int endToken = 0;   // one past the last token
    int sentence = 0;
    bool anaphor = false; // "the company", "le groupe", "il": resolved, not named
};

struct Document {
    QString text;      // normalized (NFC, typographic quotes/spaces folded) — same length mapping kept by the normalizer
    QString language;  // "fr" or "en"
    QDate published;   // may be null
    QList<Token> tokens;
    QList<Sentence> sentences;
    QList<ExtractedEntity> entities; // mentions as UTF-16 spans until output
    QList<EntityMention> mentions;   // sorted by start
    std::shared_ptr<const void> forms; // keeps the tokens' WordForms alive
};

} // namespace liaison
