#include "quantities.h"

#include "textmatch.h"

#include <array>
#include <bit>
#include <cmath>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace liaison {

namespace {

bool isSpaceLike(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

bool isWordChar(QChar c) { return c.isLetterOrNumber(); }

char16_t lowerAscii(char16_t c) { return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c; }

// matchAt() past its first-letter test: the rest of the word, then its end.
bool matchRest(QStringView text, qsizetype pos, QStringView word, bool wordEnd)
{
    // The first letter's test on the following ASCII letters: the first pair
    // that differs decides, as in the general comparison, which the words
    // reach only at a character outside ASCII.
    bool decided = false;
    for (qsizetype k = 0; k < word.size(); ++k) {
        const char16_t x = text[pos + k].unicode();
        const char16_t y = word[k].unicode();
        if (x >= 0x80 || y >= 0x80)
            break;
        if (lowerAscii(x) != lowerAscii(y))
            return false;
        decided = k + 1 == word.size();
    }
    if (!decided && text.mid(pos, word.size()).compare(word, Qt::CaseInsensitive) != 0)
        return false;
    if (wordEnd && pos + word.size() < text.size() && text[pos + word.size()].isLetter())
        return false;
    return true;
}

// Case-insensitive match of `word` at `pos`, followed by a non-letter (unless
// `wordEnd` is false, for symbols such as "€"). Inline up to the first
// letter: the parsers below probe a dozen words after every number, and
// most probes fail there.
Q_ALWAYS_INLINE bool matchAt(QStringView text, qsizetype pos, QStringView word, bool wordEnd = true)
{
    if (pos < 0 || pos + word.size() > text.size())
        return false;
    // Two ASCII letters that differ once lower-cased differ under case
    // folding too (a non-ASCII character may fold to an ASCII one, so it
    // goes to the full comparison).
    if (!word.isEmpty()) {
        const char16_t a = text[pos].unicode();
        const char16_t b = word.front().unicode();
        if (a < 0x80 && b < 0x80 && lowerAscii(a) != lowerAscii(b))
            return false;
    }
    return matchRest(text, pos, word, wordEnd);
}

qsizetype skipSpaces(QStringView text, qsizetype pos)
{
    while (pos < text.size() && isSpaceLike(text[pos]))
        ++pos;
    return pos;
}

struct Number {
    double value = 0;
    qsizetype end = 0;
};

// Reads "1,200,000", "1.2", "1,5", "1 500 000", "1.500.000" at `pos`.
// ASCII digits (the usual case) are read as an integer mantissa and a count
// of decimals: below 2^53 and 10^22 both are exact doubles, so one division
// rounds once, as QString::toDouble does — without building the string.
Number readNumber(QStringView text, qsizetype pos, bool french)
{
    qsizetype i = pos;
    quint64 mantissa = 0;
    int digitCount = 0;     // digits read so far (the digit string's length without the point)
    int decimals = 0;       // digits after the decimal point
    bool exact = true;      // ASCII digits only, at most 15 of them
    const auto take = [&](qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to; ++k) {
            const char16_t c = text[k].unicode();
            if (c >= u'0' && c <= u'9' && digitCount < 15)
                mantissa = mantissa * 10 + quint64(c - u'0');
            else
                exact = false;
            ++digitCount;
        }
    };
    while (i < text.size() && text[i].isDigit())
        ++i;
    take(pos, i);
    bool decimal = false;
    qsizetype pointAt = -1; // where the decimal separator was (for the slow path)
    while (i + 1 < text.size() && !decimal) {
        const QChar sep = text[i];
        if (sep != u',' && sep != u'.' && !isSpaceLike(sep))
            break;
        qsizetype j = i + 1;
        while (j < text.size() && text[j].isDigit())
            ++j;
        const qsizetype n = j - (i + 1);
        if (n == 0)
            break;
        const bool followedByDigitGroup = j < text.size() && (text[j] == sep) && j + 1 < text.size() && text[j + 1].isDigit();
        bool thousands = false;
        if (isSpaceLike(sep)) {
            if (n != 3 || digitCount > 3 * 3 + 3)
                break;
            thousands = true;
        } else if (sep == u',') {
            thousands = !french ? n == 3 : (n == 3 && followedByDigitGroup);
        } else {
            thousands = french ? n == 3 : (n == 3 && followedByDigitGroup);
        }
        take(i + 1, j);
        if (!thousands) {
            decimals = int(n);
            pointAt = i;
            decimal = true;
        }
        i = j;
    }
    Number number;
    if (exact) {
        static constexpr double kPowers[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8,
                                             1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
        number.value = double(mantissa) / kPowers[decimals];
        number.end = i;
        return number;
    }
    // Other digits (non-ASCII, or too many for an exact mantissa): the
    // digit string, read by QString::toDouble.
    QString digits;
    digits.reserve(i - pos);
    for (qsizetype k = pos; k < i; ++k) {
        if (text[k].isDigit())
            digits.append(text[k]);
        else if (k == pointAt)
            digits.append(u'.');
    }
    bool ok = false;
    number.value = digits.toDouble(&ok);
    number.end = ok ? i : pos;
    return number;
}

// Texts as views with their lengths known at compile time: a QStringView
// built from a bare pointer measures it (qustrlen) on every probe.
struct Word {
    std::u16string_view text;
    double factor;
};

// Longest first so that "milliards" wins over "milliard" and "million".
constexpr std::array<Word, 11> kEnglishScales{{
    {u"trillion", 1e12}, {u"billion", 1e9}, {u"million", 1e6}, {u"thousand", 1e3},
    {u"tn", 1e12}, {u"bn", 1e9}, {u"mln", 1e6}, {u"mn", 1e6}, {u"b", 1e9}, {u"m", 1e6}, {u"k", 1e3},
}};
constexpr std::array<Word, 14> kFrenchScales{{
    {u"milliards", 1e9}, {u"milliard", 1e9}, {u"billions", 1e12}, {u"billion", 1e12}, {u"millions", 1e6},
    {u"million", 1e6}, {u"mille", 1e3}, {u"mrds", 1e9}, {u"mrd", 1e9}, {u"mds", 1e9}, {u"md", 1e9},
    {u"mns", 1e6}, {u"m", 1e6}, {u"k", 1e3},
}};

struct Currency {
    std::u16string_view text;
    std::u16string_view iso;
};

constexpr std::array<Currency, 13> kSymbolsBefore{{
    {u"US$", u"USD"}, {u"US $", u"USD"}, {u"USD", u"USD"}, {u"EUR", u"EUR"}, {u"GBP", u"GBP"},
    {u"CHF", u"CHF"}, {u"JPY", u"JPY"}, {u"CNY", u"CNY"}, {u"C$", u"CAD"}, {u"$", u"USD"},
    {u"\u20AC", u"EUR"}, {u"\u00A3", u"GBP"}, {u"\u00A5", u"JPY"},
}};

constexpr std::array<Currency, 22> kWordsAfter{{
    {u"dollars am\u00E9ricains", u"USD"}, {u"dollars", u"USD"}, {u"dollar", u"USD"}, {u"euros", u"EUR"},
    {u"euro", u"EUR"}, {u"livres sterling", u"GBP"}, {u"livres", u"GBP"}, {u"pounds", u"GBP"},
    {u"francs suisses", u"CHF"}, {u"yens", u"JPY"}, {u"yen", u"JPY"}, {u"yuans", u"CNY"}, {u"yuan", u"CNY"},
    {u"USD", u"USD"}, {u"EUR", u"EUR"}, {u"GBP", u"GBP"}, {u"CHF", u"CHF"}, {u"US$", u"USD"},
    {u"$", u"USD"}, {u"\u20AC", u"EUR"}, {u"\u00A3", u"GBP"}, {u"\u00A5", u"JPY"},
}};

// The currency written before the number ending at `pos`, and where it starts.
const Currency *currencyBefore(QStringView text, qsizetype pos, qsizetype *start)
{
    qsizetype p = pos;
    while (p > 0 && isSpaceLike(text[p - 1]) && pos - p < 1)
        --p;
    if (p == 0)
        return nullptr;
    // Every symbol ends with one of these: most numbers have none before them.
    switch (text[p - 1].unicode()) {
    case u'$': case u'D': case u'R': case u'P': case u'F': case u'Y': case 0x20AC: case 0x00A3: case 0x00A5:
        break;
    default:
        return nullptr;
    }
    for (const Currency &c : kSymbolsBefore) {
        const QStringView sym(c.text.data(), qsizetype(c.text.size()));
        const qsizetype s = p - sym.size();
        if (s < 0 || text.mid(s, sym.size()) != sym)
            continue;
        if (s > 0 && isWordChar(text[s - 1]) && QChar(sym[0]).isLetter())
            continue;
        *start = s;
        return &c;
    }
    return nullptr;
}

// Whether a word of `Words` can match at `pos` under matchAt(): an ASCII
// character there must equal, lower-cased, the lower-cased first character of
// one of them (what matchAt tests first). A word opening outside ASCII ("€",
// "£", "¥") never matches an ASCII character: case folding keeps them
// outside ASCII. Anything but an ASCII character goes to matchAt.
template<const auto &Words>
bool mayStartOne(QStringView text, qsizetype pos)
{
    if (pos >= text.size())
        return true; // matchAt answers
    const char16_t a = text[pos].unicode();
    if (a >= 0x80)
        return true;
    static const std::array<bool, 128> firsts = [] {
        std::array<bool, 128> out{};
        for (const auto &w : Words) {
            const char16_t b = w.text.front();
            if (b < 0x80)
                out[b >= u'A' && b <= u'Z' ? b + 32 : b] = true;
        }
        return out;
    }();
    return firsts[a >= u'A' && a <= u'Z' ? a + 32 : a];
}


} // namespace

// The scans below would pass every other unit, an ASCII non-digit, one at
// a time.
qsizetype Quantities::nextDigitCandidate(QStringView text, qsizetype i)
{
    const char16_t *d = text.utf16();
    const qsizetype n = text.size();
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128();
    const __m128i asciiMax = _mm_set1_epi16(0x7F);
    const __m128i digit0 = _mm_set1_epi16(u'0');
    const __m128i nine = _mm_set1_epi16(9);
    for (; i + 8 <= n; i += 8) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        // Saturating: zero exactly where x <= 0x7F, and where x - '0' (wrapping) <= 9.
        const __m128i ascii = _mm_cmpeq_epi16(_mm_subs_epu16(x, asciiMax), zero);
        const __m128i digit = _mm_cmpeq_epi16(_mm_subs_epu16(_mm_sub_epi16(x, digit0), nine), zero);
        const unsigned hits = unsigned(_mm_movemask_epi8(digit)) | (~unsigned(_mm_movemask_epi8(ascii)) & 0xFFFFu);
        if (hits)
            return i + std::countr_zero(hits) / 2;
    }
#endif
    while (i < n && d[i] < 0x80 && char16_t(d[i] - u'0') > 9)
        ++i;
    return i;
}

QList<MoneyMention> Quantities::findAmounts(QStringView text, QStringView language, int offset)
{
    QList<MoneyMention> out;
    const bool french = textIs(language, u"fr");
    qsizetype i = 0;
    while (i < text.size()) {
        i = nextDigitCandidate(text, i);
        if (i >= text.size())
            break;
        if (!text[i].isDigit() || (i > 0 && (text[i - 1].isLetterOrNumber() || text[i - 1] == u'.' || text[i - 1] == u','))) {
            ++i;
            continue;
        }
        const Number number = readNumber(text, i, french);
        if (number.end == i) {
            ++i;
            continue;
        }
        qsizetype start = i;
        const Currency *currency = currencyBefore(text, i, &start);
        qsizetype p = skipSpaces(text, number.end);
        double factor = 1;
        const bool glued = p == number.end;
        qsizetype afterScale = number.end;
        auto tryScales = [&](auto &scales) {
            for (const Word &w : scales) {
                const QStringView word(w.text.data(), qsizetype(w.text.size()));
                // Single letters ("m", "b", "k") only glued to the number or
                // to a currency symbol: "5 m" may be metres.
                const bool symbolAfter = word.size() <= 3 && matchAt(text, p, word, false)
                    && p + word.size() < text.size()
                    && (text[p + word.size()] == QChar(0x20AC) || text[p + word.size()] == u'$');
                if (word.size() <= 2 && !glued && !symbolAfter && !(currency && word.size() == 2))
                    continue;
                if (symbolAfter || matchAt(text, p, word, true)) {
                    factor = w.factor;
                    afterScale = p + word.size();
                    return true;
                }
            }
            return false;
        };
        // Every scale word starts with a letter of one table or the other.
        if (mayStartOne<kEnglishScales>(text, p) || mayStartOne<kFrenchScales>(text, p)) {
            if (!(french ? tryScales(kFrenchScales) : tryScales(kEnglishScales)))
                french ? tryScales(kEnglishScales) : tryScales(kFrenchScales);
        }
        qsizetype end = afterScale;
        if (!currency) {
            qsizetype q = skipSpaces(text, afterScale);
            if (matchAt(text, q, u"de", true))
                q = skipSpaces(text, q + 2);
            else if (matchAt(text, q, u"d'", false) || matchAt(text, q, u"d\u2019", false))
                q += 2;
            // Most numbers are followed by a word none of these starts like.
            if (mayStartOne<kWordsAfter>(text, q)) {
                for (const Currency &c : kWordsAfter) {
                    const QStringView word(c.text.data(), qsizetype(c.text.size()));
                    if (matchAt(text, q, word, QChar(word[0]).isLetter())) {
                        currency = &c;
                        end = q + word.size();
                        break;
                    }
                }
            }
        }
        if (currency && number.value > 0) {
            MoneyMention m;
            m.start = offset + int(start);
            m.end = offset + int(end);
            m.amount.value = std::round(number.value * factor * 100.0) / 100.0;
            m.amount.currency = QStringView(currency->iso.data(), qsizetype(currency->iso.size())).toString();
            out.append(m);
            i = end;
        } else {
            i = number.end;
        }
    }
    return out;
}

QList<PercentMention> Quantities::findPercents(QStringView text, QStringView language, int offset)
{
    QList<PercentMention> out;
    const bool french = textIs(language, u"fr");
    qsizetype i = 0;
    while (i < text.size()) {
        i = nextDigitCandidate(text, i);
        if (i >= text.size())
            break;
        if (!text[i].isDigit() || (i > 0 && (text[i - 1].isLetterOrNumber() || text[i - 1] == u'.' || text[i - 1] == u','))) {
            ++i;
            continue;
        }
        const Number number = readNumber(text, i, french);
        if (number.end == i) {
            ++i;
            continue;
        }
        const qsizetype p = skipSpaces(text, number.end);
        qsizetype end = -1;
        if (p < text.size() && (text[p] == u'%' || text[p] == QChar(0xFF05)))
            end = p + 1;
        else if (matchAt(text, p, u"percent") || matchAt(text, p, u"per cent") || matchAt(text, p, u"pour cent")
                 || matchAt(text, p, u"pourcent") || matchAt(text, p, u"pct"))
            end = text.indexOf(u't', p) + 1;
        if (end > 0 && number.value <= 100) {
            out.append({offset + int(i), offset + int(end), number.value});
            i = end;
        } else {
            i = number.end;
        }
    }
    return out;
}

} // namespace liaison
