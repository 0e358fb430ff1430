#include "charset.h"

#include "textnormalizer.h"

#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <bit>
#include <cstring>
#include <memory>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace liaison {

namespace {

// Windows-1252 0x80–0x9F; the five unassigned bytes keep their C1 code point,
// as browsers do.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// uchardet only needs a sample to decide; the first megabyte is plenty and
// keeps detection cost flat on large files.
constexpr qsizetype kDetectSample = 1024 * 1024;

bool looksLikeUtf16WithoutBom(const QByteArray &bytes, bool *littleEndian)
{
    // Mostly-ASCII text in UTF-16 has a zero in every other byte.
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 8)
        return false;
    qsizetype evenZero = 0, oddZero = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZero += bytes[i] == 0;
        oddZero += bytes[i + 1] == 0;
    }
    const qsizetype pairs = n / 2;
    if (oddZero * 10 >= pairs * 9 && evenZero * 10 < pairs) {
        *littleEndian = true;
        return true;
    }
    if (evenZero * 10 >= pairs * 9 && oddZero * 10 < pairs) {
        *littleEndian = false;
        return true;
    }
    return false;
}

QString decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    return decoder.decode(bytes);
}

bool isLatin1Family(const QByteArray &name)
{
    return name == "ISO-8859-1" || name == "ISO-8859-15" || name == "WINDOWS-1252" || name == "CP1252"
        || name == "LATIN1" || name == "US-ASCII" || name == "ASCII" || name == "ISO_8859-1";
}

} // namespace

namespace {

// The multi-byte sequence at p (p[0] >= 0x80), `left` bytes from the end:
// its length, with its code point in `cp`, or 0 when it is not strict UTF-8
// (overlong forms, surrogates and values past U+10FFFF are not).
Q_ALWAYS_INLINE int readSequence(const unsigned char *p, qsizetype left, char32_t &cp)
{
    const unsigned char c = p[0];
    // Two bytes, most sequences of a European text (é, à, ç…), the short
    // way: U+0080 to U+07FF, never overlong from 0xC2 on, never a surrogate.
    if (c >= 0xC2 && c <= 0xDF) {
        if (left < 2 || (p[1] & 0xC0) != 0x80)
            return 0;
        cp = char32_t(c & 0x1F) << 6 | (p[1] & 0x3F);
        return 2;
    }
    int extra;
    if (c >= 0xE0 && c <= 0xEF) {
        extra = 2;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        extra = 3;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (extra >= left)
        return 0;
    for (int k = 1; k <= extra; ++k) {
        if ((p[k] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[k] & 0x3F);
    }
    if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF))
        || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return extra + 1;
}

// A control character looksBinary() may count: C0 but tab, LF, VT, FF and
// CR; DEL and C1; U+FFFD.
constexpr bool isControlOrReplacement(char32_t c)
{
    return (c < 0x20 && (c < 0x09 || c > 0x0D)) || (c >= 0x7F && c <= 0x9F) || c == 0xFFFD;
}

// The character ending at `at` is a space or tab, or the line break there
// is the third in a row: normalizeLayout() would take it out. `spaceEnd` is
// where the last space from U+0080 on ended.
bool badLineEnd(const unsigned char *p, qsizetype at, qsizetype spaceEnd)
{
    return (at > 0 && (p[at - 1] == ' ' || p[at - 1] == '\t' || spaceEnd == at))
        || (at > 1 && p[at - 1] == '\n' && p[at - 2] == '\n');
}

// Strict UTF-8 checked and decoded in one pass: nullopt when the bytes are
// not (isValidUtf8() false), else what Qt's decoder gives for them, with
// what Decoded::controlFree and Decoded::laidOut say of the text. Runs of
// printable ASCII and tabs, most of a French or English text, are widened
// sixteen bytes at a time (SSE2): the block is stored whole (the output, one
// unit per byte at most, has room) and only its plain head counted; any other
// byte (a line break, a control, a multi-byte sequence) is looked at alone.
std::optional<QString> decodeStrictUtf8(QByteArrayView bytes, bool *controlFree, bool *laidOut)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    QString out(n, Qt::Uninitialized);
    char16_t *const begin = reinterpret_cast<char16_t *>(out.data());
    char16_t *d = begin;
    bool controls = false;
    // Met something normalizeLayout() would change, whitespace at the ends
    // aside: a control, CR, VT or FF, a character it replaces or NFC might
    // change, a space ending a line, a third line break in a row.
    bool relayout = false;
    qsizetype spaceEnd = -1;
    qsizetype i = 0;
    while (i < n) {
#if defined(__SSE2__)
        if (n - i >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(d), _mm_unpacklo_epi8(v, _mm_setzero_si128()));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(d + 8), _mm_unpackhi_epi8(v, _mm_setzero_si128()));
            // 0x20 to 0x7E are the bytes above 0x1F as signed bytes, but DEL.
            const __m128i printable = _mm_andnot_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)),
                                                       _mm_cmpgt_epi8(v, _mm_set1_epi8(0x1F)));
            const unsigned plain
                = unsigned(_mm_movemask_epi8(_mm_or_si128(printable, _mm_cmpeq_epi8(v, _mm_set1_epi8('\t')))));
            const int k = std::countr_one(plain);
            i += k;
            d += k;
            if (k == 16)
                continue;
        }
#endif
        const unsigned char c = p[i];
        if (c < 0x80) {
            if (c == '\n') {
                relayout = relayout || badLineEnd(p, i, spaceEnd);
            } else if ((c < 0x20 && c != '\t') || c == 0x7F) {
                controls |= isControlOrReplacement(c);
                relayout = true;
            }
            *d++ = c;
            ++i;
            continue;
        }
        char32_t cp;
        const int length = readSequence(p + i, n - i, cp);
        if (length == 0)
            return std::nullopt;
        controls |= isControlOrReplacement(cp);
        if (!TextNormalizer::keepsAsIs(cp))
            relayout = true;
        else if (cp == 0xA0 || (cp >= 0x2000 && QChar::isSpace(cp))) // the spaces keepsAsIs() lets through
            spaceEnd = i + length;
        if (QChar::requiresSurrogates(cp)) {
            *d++ = QChar::highSurrogate(cp);
            *d++ = QChar::lowSurrogate(cp);
        } else {
            *d++ = char16_t(cp);
        }
        i += length;
    }
    out.truncate(d - begin);
    if (controlFree)
        *controlFree = !controls;
    if (laidOut)
        *laidOut = !relayout;
    return out;
}

} // namespace

bool Charset::isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Runs of ASCII, most of a French or English text, are passed over
        // sixteen bytes at a time (SSE2) or eight.
#if defined(__SSE2__)
        if (n - i >= 16) {
            const unsigned high
                = unsigned(_mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i))));
            i += high != 0 ? std::countr_zero(high) : 16;
            if (high == 0)
                continue;
        }
#else
        if (n - i >= 8) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
#endif
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        char32_t cp;
        const int length = readSequence(p + i, n - i, cp);
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

QString Charset::fromWindows1252(const QByteArray &bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        *d++ = (c >= 0x80 && c < 0xA0) ? QChar(kCp1252High[c - 0x80]) : QChar(char16_t(c));
    }
    return out;
}

QByteArray Charset::detect(const QByteArray &bytes)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> ud(uchardet_new(), uchardet_delete);
    if (!ud)
        return {};
    const qsizetype n = std::min(bytes.size(), kDetectSample);
    if (uchardet_handle_data(ud.get(), bytes.constData(), size_t(n)) != 0)
        return {};
    uchardet_data_end(ud.get());
    const char *name = uchardet_get_charset(ud.get());
    return name ? QByteArray(name).toUpper() : QByteArray();
}

std::optional<QString> Charset::decodeAs(const QByteArray &bytes, const QByteArray &charset)
{
    const QByteArray name = charset.trimmed().toUpper();
    if (name.isEmpty())
        return std::nullopt;
    if (name == "UTF-8" || name == "UTF8") {
        // The BOM, valid UTF-8 itself, changes nothing to the verdict.
        QByteArrayView view(bytes);
        if (view.startsWith("\xEF\xBB\xBF"))
            view = view.sliced(3);
        return decodeStrictUtf8(view, nullptr, nullptr);
    }
    // HTML and most real files that say Latin-1 are really Windows-1252.
    if (isLatin1Family(name))
        return fromWindows1252(bytes);
    if (name == "UTF-16LE" || name == "UTF-16BE" || name == "UTF-16") {
        QByteArrayView view(bytes);
        QStringConverter::Encoding enc = name == "UTF-16BE" ? QStringConverter::Utf16BE : QStringConverter::Utf16LE;
        if (view.startsWith("\xFF\xFE")) {
            enc = QStringConverter::Utf16LE;
            view = view.sliced(2);
        } else if (view.startsWith("\xFE\xFF")) {
            enc = QStringConverter::Utf16BE;
            view = view.sliced(2);
        }
        return decodeWith(enc, view);
    }
    // Other names go to whatever QStringDecoder knows (ICU where Qt has it).
    QStringDecoder decoder(name.constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

Charset::Decoded Charset::decode(const QByteArray &bytes)
{
    Decoded out;
    const QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF")) {
        out.charset = "UTF-8";
        out.text = decodeWith(QStringConverter::Utf8, view.sliced(3));
        return out;
    }
    if (view.startsWith("\xFF\xFE") || view.startsWith("\xFE\xFF")) {
        const bool le = view.startsWith("\xFF\xFE");
        out.charset = le ? "UTF-16LE" : "UTF-16BE";
        out.text = decodeWith(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, view.sliced(2));
        return out;
    }
    if (bytes.contains('\0')) {
        bool le = true;
        if (looksLikeUtf16WithoutBom(bytes, &le)) {
            out.charset = le ? "UTF-16LE" : "UTF-16BE";
            out.text = decodeWith(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, view);
            return out;
        }
        out.binary = true;
        return out;
    }
    // Strict UTF-8 validity is a far better signal than any statistics:
    // random Latin-1 text almost never forms valid multi-byte sequences.
    if (std::optional<QString> text = decodeStrictUtf8(view, &out.controlFree, &out.laidOut)) {
        out.charset = QByteArrayLiteral("UTF-8");
        out.text = *std::move(text);
        return out;
    }
    QByteArray guess = detect(bytes);
    if (!guess.isEmpty() && !isLatin1Family(guess) && guess != "UTF-8") {
        if (std::optional<QString> text = decodeAs(bytes, guess)) {
            out.charset = guess;
            out.text = *text;
            return out;
        }
    }
    // Unknown, Latin-1-like, or a guess Qt cannot decode: Windows-1252 maps
    // every byte, and is what French files outside UTF-8 are in practice.
    out.charset = "WINDOWS-1252";
    out.text = fromWindows1252(bytes);
    return out;
}

} // namespace liaison
