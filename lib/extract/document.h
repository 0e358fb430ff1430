#pragma once

#include "model/extraction.h"

#include <QDate>
#include <QList>
#include <QString>

namespace liaison {

// The working state the extraction stages share: the normalized text cut into
// tokens and sentences, and the entity mentions found in it. Offsets here are
// UTF-16 indices into `text` (QString positions); they become code points only
// when printed.
struct Token {
    enum Kind { Word, Number, Punct, Symbol };
    int start = 0;
    int end = 0;
    Kind kind = Word;
    QString lower;    // case-folded surface form
    QString folded;   // case-folded, accents removed
    QString stem;     // Snowball stem of `folded` in the document's language
    bool capitalized = false; // first letter upper case
    bool allCaps = false;
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
};

} // namespace liaison
