// HTML loader: charset sniffing, gumbo parsing, main-text and metadata walks.
#include "text/loader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const liaison::LoadResult r = liaison::loadBytes(bytes, QStringLiteral("fuzz.html"));
    if (r.ok() && r.source->text.isEmpty())
        __builtin_trap(); // an accepted page always has text
    return 0;
}
