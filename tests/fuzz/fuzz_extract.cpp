// The extractor on arbitrary text: any decoded byte string gives a result
// (never a crash, a hang or a span outside the text), in both languages.
#include "extract/extractor.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 20)
        return 0;
    static const liaison::Extractor extractor;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    liaison::ExtractOptions options;
    // The first byte picks the language path: forced French, forced English, detected.
    if (size > 0)
        options.language = data[0] % 3 == 0 ? QStringLiteral("fr") : data[0] % 3 == 1 ? QStringLiteral("en") : QString();
    const liaison::Extraction x = extractor.extract(text, options);
    for (const liaison::ExtractedEntity &e : x.entities) {
        if (e.name.isEmpty())
            __builtin_trap();
        for (const liaison::Span &s : e.mentions) {
            if (s.start < 0 || s.end > text.size() || s.start >= s.end)
                __builtin_trap();
        }
    }
    for (const liaison::ExtractedRelation &r : x.relations) {
        if (r.source < -1 || r.source >= x.entities.size() || r.target < -1 || r.target >= x.entities.size())
            __builtin_trap();
        if (r.evidence.start < 0 || r.evidence.end > text.size())
            __builtin_trap();
    }
    return 0;
}
