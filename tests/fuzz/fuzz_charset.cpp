// Charset detection and decoding, then the plain-text and Markdown loaders
// (layout normalization, language identification, hashing) on the result.
#include "text/charset.h"
#include "text/loader.h"
#include "text/textnormalizer.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const liaison::Charset::Decoded d = liaison::Charset::decode(bytes);
    if (d.binary != d.charset.isEmpty())
        __builtin_trap(); // a charset exactly when the bytes were decoded
    if (liaison::Charset::isValidUtf8(bytes) && !bytes.contains('\0') && d.charset != "UTF-8"
        && !bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF"))
        __builtin_trap(); // valid UTF-8 is always read as UTF-8
    if (d.laidOut && liaison::TextNormalizer::normalizeLayout(d.text) != d.text.trimmed())
        __builtin_trap(); // the loader takes the one for the other
    (void)liaison::Charset::decodeAs(bytes, QByteArrayLiteral("ISO-8859-2"));
    (void)liaison::loadBytes(bytes, QStringLiteral("fuzz.txt"));
    (void)liaison::loadBytes(bytes, QStringLiteral("fuzz.md"));
    return 0;
}
