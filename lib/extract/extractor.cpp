#include "extractor.h"

#include "entities.h"
#include "gazetteer.h"
#include "lexicons.h"
#include "relationfinder.h"
#include "relationlexicon.h"
#include "textanalysis.h"

namespace liaison {

Extractor::Extractor() : Extractor(Lexicons::shipped()) {}
Extractor::Extractor(std::shared_ptr<const Lexicons> lexicons) : m_lexicons(std::move(lexicons)) {}
Extractor::~Extractor() = default;

Document Extractor::analyze(const QString &text, const ExtractOptions &options) const
{
    Document doc = options.language.isEmpty() ? analyzeTextGuessingLanguage(text) : analyzeText(text, options.language);
    doc.published = options.published;
    std::shared_ptr<const Gazetteer> known = options.knownGazetteer;
    if (!known && !options.known.isEmpty())
        known = Gazetteer::fromKnown(options.known);
    findEntities(doc, *m_lexicons, known.get());
    return doc;
}

Extraction Extractor::extract(const QString &text, const ExtractOptions &options) const
{
    const Document doc = analyze(text, options);
    Extraction result;
    result.language = doc.language;
    result.entities = doc.entities;
    static const std::shared_ptr<const RelationLexicon> relations = RelationLexicon::shipped();
    result.relations = findRelations(doc, *relations);
    return result;
}

} // namespace liaison
