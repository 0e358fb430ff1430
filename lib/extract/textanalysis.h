#pragma once

#include "document.h"

#include <QString>
#include <QStringView>

namespace liaison {

// Same-length normalization: typographic apostrophes and quotes become ASCII,
// non-breaking and thin spaces become plain spaces. Every other character is
// kept, so offsets into the result are offsets into the input.
QString normalizeText(const QString &text);

// Lower case with accents removed ("Élysée" -> "elysee"); soft hyphens dropped.
QString foldText(QStringView text);

// Snowball stem of an already folded word in "fr" or "en" (anything else is
// returned unchanged). Thread-safe: one stemmer per thread and language.
QString stemWord(const QString &folded, const QString &language);

// Normalizes `text` and cuts it into tokens and sentences in `language`
// ("fr" or "en"): fills Document::text, language, tokens and sentences.
// Document::text has the same length as `text`, so spans index both.
Document analyzeText(const QString &text, const QString &language);

// analyzeText(text, guessLanguage(text)), with the language guessed from
// the tokens (one pass over the text instead of two).
Document analyzeTextGuessingLanguage(const QString &text);

// "fr" or "en" from stopword counts (English when there is nothing to count).
QString guessLanguage(QStringView text);

} // namespace liaison
