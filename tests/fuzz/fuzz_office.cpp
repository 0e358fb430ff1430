// .docx and .odt loaders: zip reading with the inflate budget, XML walks.
#include "text/loader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    liaison::LoadOptions options;
    options.maxUnpackedSize = 4 * 1024 * 1024; // keeps each run fast; the cap is what is tested
    for (const QString &name : {QStringLiteral("fuzz.docx"), QStringLiteral("fuzz.odt")}) {
        const liaison::LoadResult r = liaison::loadBytes(bytes, name, options);
        if (r.ok() == !r.error.isEmpty())
            __builtin_trap();
    }
    return 0;
}
