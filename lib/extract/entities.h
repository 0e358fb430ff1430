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

// Lexicons::WordFlag bits the entity rules read of a folded word that are
// not lexicon entries but their own closed lists (Lexicons::NameFollower,
// LeadWord, JoinerWord, ParticleWord). Lexicons stores them on each form when it first looks
// the form up, so that the rules test one bit of the token's flags before
// comparing the word with their literals. Defined next to those rules.
quint32 entityRuleBits(QStringView folded);

} // namespace liaison
