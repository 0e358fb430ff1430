#pragma once

#include "document.h"
#include "relationlexicon.h"

#include "model/extraction.h"

#include <QList>

namespace liaison {

// Finds the typed relations a document states between its entity mentions,
// sentence by sentence, from the trigger lexicons: argument patterns, status
// cues, amounts, stakes, roles and dates. Pure and thread-safe.
QList<ExtractedRelation> findRelations(const Document &doc, const RelationLexicon &lexicon);

} // namespace liaison
