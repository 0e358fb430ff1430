#include "extractor.h"

#include "lexicons.h"

namespace liaison {

std::shared_ptr<const Lexicons> Lexicons::shipped()
{
    static const auto lexicons = std::make_shared<const Lexicons>();
    return lexicons;
}

Extractor::Extractor() : Extractor(Lexicons::shipped()) {}
Extractor::Extractor(std::shared_ptr<const Lexicons> lexicons) : m_lexicons(std::move(lexicons)) {}
Extractor::~Extractor() = default;

Extraction Extractor::extract(const QString &text, const ExtractOptions &options) const
{
    Q_UNUSED(text);
    Extraction result;
    result.language = options.language.isEmpty() ? QStringLiteral("en") : options.language;
    return result;
}

} // namespace liaison
