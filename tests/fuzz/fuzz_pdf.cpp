// PDF loader: poppler parsing and page text.
#include "text/loader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const liaison::LoadResult r = liaison::loadBytes(bytes, QStringLiteral("fuzz.pdf"));
    if (r.ok() == !r.error.isEmpty())
        __builtin_trap(); // exactly one of a text or a reason
    return 0;
}
