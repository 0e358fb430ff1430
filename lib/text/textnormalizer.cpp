#include "textnormalizer.h"

#include "asciiblocks.h"
#include "sha256.h"

#include <bit>
#include <optional>

namespace liaison {

namespace {

// Unicode's Cc category, which no Unicode version changes: what
// QChar::category() == Other_Control says, without the table lookup.
constexpr bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

} // namespace

namespace {

// The text in NFC: itself when it holds only characters NFC cannot touch
// (most French and English texts), which costs a compare per character where
// QString::normalized() runs its quick check through the Unicode tables.
QString nfc(const QString &text)
{
    const char16_t *s = reinterpret_cast<const char16_t *>(text.utf16());
    const char16_t *const end = s + text.size();
    for (; s != end; ++s)
        if (!TextNormalizer::isNfcInert(*s))
            return text.normalized(QString::NormalizationForm_C);
    return text;
}

// normalizeLayout() on text already in NFC, or, with CheckNfc, on any text:
// then nullopt as soon as a character NFC could change is met.
template<bool CheckNfc>
std::optional<QString> layout(const QString &text)
{
    // Written through a pointer into a buffer of the input's size (the output
    // is never longer): QString::append per character was most of the cost.
    QString out(text.size(), Qt::Uninitialized);
    char16_t *const begin = reinterpret_cast<char16_t *>(out.data());
    char16_t *d = begin;
    char16_t *lineStart = begin; // after the last line break written
    int newlines = 0;            // consecutive line breaks just written
    // A line's trailing spaces are taken back when it ends, rather than
    // keeping track of its last non-space character all along.
    auto trimLine = [&] {
        while (d != lineStart && QChar::isSpace(d[-1]))
            --d;
    };
    const char16_t *s = reinterpret_cast<const char16_t *>(text.utf16());
    const char16_t *const end = s + text.size();
    for (; s != end; ++s) {
#if defined(__SSE2__)
        // Sixteen units at a time while they are printable ASCII or spaces,
        // which are kept as is: the block is stored whole (the output has
        // room, never being ahead of the input) and the units from the first
        // other one on are left to the loop below.
        if (end - s >= 2 * asciiblocks::kUnits) {
            const __m128i v1 = asciiblocks::load(s);
            const __m128i v2 = asciiblocks::load(s + asciiblocks::kUnits);
            const int k = std::countr_one(
                asciiblocks::bits(asciiblocks::printableLanes(v1), asciiblocks::printableLanes(v2)));
            if (k != 0) {
                _mm_storeu_si128(reinterpret_cast<__m128i *>(d), v1);
                _mm_storeu_si128(reinterpret_cast<__m128i *>(d + asciiblocks::kUnits), v2);
                d += k;
                s += k - 1;
                newlines = 0;
                continue;
            }
        }
#endif
        char16_t c = *s;
        // Printable ASCII and the space, most of any text, are kept as is: a
        // run of printable non-space characters is copied in a tight loop.
        if (c > 0x20 && c < 0x7F) {
            do
                *d++ = c;
            while (++s != end && (c = *s) > 0x20 && c < 0x7F);
            newlines = 0;
            --s;
            continue;
        }
        if (c == u' ') {
            *d++ = c;
            newlines = 0;
            continue;
        }
        if (CheckNfc && !TextNormalizer::isNfcInert(c))
            return std::nullopt;
        if (c == u'\r') {
            if (s + 1 != end && s[1] == u'\n')
                continue;
            c = u'\n';
        }
        if (c == u'\n' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            trimLine();
            if (newlines < 2 && d != begin)
                *d++ = u'\n';
            ++newlines;
            lineStart = d;
            continue;
        }
        if ((isControl(c) && c != u'\t') || c == u'\uFEFF') // stray BOM / zero-width no-break space
            continue;
        *d++ = c;
        newlines = 0;
    }
    trimLine();
    while (d != begin && d[-1] == u'\n')
        --d;
    const char16_t *lead = begin;
    while (lead != d && QChar::isSpace(*lead))
        ++lead;
    if (lead == begin) {
        out.truncate(d - begin);
        return out;
    }
    return QString(reinterpret_cast<const QChar *>(lead), d - lead);
}

} // namespace

QString TextNormalizer::normalizeLayout(const QString &text)
{
    // One pass over the text itself; it starts over on the NFC form only when
    // it meets a character normalization might change.
    if (std::optional<QString> out = layout<true>(text))
        return *std::move(out);
    return *layout<false>(text.normalized(QString::NormalizationForm_C));
}

QByteArray TextNormalizer::contentHash(const QString &text)
{
    const QString normalized = nfc(text);
    QString collapsed(normalized.size(), Qt::Uninitialized);
    char16_t *const begin = reinterpret_cast<char16_t *>(collapsed.data());
    char16_t *d = begin;
    bool space = false;
    for (const QChar c : normalized) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space && d != begin)
            *d++ = u' ';
        space = false;
        *d++ = c.unicode();
    }
    collapsed.truncate(d - begin);
    return sha256Hex(collapsed.toUtf8());
}

bool TextNormalizer::looksFrench(const QString &text)
{
    int accents = 0;
    for (const QChar c : text.left(4096)) {
        switch (c.toLower().unicode()) {
        case u'é':
        case u'è':
        case u'ê':
        case u'à':
        case u'ç':
        case u'ù':
        case u'û':
        case u'ô':
        case u'î':
            ++accents;
            break;
        default:
            break;
        }
    }
    return accents >= 2;
}

} // namespace liaison
