#include "commands.h"

#include "extract/extractor.h"
#include "text/loader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTextStream>
#include <QThread>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cmath>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <optional>
#include <span>
#include <thread>
#include <vector>

namespace liaison::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("liaison::cli", text);
}

// UTF-16 index -> code point index, for texts with characters outside the BMP.
class CodePoints
{
public:
    explicit CodePoints(const QString &text)
    {
        if (!hasHighSurrogate(text))
            return;
        m_map.resize(text.size() + 1);
        int cp = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            m_map[i] = cp;
            if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
                ++cp;
        }
        m_map[text.size()] = cp;
    }
    int operator()(int utf16) const
    {
        if (m_map.isEmpty())
            return utf16;
        return m_map.at(std::clamp<qsizetype>(utf16, 0, m_map.size() - 1));
    }

private:
    // Nearly every article is all BMP, so the whole text is scanned: eight
    // units a step where SSE2 is there (every x86-64).
    static bool hasHighSurrogate(const QString &text)
    {
        const char16_t *s = reinterpret_cast<const char16_t *>(text.constData());
        const char16_t *const end = s + text.size();
#if defined(__SSE2__)
        const __m128i mask = _mm_set1_epi16(short(0xFC00));
        const __m128i high = _mm_set1_epi16(short(0xD800));
        const auto highIn = [&](const char16_t *at) {
            const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
            return _mm_cmpeq_epi16(_mm_and_si128(units, mask), high);
        };
        // A first look at 32 units at once: a surrogate has its top bit set,
        // which almost no unit of a European text has; only blocks with one
        // are tested exactly.
        const auto load = [](const char16_t *at) { return _mm_loadu_si128(reinterpret_cast<const __m128i *>(at)); };
        for (; end - s >= 32; s += 32) {
            const __m128i any = _mm_or_si128(_mm_or_si128(load(s), load(s + 8)), _mm_or_si128(load(s + 16), load(s + 24)));
            if ((_mm_movemask_epi8(any) & 0xAAAA) == 0)
                continue;
            const __m128i high4 = _mm_or_si128(_mm_or_si128(highIn(s), highIn(s + 8)),
                                               _mm_or_si128(highIn(s + 16), highIn(s + 24)));
            if (_mm_movemask_epi8(high4) != 0)
                return true;
        }
        for (; end - s >= 8; s += 8) {
            if (_mm_movemask_epi8(highIn(s)) != 0)
                return true;
        }
#endif
        for (; s != end; ++s) {
            if ((*s & 0xFC00) == 0xD800)
                return true;
        }
        return false;
    }

    QList<int> m_map;
};

// Writes one JSON Lines object straight into bytes, exactly as
// QJsonDocument(object).toJson(QJsonDocument::Compact) writes it: the callers
// give keys in sorted order (QJsonObject's order), strings are escaped as Qt
// escapes them, numbers take Qt's forms. Building the QJsonObject tree and
// serialising it cost more than extracting a short article; appending through
// QByteArray cost a third of what is left, so the writer keeps a raw cursor
// into its buffer and checks the room once per field. The line goes at the end
// of the caller's buffer (the output block itself with one job), not into a
// buffer of its own that would be allocated, copied and freed per file.
class JsonLine
{
public:
    explicit JsonLine(QByteArray &out)
        : m_out(out)
    {
        const qsizetype used = out.size();
        out.resize(used + window); // within the block's capacity, no allocation
        m_p = out.data() + used;
        m_end = out.data() + out.size();
    }
    JsonLine(const JsonLine &) = delete;
    JsonLine &operator=(const JsonLine &) = delete;
    // Ends the line; the buffer holds exactly the bytes written.
    ~JsonLine()
    {
        room(1);
        *m_p++ = '\n';
        m_out.truncate(m_p - m_out.constData());
    }

    // Where the next byte goes, as an offset into the buffer (which may move).
    qsizetype offset() const { return m_p - m_out.constData(); }
    void raw(char c)
    {
        room(1);
        *m_p++ = c;
    }
    // Literals only: the length is known at compile time.
    template<size_t N>
    void raw(const char (&text)[N])
    {
        room(N - 1);
        put(text, N - 1);
    }
    void raw(QByteArrayView bytes)
    {
        room(bytes.size());
        put(bytes.data(), bytes.size());
    }
    // A short piece of JSON kept to be written again and again (a vocabulary
    // name, a formatted number). The whole array is copied: a copy of fixed
    // size is a few moves, one of the exact length a call.
    struct Snippet {
        std::array<char, 32> bytes{};
        qsizetype size = -1; // none
        static std::optional<Snippet> of(QByteArrayView text)
        {
            if (text.size() > qsizetype(sizeof bytes))
                return std::nullopt;
            Snippet snippet;
            std::memcpy(snippet.bytes.data(), text.data(), size_t(text.size()));
            snippet.size = text.size();
            return snippet;
        }
    };
    void raw(const Snippet &snippet)
    {
        room(sizeof snippet.bytes);
        putSnippet(snippet);
    }
    void null() { raw("null"); }
    void number(int value)
    {
        room(11);
        m_p = putNumber(m_p, value);
    }
    // QJsonValue(double) keeps integral values up to 2^53 as integers; other
    // finite values are written shortest-form, NaN and infinities as null.
    void number(double value)
    {
        room(doubleBytes);
        putDouble(value);
    }
    void string(QStringView text)
    {
        room(stringBytes(text));
        putString(text);
    }

    // A key (literal, with its comma and colon) and its value under one
    // room check: an object's fields are most of the checks a line makes.
    template<size_t N>
    void string(const char (&key)[N], QStringView text)
    {
        room(N - 1 + stringBytes(text));
        put(key, N - 1);
        putString(text);
    }
    // The optional fields: null when absent (an empty text, no value).
    template<size_t N>
    void stringOrNull(const char (&key)[N], QStringView text)
    {
        if (!text.isEmpty())
            string(key, text);
        else
            null(key);
    }
    template<size_t N>
    void null(const char (&key)[N])
    {
        room(N - 1 + 4);
        put(key, N - 1);
        put("null", 4);
    }
    template<size_t N>
    void number(const char (&key)[N], double value)
    {
        room(N - 1 + doubleBytes);
        put(key, N - 1);
        putDouble(value);
    }
    template<size_t N>
    void numberOrNull(const char (&key)[N], const std::optional<double> &value)
    {
        if (value)
            number(key, *value);
        else
            null(key);
    }
    // {"end":E,"start":S}, both in code points.
    template<size_t N>
    void span(const char (&key)[N], const Span &s, const CodePoints &cp)
    {
        room(N - 1 + spanBytes);
        put(key, N - 1);
        m_p = putSpan(m_p, s, cp);
    }
    template<size_t N>
    void raw(const char (&key)[N], const Snippet &snippet)
    {
        room(N - 1 + qsizetype(sizeof snippet.bytes));
        put(key, N - 1);
        putSnippet(snippet);
    }
    // Bytes this line already wrote, again (a name written once more).
    template<size_t N>
    void copy(const char (&key)[N], qsizetype from, qsizetype n)
    {
        room(N - 1 + n);
        put(key, N - 1);
        put(m_out.constData() + from, n);
    }
    // An entity's mentions, comma-separated spans, with one room check for
    // all of them.
    void spans(const QList<Span> &list, const CodePoints &cp)
    {
        room(list.size() * spanBytes);
        char *p = m_p;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i > 0)
                *p++ = ',';
            p = putSpan(p, list.at(i), cp);
        }
        m_p = p;
    }

private:
    // Makes room for `n` more bytes. Inline: it runs for every field, and
    // the buffer rarely has to grow.
    void room(qsizetype n)
    {
        if (Q_UNLIKELY(m_end - m_p < n))
            grow(n);
    }
    // Only the line's window widens: doubling the whole buffer would copy
    // the output block it shares. QByteArray grows its capacity
    // geometrically, so appends stay amortized constant.
    Q_NEVER_INLINE void grow(qsizetype n)
    {
        const qsizetype used = m_p - m_out.constData();
        m_out.resize(used + std::max(n, window));
        m_p = m_out.data() + used;
        m_end = m_out.data() + m_out.size();
    }
    // The callers made room.
    void put(const char *bytes, qsizetype n)
    {
        std::memcpy(m_p, bytes, size_t(n));
        m_p += n;
    }
    void putSnippet(const Snippet &snippet)
    {
        std::memcpy(m_p, snippet.bytes.data(), sizeof snippet.bytes);
        m_p += snippet.size;
    }
    // Six bytes per UTF-16 unit at most ("\u00xx", or a lone surrogate as
    // "\udxxx"), plus the quotes, plus eight: a short text's block is stored
    // whole.
    static qsizetype stringBytes(QStringView text) { return text.size() * 6 + 2 + 8; }
    void putString(QStringView text);
    // null, an integer (21 bytes) or a kept snippet.
    static constexpr qsizetype doubleBytes = 32;
    // Confidences and stakes take a handful of values, so recent ones are
    // kept formatted, one slot per hash of the value's bits (enough slots
    // that a handful rarely collide): a value met before is a copy, inline.
    // Qt formats each new one (putNewDouble), so the bytes stay Qt's.
    struct Formatted {
        quint64 bits = 0;
        Snippet text; // none: the slot is free
    };
    static Formatted &formattedSlot(quint64 bits)
    {
        static thread_local std::array<Formatted, 256> recent;
        return recent[size_t((bits * 0x9E3779B97F4A7C15u) >> 56)];
    }
    void putDouble(double value)
    {
        quint64 bits;
        std::memcpy(&bits, &value, sizeof bits);
        const Formatted &slot = formattedSlot(bits);
        if (slot.bits == bits && slot.text.size >= 0)
            putSnippet(slot.text);
        else
            putNewDouble(value);
    }
    Q_NEVER_INLINE void putNewDouble(double value);
    // The writers below take and give the cursor as a local pointer: a store
    // through m_p (a char pointer) might change any object, m_p itself
    // included, so the compiler would reload it after every byte.
    //
    // A span with its comma: {"end":E,"start":S}.
    static constexpr qsizetype spanBytes = 1 + sizeof "{\"end\":,\"start\":}" - 1 + 2 * 11;
    Q_ALWAYS_INLINE static char *putSpan(char *p, const Span &s, const CodePoints &cp)
    {
        std::memcpy(p, "{\"end\":", 7);
        p = putNumber(p + 7, cp(s.end));
        std::memcpy(p, ",\"start\":", 9);
        p = putNumber(p + 9, cp(s.start));
        *p++ = '}';
        return p;
    }
    // What QByteArray::number(qint64) gives; at most 20 bytes (11 for an int).
    // The digits are written in place, two at a time: offsets below 10,000
    // are most of the numbers a line holds and take the short way.
    Q_ALWAYS_INLINE static char *putNumber(char *p, qint64 value)
    {
        // Through unsigned, so the most negative value negates without overflow.
        quint64 magnitude = value < 0 ? 0u - quint64(value) : quint64(value);
        if (value < 0)
            *p++ = '-';
        if (magnitude < 100)
            return putUpTo99(p, unsigned(magnitude));
        if (magnitude < 10000) {
            // In 32 bits, the division by a constant is a shorter multiply.
            const unsigned small = unsigned(magnitude);
            const unsigned high = small / 100;
            p = putUpTo99(p, high);
            return putPair(p, small - 100 * high);
        }
        return putLarge(p, magnitude);
    }
    Q_NEVER_INLINE static char *putLarge(char *p, quint64 magnitude)
    {
        p += digitCount(magnitude);
        char *const end = p;
        while (magnitude >= 100) {
            const size_t pair = size_t(magnitude % 100) * 2;
            magnitude /= 100;
            p -= 2;
            p[0] = digitPairs[pair];
            p[1] = digitPairs[pair + 1];
        }
        if (magnitude >= 10) {
            p[-2] = digitPairs[magnitude * 2];
            p[-1] = digitPairs[magnitude * 2 + 1];
        } else {
            p[-1] = char('0' + magnitude);
        }
        return end;
    }
    // 0 to 99, without a leading zero.
    static char *putUpTo99(char *p, unsigned value)
    {
        if (value < 10) {
            *p = char('0' + value);
            return p + 1;
        }
        return putPair(p, value);
    }
    // Two digits, 00 to 99.
    static char *putPair(char *p, unsigned value)
    {
        p[0] = digitPairs[2 * value];
        p[1] = digitPairs[2 * value + 1];
        return p + 2;
    }
    static int digitCount(quint64 value)
    {
        int n = 1;
        for (; value >= 10000; value /= 10000)
            n += 4;
        return n + (value >= 10) + (value >= 100) + (value >= 1000);
    }
    // "00" to "99".
    static constexpr std::array<char, 200> digitPairs = [] {
        std::array<char, 200> pairs{};
        for (int i = 0; i < 100; ++i) {
            pairs[size_t(2 * i)] = char('0' + i / 10);
            pairs[size_t(2 * i + 1)] = char('0' + i % 10);
        }
        return pairs;
    }();

    // Bytes a line is given at once, enough for nearly every article's.
    static constexpr qsizetype window = 16 * 1024;

    QByteArray &m_out;
    char *m_p = nullptr;
    char *m_end = nullptr;
};

// A value putDouble() has no slot for: Qt formats it (and it is kept) unless
// it is integral or not finite.
void JsonLine::putNewDouble(double value)
{
    if (!std::isfinite(value)) {
        put("null", 4);
        return;
    }
    if (std::trunc(value) == value && std::fabs(value) <= 9007199254740992.0) {
        m_p = putNumber(m_p, qint64(value));
        return;
    }
    const QByteArray text = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    const std::optional<Snippet> snippet = Snippet::of(text);
    if (!snippet) { // longer than any double Qt writes; never kept
        raw(QByteArrayView(text));
        return;
    }
    quint64 bits;
    std::memcpy(&bits, &value, sizeof bits);
    Formatted &slot = formattedSlot(bits);
    slot.bits = bits;
    slot.text = *snippet;
    putSnippet(slot.text);
}

void JsonLine::putString(QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    char *d = m_p;
    *d++ = '"';
    const char16_t *const begin = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *const end = begin + text.size();
    const char16_t *s = begin;
#if defined(__SSE2__)
    // Names, titles and paths are mostly plain ASCII (printable, neither
    // quote nor backslash): eight units are tested and narrowed at once.
    // Eight bytes are stored even when fewer are plain; the room taken above
    // (six bytes per unit left) covers them.
    const auto load = [](const char16_t *at) { return _mm_loadu_si128(reinterpret_cast<const __m128i *>(at)); };
    // Two mask bits per unit that is not plain. Signed compares: units from
    // 0x8000 up are negative, so "below 0x20" also catches them.
    const auto specialBits = [](__m128i units) {
        return _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(_mm_cmplt_epi16(units, _mm_set1_epi16(0x20)),
                                                           _mm_cmpgt_epi16(units, _mm_set1_epi16(0x7F))),
                                              _mm_or_si128(_mm_cmpeq_epi16(units, _mm_set1_epi16('"')),
                                                           _mm_cmpeq_epi16(units, _mm_set1_epi16('\\')))));
    };
    // Most names are sixteen units or fewer, all plain: one or two blocks
    // (the second overlapping the first, or the text copied into a block of
    // plain units), no loop.
    const auto store = [](char *at, __m128i units) {
        _mm_storel_epi64(reinterpret_cast<__m128i *>(at), _mm_packus_epi16(units, units));
    };
    const qsizetype size = text.size();
    if (size >= 8 && size <= 16) {
        const __m128i head = load(begin);
        const __m128i tail = load(end - 8);
        if ((specialBits(head) | specialBits(tail)) == 0) {
            store(d, head);
            store(d + size - 8, tail);
            d += size;
            *d++ = '"';
            m_p = d;
            return;
        }
    } else if (size < 8) {
        char16_t block[8] = {u'a', u'a', u'a', u'a', u'a', u'a', u'a', u'a'};
        std::copy(begin, end, block);
        const __m128i units = load(block);
        if (specialBits(units) == 0) {
            store(d, units);
            d += size;
            *d++ = '"';
            m_p = d;
            return;
        }
    }
#endif
    while (s != end) {
#if defined(__SSE2__)
        if (end - s >= 8) {
            const __m128i units = load(s);
            const int bits = specialBits(units);
            _mm_storel_epi64(reinterpret_cast<__m128i *>(d), _mm_packus_epi16(units, units));
            const int plain = bits == 0 ? 8 : __builtin_ctz(unsigned(bits)) / 2;
            s += plain;
            d += plain;
            if (plain == 8)
                continue;
        } else if (s - begin >= 8 - (end - s)) {
            // Fewer than eight units left: the last eight of the text are
            // taken, the first `back` already written. When those were plain
            // they were written one byte each, as themselves, so the block is
            // stored `back` bytes early and rewrites them unchanged.
            const int back = int(8 - (end - s));
            const __m128i units = load(end - 8);
            const int bits = specialBits(units);
            if ((bits & ((1 << (2 * back)) - 1)) == 0) {
                _mm_storel_epi64(reinterpret_cast<__m128i *>(d - back), _mm_packus_epi16(units, units));
                const int rest = bits >> (2 * back);
                const int plain = rest == 0 ? int(end - s) : __builtin_ctz(unsigned(rest)) / 2;
                s += plain;
                d += plain;
                if (s == end)
                    break;
            }
        }
#endif
        const char16_t u = *s++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *d++ = char(u);
                continue;
            }
            *d++ = '\\';
            switch (u) {
            case u'"':
                *d++ = '"';
                break;
            case u'\\':
                *d++ = '\\';
                break;
            case 0x08:
                *d++ = 'b';
                break;
            case 0x0C:
                *d++ = 'f';
                break;
            case 0x0A:
                *d++ = 'n';
                break;
            case 0x0D:
                *d++ = 'r';
                break;
            case 0x09:
                *d++ = 't';
                break;
            default:
                *d++ = 'u';
                *d++ = '0';
                *d++ = '0';
                *d++ = hex[u >> 4];
                *d++ = hex[u & 0xF];
            }
        } else if (u < 0x800) {
            *d++ = char(0xC0 | (u >> 6));
            *d++ = char(0x80 | (u & 0x3F));
        } else if (!QChar::isSurrogate(u)) {
            *d++ = char(0xE0 | (u >> 12));
            *d++ = char(0x80 | ((u >> 6) & 0x3F));
            *d++ = char(0x80 | (u & 0x3F));
        } else if (QChar::isHighSurrogate(u) && s != end && QChar::isLowSurrogate(*s)) {
            const char32_t c = QChar::surrogateToUcs4(u, *s++);
            *d++ = char(0xF0 | (c >> 18));
            *d++ = char(0x80 | ((c >> 12) & 0x3F));
            *d++ = char(0x80 | ((c >> 6) & 0x3F));
            *d++ = char(0x80 | (c & 0x3F));
        } else {
            // A lone surrogate has no UTF-8 form: Qt writes it escaped.
            *d++ = '\\';
            *d++ = 'u';
            *d++ = hex[u >> 12];
            *d++ = hex[(u >> 8) & 0xF];
            *d++ = hex[(u >> 4) & 0xF];
            *d++ = hex[u & 0xF];
        }
    }
    *d++ = '"';
    m_p = d;
}

// A vocabulary's names as JSON strings, quotes included, made once from
// toString() so they cannot drift from it; indexed by the enum's value.
template<typename Enum>
class JsonNames
{
public:
    explicit JsonNames(std::span<const Enum> values)
    {
        for (Enum value : values) {
            const auto i = size_t(value);
            if (i >= m_names.size())
                m_names.resize(i + 1);
            QByteArray name;
            {
                JsonLine json(name);
                json.string(toString(value));
            }
            name.chop(1); // the line's newline
            if (const std::optional<JsonLine::Snippet> snippet = JsonLine::Snippet::of(name))
                m_names[i] = *snippet;
        }
    }
    // The key, then the name.
    template<size_t N>
    void write(JsonLine &json, const char (&key)[N], Enum value) const
    {
        const auto i = size_t(value);
        if (i < m_names.size() && m_names[i].size >= 0)
            json.raw(key, m_names[i]);
        else
            json.string(key, toString(value));
    }

private:
    std::vector<JsonLine::Snippet> m_names;
};

// The first non-blank line of the first 2,000 characters, trimmed, as a view
// into the text.
QStringView firstLine(const QString &text)
{
    const QStringView head = QStringView(text).left(2000);
    qsizetype from = 0;
    while (from <= head.size()) {
        qsizetype to = head.indexOf(u'\n', from);
        if (to < 0)
            to = head.size();
        const QStringView line = head.sliced(from, to - from).trimmed();
        if (!line.isEmpty())
            return line;
        from = to + 1;
    }
    return {};
}

// Keys in QJsonObject's (sorted) order, so the bytes are what QJsonDocument
// wrote for the same object.
// Out of line (one call per file) so that profiles show it apart.
Q_NEVER_INLINE void toJson(const QString &file, const SourceText &source, const Extraction &x, QByteArray &out)
{
    static const JsonNames<EntityType> entityTypes(allEntityTypes());
    static const JsonNames<RelationType> relationTypes(allRelationTypes());
    static const JsonNames<Status> statuses(allStatuses());
    const CodePoints cp(source.text);
    JsonLine json(out);
    // Where each entity's name was written, quotes included: the relations
    // name their ends again and copy those bytes rather than escape anew.
    struct Written {
        qsizetype at;
        qsizetype size;
    };
    QVarLengthArray<Written, 64> names(x.entities.size());
    json.raw("{\"entities\":[");
    for (qsizetype i = 0; i < x.entities.size(); ++i) {
        const ExtractedEntity &e = x.entities.at(i);
        if (i > 0)
            json.raw(",{\"aliases\":[");
        else
            json.raw("{\"aliases\":[");
        for (qsizetype a = 0; a < e.aliases.size(); ++a) {
            if (a > 0)
                json.raw(',');
            json.string(e.aliases.at(a));
        }
        json.raw("],\"mentions\":[");
        json.spans(e.mentions, cp);
        static constexpr char nameKey[] = "],\"name\":";
        const qsizetype at = json.offset() + qsizetype(sizeof nameKey) - 1;
        json.string(nameKey, e.name);
        names[i] = {at, json.offset() - at};
        entityTypes.write(json, ",\"type\":", e.type);
        json.raw('}');
    }
    json.string("],\"file\":", file);
    json.string(",\"language\":", x.language);
    json.raw(",\"relations\":[");
    const auto name = [&](const auto &key, int i) {
        if (i < 0 || i >= x.entities.size())
            json.null(key);
        else
            json.copy(key, names[i].at, names[i].size);
    };
    for (qsizetype i = 0; i < x.relations.size(); ++i) {
        const ExtractedRelation &r = x.relations.at(i);
        if (i > 0)
            json.raw(",{\"amount\":");
        else
            json.raw("{\"amount\":");
        if (r.amount) {
            json.string("{\"currency\":", r.amount->currency);
            json.number(",\"value\":", r.amount->value);
            json.raw('}');
        } else {
            json.null();
        }
        json.number(",\"confidence\":", r.confidence);
        json.stringOrNull(",\"date\":", r.date);
        json.span(",\"evidence\":", r.evidence, cp);
        json.stringOrNull(",\"role\":", r.role);
        name(",\"source\":", r.source);
        json.numberOrNull(",\"stake_percent\":", r.stakePercent);
        statuses.write(json, ",\"status\":", r.status);
        name(",\"target\":", r.target);
        relationTypes.write(json, ",\"type\":", r.type);
        json.raw('}');
    }
    json.string("],\"title\":", source.title.isEmpty() ? firstLine(source.text) : QStringView(source.title));
    json.raw('}');
}

// Appends one input file's JSON line to `out`; gives the stderr message when
// the file was refused.
QString extractFile(const Extractor &extractor, const QString &file, const QString &language, QByteArray &out)
{
    LoadOptions loadOptions;
    loadOptions.contentHash = false; // nothing here is stored or deduplicated
    const LoadResult loaded = loadFile(file, loadOptions);
    if (!loaded.ok()) {
        JsonLine json(out);
        json.raw("{\"error\":");
        json.string(loaded.error);
        json.raw(",\"file\":");
        json.string(file);
        json.raw('}');
        return loaded.error;
    }
    const SourceText &source = *loaded.source;
    ExtractOptions options;
    options.language = language.isEmpty() ? source.language : language;
    options.published = source.published;
    toJson(file, source, extractor.extract(source.text, options), out);
    return {};
}

// One input file's JSON line and, when it was refused, the stderr message, as
// a worker leaves them for the printing thread.
struct FileResult {
    QByteArray line;
    QString error;
    bool done = false;
};

// Sanitizer builds leave through the front door, so their leak checks run.
#if defined(__SANITIZE_ADDRESS__)
#define LIAISON_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer) || __has_feature(thread_sanitizer)
#define LIAISON_SANITIZED 1
#endif
#endif

// The output is written: ends the process at once. Returning would spend
// ~8 M instructions (2-3 ms) freeing the lexicons, the per-thread form tables
// and Qt's state, memory the system takes back anyway.
int finish(QTextStream &err, int status)
{
    err.flush();
#if !defined(LIAISON_SANITIZED)
    std::fflush(nullptr);
    std::_Exit(status);
#endif
    return status;
}

} // namespace

int runExtract(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads articles and prints the entities and relations they state, one JSON object per file "
           "(JSON Lines), in input order. Writes nothing to any database."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON Lines (the default and only format)."));
    const QCommandLineOption languageOption(QStringList{QStringLiteral("l"), QStringLiteral("language")},
                                            tr("Language of the articles: fr or en (default: detected)."),
                                            tr("lang"));
    const QCommandLineOption jobsOption(
        QStringList{QStringLiteral("j"), QStringLiteral("jobs")},
        tr("Files read at once, on that many threads (default: one per core). The output order stays the "
           "input order."),
        tr("n"));
    parser.addOption(jsonOption);
    parser.addOption(languageOption);
    parser.addOption(jobsOption);
    parser.addPositionalArgument(QStringLiteral("files"), tr("Articles to read (.txt, .md, .html, .pdf, .docx, .odt)."),
                                 QStringLiteral("FILE..."));
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << helpText(parser, arguments);
        return Ok;
    }
    const QString language = parser.value(languageOption);
    if (!language.isEmpty() && language != u"fr" && language != u"en") {
        err << tr("liaison-cli extract: --language must be fr or en") << '\n';
        return UsageError;
    }
    int jobs = std::max(1, QThread::idealThreadCount());
    if (parser.isSet(jobsOption)) {
        bool ok = false;
        jobs = parser.value(jobsOption).toInt(&ok);
        if (!ok || jobs < 1) {
            err << tr("liaison-cli extract: --jobs must be a positive number") << '\n';
            return UsageError;
        }
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << tr("liaison-cli extract: no input file") << '\n';
        err << helpText(parser, arguments);
        return UsageError;
    }

    const Extractor extractor; // const and thread-safe: one for all workers
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return Failure;
    int status = Ok;
    // Lines are gathered and written in blocks rather than one write per file;
    // the block goes out whenever this thread would otherwise wait, so output
    // still streams.
    // Its capacity is kept from block to block: clear() freed it, and growing
    // it again line by line cost more than the copies.
    QByteArray pending;
    pending.reserve(96 * 1024);
    const auto flush = [&] {
        if (!pending.isEmpty()) {
            out.write(pending);
            out.flush();
            pending.truncate(0);
        }
    };
    // A refused file's message goes to stderr after the lines before it and
    // before its own, so stdout and stderr keep their relative order on a
    // terminal.
    const auto refused = [&](qsizetype index, const QString &error) {
        flush();
        err << files.at(index) << ": " << error << '\n';
        err.flush();
        status = Failure;
    };
    const int threads = int(std::min<qsizetype>(jobs, files.size()));
    if (threads <= 1) {
        // Each line is written straight into the block.
        for (qsizetype i = 0; i < files.size(); ++i) {
            const qsizetype start = pending.size();
            const QString error = extractFile(extractor, files.at(i), language, pending);
            if (!error.isEmpty()) {
                const QByteArray line = pending.sliced(start);
                pending.truncate(start);
                refused(i, error);
                pending.append(line);
            }
            if (pending.size() >= 64 * 1024)
                flush();
        }
        flush();
        return finish(err, status);
    }

    // Workers take files in order and fill their slot; this thread prints the
    // slots in input order as soon as each is ready, so output streams.
    std::vector<FileResult> results(size_t(files.size()));
    std::mutex mutex;
    std::condition_variable ready;
    size_t next = 0;
    auto work = [&] {
        for (;;) {
            size_t index;
            {
                const std::lock_guard lock(mutex);
                if (next >= results.size())
                    return;
                index = next++;
            }
            FileResult result;
            result.error = extractFile(extractor, files.at(qsizetype(index)), language, result.line);
            result.done = true;
            {
                const std::lock_guard lock(mutex);
                results[index] = std::move(result);
            }
            ready.notify_one(); // only the printing thread waits
        }
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(work);
    for (size_t i = 0; i < results.size(); ++i) {
        FileResult result;
        {
            std::unique_lock lock(mutex);
            if (!results[i].done) {
                lock.unlock();
                flush();
                lock.lock();
                ready.wait(lock, [&] { return results[i].done; });
            }
            result = std::move(results[i]);
        }
        if (!result.error.isEmpty())
            refused(qsizetype(i), result.error);
        pending.append(result.line);
        if (pending.size() >= 64 * 1024)
            flush();
    }
    flush();
    for (std::thread &t : pool)
        t.join();
    return finish(err, status);
}

} // namespace liaison::cli
