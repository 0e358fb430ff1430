#pragma once

#include "document.h"

namespace liaison {

class Gazetteer;
class Lexicons;

// Finds the entities of an analyzed Document: gazetteer matches, capitalized
// sequences and cue patterns, typed and merged by coreference. Fills
// Document::entities (named mentions only) and Document::mentions (named and
// anaphoric, sorted by start). `known` may be null.
void findEntities(Document &doc, const Lexicons &lexicons, const Gazetteer *known);

} // namespace liaison
