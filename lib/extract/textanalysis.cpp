#include "textanalysis.h"

#include "textmatch.h"

#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <libstemmer.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <deque>
#include <memory>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace liaison {

namespace {

constexpr char16_t SoftHyphen = 0x00AD;

// After a hyphen, words that make an adjective of the name before them
// ("SoftBank-owned", "Paris-based"): the name stays a token of its own.
bool isAdjectivalSuffix(const QString &s, qsizetype from)
{
    static const QStringList suffixes = [] {
        QStringList l;
        for (const char *w : {"based", "owned", "backed", "born", "made", "led", "funded", "listed", "controlled",
                              "founded", "run", "focused", "powered", "driven", "linked", "affiliated", "designed",
                              "built", "developed", "operated", "headquartered", "style", "like", "related"})
            l << QString::fromLatin1(w);
        return l;
    }();
    qsizetype end = from;
    while (end < s.size() && s.at(end).isLetter())
        ++end;
    if (end < s.size() && (s.at(end) == u'-' || s.at(end).isLetterOrNumber()))
        return false;
    const QStringView word = QStringView(s).mid(from, end - from);
    // An ASCII word (nearly all) is lower-cased here once and compared by
    // size and units: Qt's case folding of ASCII is the same; other words
    // take the general comparison (a non-ASCII letter may fold to ASCII).
    constexpr qsizetype Longest = 13; // "headquartered"
    if (word.size() > Longest)
        return false;
    char16_t lower[Longest];
    bool ascii = true;
    for (qsizetype k = 0; k < word.size() && ascii; ++k) {
        const char16_t c = word[k].unicode();
        ascii = c < 0x80;
        lower[k] = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    }
    if (ascii) {
        const QStringView folded(lower, word.size());
        return std::any_of(suffixes.cbegin(), suffixes.cend(),
                           [&](const QString &suffix) { return textEquals(folded, suffix); });
    }
    for (const QString &suffix : suffixes) {
        // Qt compares case-insensitively code unit by code unit: words of
        // different lengths never match.
        if (word.size() == suffix.size() && word.compare(suffix, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// What the tokenizer asks of a UTF-16 unit, as bits: one table load per unit
// for Latin-1 (nearly every unit of a text) instead of a chain of QChar calls.
enum UnitClass : quint8 {
    Skipped = 1,     // between tokens: QChar::isSpace, soft hyphen, ZWJ, VS16
    Digit = 2,       // QChar::isDigit
    WordUnit = 4,    // inside a word: letter or number, mark, soft hyphen
    Letter = 8,      // QChar::isLetter
    Upper = 16,      // QChar::isUpper
    Punctuation = 32, // QChar::isPunct
    Joiner = 64       // '-' '.' ':' '&' '\'': may join two runs of word units into one word
};

quint8 classifyUnit(char16_t u)
{
    const QChar c(u);
    quint8 bits = 0;
    if (c.isSpace() || u == SoftHyphen || u == 0x200D || u == 0xFE0F)
        bits |= Skipped;
    if (c.isDigit())
        bits |= Digit;
    if (c.isLetterOrNumber() || c.isMark() || u == SoftHyphen)
        bits |= WordUnit;
    if (c.isLetter())
        bits |= Letter;
    if (c.isUpper())
        bits |= Upper;
    if (c.isPunct())
        bits |= Punctuation;
    if (u == u'-' || u == u'.' || u == u':' || u == u'&' || u == u'\'')
        bits |= Joiner;
    return bits;
}

// Filled from classifyUnit itself, so the table cannot disagree with it.
const std::array<quint8, 256> kLatin1Classes = [] {
    std::array<quint8, 256> t{};
    for (char16_t u = 0; u < 256; ++u)
        t[u] = classifyUnit(u);
    return t;
}();

Q_ALWAYS_INLINE quint8 unitClass(char16_t u)
{
    return u < 256 ? kLatin1Classes[u] : classifyUnit(u);
}

// Past the ASCII letters (all word units) among the eight units from `j`,
// with SSE2 and eight units left before `n`; else `j` itself. The caller's
// table loop goes on from there: one step covers most words, and a loop of
// steps cost more to set up than it saved (words are short). Digits, rare
// inside a word, are left to the table loop: testing for them cost every
// word more than it saved the few with one.
Q_ALWAYS_INLINE qsizetype asciiWordRunEnd(const char16_t *d, qsizetype j, qsizetype n)
{
#if defined(__SSE2__)
    if (j + 8 <= n) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + j));
        // u - 'a' < 26 with bit 5 set, unsigned: biased by 0x8000 so that
        // the signed comparison answers.
        const __m128i letter = _mm_cmplt_epi16(
            _mm_add_epi16(_mm_or_si128(v, _mm_set1_epi16(0x20)), _mm_set1_epi16(qint16(0x8000 - u'a'))),
            _mm_set1_epi16(qint16(-0x8000 + 26)));
        const quint32 mask = quint32(_mm_movemask_epi8(letter));
        return j + qCountTrailingZeroBits(~mask | 0x10000) / 2;
    }
#else
    Q_UNUSED(d);
    Q_UNUSED(n);
#endif
    return j;
}

inline bool isWordChar(QChar c)
{
    return unitClass(c.unicode()) & WordUnit;
}

bool isLetterAt(const QString &s, qsizetype i)
{
    return i < s.size() && ((unitClass(s.at(i).unicode()) & Letter) || s.at(i).isHighSurrogate());
}

bool isDigitAt(const QString &s, qsizetype i)
{
    return i < s.size() && (unitClass(s.at(i).unicode()) & Digit);
}

// Words that, before an apostrophe, are French elisions ("l'", "qu'"): l d j
// m n s t c, qu, jusqu, and lorsqu puisqu quoiqu presqu, in any case.
bool isElision(QStringView word)
{
    const qsizetype size = word.size();
    if (size != 1 && size != 2 && size != 5 && size != 6)
        return false;
    // All ASCII: no other character lower-cases into one of them.
    char16_t lower[6];
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = word[i].unicode();
        if (c >= 0x80)
            return false;
        lower[i] = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    }
    const QStringView w(lower, size);
    switch (size) {
    case 1:
        return std::u16string_view(u"ldjmnstc").find(lower[0]) != std::u16string_view::npos;
    case 2:
        return textIs(w, u"qu");
    case 5:
        return textIs(w, u"jusqu");
    default:
        return textIs(w, u"lorsqu") || textIs(w, u"puisqu") || textIs(w, u"quoiqu") || textIs(w, u"presqu");
    }
}

// "U.S", "J.R.R": single letters separated by dots.
bool isDottedAcronym(QStringView w)
{
    if (w.size() < 3)
        return false;
    for (qsizetype i = 0; i < w.size(); ++i) {
        if (i % 2 == 0 ? !w[i].isLetter() : w[i] != u'.')
            return false;
    }
    return true;
}

struct StemmerDeleter {
    void operator()(sb_stemmer *s) const { sb_stemmer_delete(s); }
};

// The stems made so far by word, bounded: open addressing over a flat
// array, on the word's foldedWordHash. A QHash<QString, QString> hashed a
// new word twice (look-up, then insertion), each time with qHash's set-up,
// and grew by rehashing from empty while the lexicons loaded.
class StemCache
{
public:
    // The stem of `word` (hashed `h`), or null when it has none yet.
    const QString *find(const QString &word, quint64 h) const
    {
        for (size_t i = index(h); !m_slots[i].word.isNull(); i = (i + 1) & m_mask) {
            if (m_slots[i].hash == h && textEquals(m_slots[i].word, word))
                return &m_slots[i].stem;
        }
        return nullptr;
    }

    // Adds a word that find() does not know.
    void insert(const QString &word, quint64 h, const QString &stem)
    {
        if (m_count >= MaxWords) // a long run over many texts: start again
            *this = StemCache();
        place({h, word, stem});
        if (++m_count * 2 > m_slots.size())
            grow();
    }

private:
    struct Slot {
        quint64 hash = 0;
        QString word; // null: an empty slot (a cached word is never empty)
        QString stem;
    };
    static constexpr size_t MaxWords = 200000;
    // Room for the lexicons' words, stemmed as they load, before a growth.
    static constexpr size_t InitialSlots = 2048;

    size_t index(quint64 h) const { return size_t(h ^ (h >> 32)) & m_mask; }

    void place(Slot &&slot)
    {
        size_t i = index(slot.hash);
        while (!m_slots[i].word.isNull())
            i = (i + 1) & m_mask;
        m_slots[i] = std::move(slot);
    }

    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        m_mask = m_slots.size() - 1;
        for (Slot &slot : old) {
            if (!slot.word.isNull())
                place(std::move(slot));
        }
    }

    std::vector<Slot> m_slots = std::vector<Slot>(InitialSlots);
    size_t m_mask = InitialSlots - 1;
    size_t m_count = 0;
};

// One Snowball stemmer and a bounded cache of its results per thread and
// language: libstemmer instances are not thread-safe, and news text repeats
// its words so the cache saves most of the stemming.
struct ThreadStemmer {
    explicit ThreadStemmer(const char *algorithm)
        : stemmer(sb_stemmer_new(algorithm, "UTF_8"))
    {
    }
    std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer;
    StemCache cache;
};

ThreadStemmer *threadStemmer(const QString &language)
{
    thread_local ThreadStemmer fr("french");
    thread_local ThreadStemmer en("english");
    if (textIs(language, u"fr"))
        return &fr;
    if (textIs(language, u"en"))
        return &en;
    return nullptr;
}

// Abbreviations whose period never ends a sentence (titles, "cf.", "St.").
bool isNonFinalAbbreviation(const QString &folded)
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *w : {"m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "prof", "mr", "mrs", "ms",
                              "st", "ste", "sr", "jr", "me", "mgr", "gen", "gov", "sen", "rep", "vol", "pp",
                              "art", "cf", "ca", "approx", "fig", "av", "bd", "ave", "mt", "ft", "etc", "vs",
                              "no", "nos", "col", "lt", "sgt", "capt", "rev", "hon", "messrs", "env", "resp"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    // None is longer than six letters: most words before a period are.
    return folded.size() <= 6 && set.contains(folded);
}

// Corporate abbreviations: their period ends a sentence only before a word
// that typically starts one.
bool isCorporateAbbreviation(const QString &folded)
{
    static const QSet<QString> set{QStringLiteral("inc"), QStringLiteral("corp"), QStringLiteral("ltd"),
                                   QStringLiteral("co"),  QStringLiteral("bros"), QStringLiteral("plc")};
    return folded.size() >= 2 && folded.size() <= 4 && set.contains(folded);
}

bool isSentenceStarter(const QString &folded)
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *w : {"the", "this", "that", "these", "it", "its", "he", "she", "they", "we", "i", "in",
                              "on", "at", "but", "and", "a", "an", "as", "after", "for", "le", "la", "les", "l'",
                              "il", "elle", "ils", "elles", "un", "une", "des", "en", "ce", "cette", "ces", "mais",
                              "selon", "according", "its", "his", "her", "their", "son", "sa", "ses", "leur"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return set.contains(folded);
}

bool isClosingPunct(QChar c)
{
    return c == u'"' || c == u')' || c == u']' || c == u'\'' || c == u'}';
}

bool isTerminator(const Document &doc, const Token &t)
{
    if (t.kind != Token::Punct)
        return false;
    const QChar c = doc.text.at(t.start);
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026';
}

} // namespace

namespace {

// What normalizeText writes for the unit `c` (at or past 0x80), 0 to keep it.
char16_t normalizedUnit(char16_t c)
{
    switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
        return u'\'';
    case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
    case 0x2039: case 0x203A:
        return u'"';
    case 0x00A0: case 0x202F: case 0x2007: case 0x2009: case 0x200A: case 0x2002: case 0x2003:
    case 0x2004: case 0x2005: case 0x2006: case 0x2008: case 0x205F: case 0x3000: case 0x200B:
    case 0xFEFF:
        return u' ';
    case 0x2010: case 0x2011:
        return u'-';
    case 0x2028: case 0x2029:
        return u'\n';
    default:
        return 0;
    }
}

} // namespace

QString normalizeText(const QString &text)
{
    QString out = text; // shares the data until the first change
    QChar *d = nullptr;
    const char16_t *src = QStringView(text).utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        // Runs of ASCII (nearly all of a text) are passed eight units at a
        // time with SSE2, up to the first unit past ASCII of the last step
        // (not the step's first unit, which would have the loops below
        // read its ASCII units again); four at a time without SSE2.
#if defined(__SSE2__)
        while (i + 8 <= n) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(src + i));
            const quint32 ascii = quint32(_mm_movemask_epi8(
                _mm_cmpeq_epi16(_mm_and_si128(v, _mm_set1_epi16(qint16(0xFF80))), _mm_setzero_si128())));
            if (ascii != 0xFFFF) {
                // A step with units past ASCII goes on when normalizedUnit
                // keeps them all: below U+00A0 or in U+00C0..U+02BB (the
                // accented Latin letters, most units past ASCII in a text).
                // Compared unsigned: biased by 0x8000 for the signed test.
                const __m128i bias = _mm_set1_epi16(qint16(0x8000));
                const __m128i low = _mm_cmplt_epi16(_mm_xor_si128(v, bias), _mm_set1_epi16(qint16(0x8000 + 0xA0)));
                const __m128i latin = _mm_cmplt_epi16(_mm_xor_si128(_mm_sub_epi16(v, _mm_set1_epi16(0xC0)), bias),
                                                      _mm_set1_epi16(qint16(0x8000 + 0x2BC - 0xC0)));
                const quint32 kept = quint32(_mm_movemask_epi8(_mm_or_si128(low, latin)));
                if (kept != 0xFFFF) {
                    i += qCountTrailingZeroBits(~kept) / 2;
                    break;
                }
            }
            i += 8;
        }
#endif
        quint64 four;
        while (i + 4 <= n && (std::memcpy(&four, src + i, sizeof four), (four & 0xFF80FF80FF80FF80ull) == 0))
            i += 4;
        if (i >= n)
            break;
        const char16_t c = src[i];
        if (c < 0x80)
            continue;
        if (const char16_t r = normalizedUnit(c)) {
            if (!d)
                d = out.data(); // detaches once; same length throughout
            d[i] = QChar(r);
        }
    }
    return out;
}

QString foldText(QStringView text)
{
    // Units gathered on the stack, the string made once at the end:
    // QString::append(QChar) is an out-of-line call a unit.
    QVarLengthArray<char16_t, 64> out;
    const auto put = [&out](QChar c) { out.append(c.unicode()); };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if (u < 0x80) {
            put(u >= u'A' && u <= u'Z' ? QChar(u + 32) : c);
            continue;
        }
        if (u == SoftHyphen || c.isMark())
            continue;
        if (c.isSurrogate()) {
            put(c);
            continue;
        }
        switch (u) {
        case 0x00DF: put(u's'); put(u's'); continue;
        case 0x00C6: case 0x00E6: put(u'a'); put(u'e'); continue;
        case 0x0152: case 0x0153: put(u'o'); put(u'e'); continue;
        case 0x00D8: case 0x00F8: put(u'o'); continue;
        case 0x0141: case 0x0142: put(u'l'); continue;
        case 0xFB01: put(u'f'); put(u'i'); continue;
        case 0xFB02: put(u'f'); put(u'l'); continue;
        default: break;
        }
        if (c.decompositionTag() == QChar::Canonical) {
            const QString dec = c.decomposition();
            for (QChar dc : dec) {
                if (!dc.isMark())
                    put(dc.toLower());
            }
            continue;
        }
        put(c.toLower());
    }
    // Never null, as before (an empty result too).
    return QString(reinterpret_cast<const QChar *>(out.constData()), out.size());
}

QString stemWord(const QString &folded, const QString &language)
{
    ThreadStemmer *ts = threadStemmer(language);
    if (!ts || !ts->stemmer || folded.isEmpty() || folded.size() > 64)
        return folded;
    const quint64 hash = foldedWordHash(folded);
    if (const QString *cached = ts->cache.find(folded, hash))
        return *cached;
    // An ASCII word is its own UTF-8, and an ASCII stem its own Latin-1:
    // both are copied by a plain loop rather than converted.
    char ascii[64]; // folded.size() <= 64
    const char16_t *units = QStringView(folded).utf16();
    qsizetype n = 0;
    while (n < folded.size() && units[n] < 0x80) {
        ascii[n] = char(units[n]);
        ++n;
    }
    QByteArray utf8;
    if (n < folded.size())
        utf8 = folded.toUtf8();
    const char *input = n < folded.size() ? utf8.constData() : ascii;
    const int inputSize = n < folded.size() ? int(utf8.size()) : int(n);
    const sb_symbol *s = sb_stemmer_stem(ts->stemmer.get(), reinterpret_cast<const sb_symbol *>(input), inputSize);
    QString stem = folded;
    if (s) {
        const char *out = reinterpret_cast<const char *>(s);
        const int outSize = sb_stemmer_length(ts->stemmer.get());
        // An ASCII word that is its own stem (about half of them) keeps
        // its data: no string is made only to be compared with it.
        const bool unchanged = n == folded.size() && outSize == inputSize && std::memcmp(out, input, size_t(n)) == 0;
        if (!unchanged) {
            const bool plain = std::all_of(out, out + outSize, [](char c) { return uchar(c) < 0x80; });
            stem = plain ? QString::fromLatin1(out, outSize) : QString::fromUtf8(out, outSize);
            if (stem == folded)
                stem = folded; // share the data
        }
    }
    ts->cache.insert(folded, hash, stem);
    return stem;
}

void WordForm::makeStem() const
{
    static const QString french = QStringLiteral("fr");
    static const QString english = QStringLiteral("en");
    stem = stemWord(folded, stemLanguage == StemFrench ? french : english);
    stemLanguage = StemNone;
}

namespace {

// One shared string per ASCII character, so punctuation tokens allocate nothing.
const QString &asciiString(char16_t c)
{
    static const QList<QString> strings = [] {
        QList<QString> l;
        for (char16_t i = 0; i < 128; ++i)
            l.append(QString(QChar(i)));
        return l;
    }();
    return strings.at(c);
}

// The stem of a word token is left for WordForm::stemmed() to make, in the
// languages stemWord stems; elsewhere it is the folded form, as stemWord
// would answer.
void setStem(WordForm &t, Token::Kind kind, const QString &language)
{
    t.stem = t.folded;
    if (kind != Token::Word || t.folded.isEmpty() || t.folded.size() > 64)
        return;
    if (textIs(language, u"fr"))
        t.stemLanguage = WordForm::StemFrench;
    else if (textIs(language, u"en"))
        t.stemLanguage = WordForm::StemEnglish;
}

// The case-folded, accent-folded and stemmed forms of a word or number token,
// a pure function of its surface, kind and the document's language. `t.surface`
// holds `surface` already (the lower case may share its data).
void computeForms(QStringView surface, const QString &language, Token::Kind kind, WordForm &t)
{
    {
        bool ascii = true;
        for (QChar c : surface) {
            if (c.unicode() >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            // The common case: no Unicode tables, and no allocation at all
            // for a word without capitals (its lower case is its surface).
            bool anyUpper = false;
            bool anyLower = false;
            int letters = 0;
            for (const QChar ch : surface) {
                const char16_t c = ch.unicode();
                if (c >= u'A' && c <= u'Z') {
                    anyUpper = true;
                    ++letters;
                } else if (c >= u'a' && c <= u'z') {
                    anyLower = true;
                    ++letters;
                }
            }
            if (anyUpper) {
                QString lower(surface.size(), Qt::Uninitialized);
                QChar *d = lower.data();
                for (qsizetype k = 0; k < surface.size(); ++k) {
                    const char16_t c = surface[k].unicode();
                    d[k] = QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c);
                }
                t.lower = lower;
            } else {
                t.lower = t.surface;
            }
            const char16_t f = surface.front().unicode();
            t.capitalized = f >= u'A' && f <= u'Z';
            t.allCaps = anyUpper && !anyLower && letters >= 2;
            t.folded = t.lower;
            setStem(t, kind, language);
            return;
        }
        // Written in place (a unit a unit, soft hyphens dropped), then cut
        // to its length: QString::append is an out-of-line call a unit.
        QString lower(surface.size(), Qt::Uninitialized);
        QChar *out = lower.data();
        bool anyUpper = false;
        bool anyLower = false;
        int letters = 0;
        for (QChar c : surface) {
            if (c.unicode() == SoftHyphen)
                continue;
            if (c.isLetter()) {
                ++letters;
                if (c.isUpper() || c.isTitleCase())
                    anyUpper = true;
                else if (c.isLower())
                    anyLower = true;
            }
            *out++ = c.toLower();
        }
        lower.truncate(out - lower.constData());
        t.lower = lower;
        t.capitalized = !surface.isEmpty() && (surface.front().isUpper() || surface.front().isTitleCase());
        t.allCaps = anyUpper && !anyLower && letters >= 2;
        t.folded = foldText(lower);
        if (t.folded == lower)
            t.folded = lower; // share the data
        setStem(t, kind, language);
    }
}

// Elements that never move (pointers to them stay valid), allocated a chunk
// of many at a time: std::deque's blocks hold two WordForms, so it allocated
// for every other new form.
template<typename T, size_t Chunk = 256>
class StableStore
{
public:
    T &emplace_back()
    {
        if (m_used == Chunk || m_chunks.empty()) {
            m_chunks.push_back(std::make_unique<T[]>(Chunk));
            m_used = 0;
        }
        return m_chunks.back()[m_used++];
    }

private:
    std::vector<std::unique_ptr<T[]>> m_chunks;
    size_t m_used = 0;
};

// Interned word forms, one table per thread and language: news text repeats
// its words, so most tokens cost one hash probe and point at the strings of
// the first occurrence instead of building three new ones. The forms live in
// a generation that every Document made from it keeps alive; a full table
// starts a new generation between documents, never within one.
//
// The table is open addressing over a flat array of slots that hold the
// hash, the kind and a copy of the surface's characters in a packed arena:
// a probe touches one slot and a few bytes of the arena instead of chasing a
// std::unordered_map node, a heap-allocated key and the form (cache misses
// that took a tenth of the extraction time).
class FormTable
{
public:
    // One distinct surface and kind (stable address until the next
    // generation): its form in each language of the table, and what the
    // language guess counts in it.
    struct Entry {
        const WordForm *forms[2] = {nullptr, nullptr}; // by language index
        bool counted = false; // `words` is set
        // guessLanguage's stopwords among the surface's letter runs: French
        // in the low 16 bits, English in the high ones (a text's first 40,000
        // units hold at most 20,000 runs, so neither sum carries).
        quint32 words = 0;
    };

private:
    struct Generation {
        StableStore<WordForm> forms;
        StableStore<FoldedEntry> folded;
        // The folded entries by text, open addressing on their wordHash (made
        // for the entry anyway): a QHash<QString> hashed every new form's
        // folded text a second time and allocated a node for it.
        struct FoldedSlot {
            quint64 hash = 0;
            const QString *text = nullptr; // the folded text of the form that added it; null: empty
            const FoldedEntry *entry = nullptr;
        };
        std::vector<FoldedSlot> byFolded = std::vector<FoldedSlot>(1024);
        size_t foldedCount = 0;

        const FoldedEntry *foldedEntry(const QString &text)
        {
            const quint64 h = foldedWordHash(text);
            size_t mask = byFolded.size() - 1;
            size_t i = size_t(h ^ (h >> 32)) & mask;
            for (; byFolded[i].text; i = (i + 1) & mask) {
                if (byFolded[i].hash == h && *byFolded[i].text == text)
                    return byFolded[i].entry;
            }
            FoldedEntry &added = folded.emplace_back();
            added.wordHash = h;
            byFolded[i] = {h, &text, &added};
            if (++foldedCount * 2 > byFolded.size()) {
                std::vector<FoldedSlot> old(byFolded.size() * 2);
                old.swap(byFolded);
                mask = byFolded.size() - 1;
                for (const FoldedSlot &slot : old) {
                    if (!slot.text)
                        continue;
                    size_t k = size_t(slot.hash ^ (slot.hash >> 32)) & mask;
                    while (byFolded[k].text)
                        k = (k + 1) & mask;
                    byFolded[k] = slot;
                }
            }
            return &added;
        }
    };
    // One cache line: a token whose form exists reads its slot alone (the
    // entry and the form were two more cache misses a token).
    struct alignas(64) Slot {
        quint32 hash = 0; // the low half of find's hash: all the mask keeps
        // The forms' capitalized / allCaps (a function of the surface and
        // kind, so the same in both languages), valid once a form is copied.
        bool capitalized = false;
        bool allCaps = false;
        // The surface's first and last four units (all of a surface of up
        // to eight: most are, and need no look at the arena), as the hash
        // reads them; both the whole surface when it is shorter than four.
        quint64 first = 0;
        quint64 last = 0;
        const char16_t *chars = nullptr; // into m_arena; null: empty slot
        Entry *entry = nullptr;
        const WordForm *forms[2] = {nullptr, nullptr}; // entry->forms, copied here once made
        quint64 shape = 0; // shapeOf(length, kind): both compared at once
    };
    static_assert(sizeof(Slot) == 64);
    static quint64 shapeOf(size_t length, Token::Kind kind) { return quint64(length) | (quint64(kind) << 32); }
    static constexpr qsizetype MaxForms = 100000;
    static constexpr size_t ArenaChunk = 32768; // char16_t per arena block

public:
    // Called before each document: the generation its tokens will share.
    const std::shared_ptr<Generation> &begin()
    {
        if (!m_current || m_size > MaxForms) { // bounded: a long run over many documents
            m_current = std::make_shared<Generation>();
            m_slots.assign(1024, Slot());
            m_mask = m_slots.size() - 1;
            m_entries.clear();
            m_single.fill(nullptr);
            m_singleForms.fill(nullptr);
            m_size = 0;
            m_arena.clear();
            m_arenaUsed = ArenaChunk;
        }
        return m_current;
    }

    // Every token's form in language `index` (and its capitalized / allCaps
    // bits), `text` the units the tokens index. A function of its own: in a
    // larger one (with a frame pointer, and more values live across the
    // calls that add to the table) the loop kept its token on the stack.
    Q_NEVER_INLINE void setForms(Token *tokens, qsizetype count, const char16_t *text, int index,
                                 const QString &language)
    {
        for (Token *t = tokens, *end = tokens + count; t != end; ++t)
            t->form = &forms(QStringView(text + t->start, t->end - t->start), index, language, *t);
    }

    // The interned form of `surface` (a token of `kind`) in the table's
    // language `index`; also sets the token's capitalized / allCaps bits from it.
    Q_ALWAYS_INLINE const WordForm &forms(QStringView surface, int index, const QString &language, Token &t)
    {
        const char16_t *chars = surface.utf16();
        const size_t length = size_t(surface.size());
        if (length == 1 && chars[0] < 128) {
            // A hundred or so forms, read by a quarter of the tokens: in cache.
            const WordForm *&single = m_singleForms[(size_t(index) * 4 + size_t(t.kind)) * 128 + chars[0]];
            if (!single)
                single = &formOf(entry(surface, t.kind), index, surface, language, t.kind);
            t.capitalized = single->capitalized;
            t.allCaps = single->allCaps;
            return *single;
        }
        Slot &slot = find(chars, length, t.kind);
        const WordForm *form = slot.forms[index];
        if (Q_UNLIKELY(!form)) {
            form = &formOf(*slot.entry, index, surface, language, t.kind);
            slot.forms[index] = form;
            slot.capitalized = form->capitalized;
            slot.allCaps = form->allCaps;
        }
        t.capitalized = slot.capitalized;
        t.allCaps = slot.allCaps;
        return *form;
    }

    // The entry of `surface` as a token of `kind`, added when new (inline
    // in the tokenizer's loop: a call per token cost more than the guess it
    // saves).
    Q_ALWAYS_INLINE Entry &entry(QStringView surface, Token::Kind kind)
    {
        const char16_t *chars = surface.utf16();
        const size_t length = size_t(surface.size());
        // One ASCII character (punctuation, "a", "5": a quarter of the
        // tokens): its entry by index, without hashing or probing.
        if (length == 1 && chars[0] < 128) {
            Entry *&single = m_single[size_t(kind) * 128 + chars[0]];
            if (!single)
                single = find(chars, length, kind).entry;
            return *single;
        }
        return *find(chars, length, kind).entry;
    }

private:
    // The slot of the surface and kind, added when new.
    Q_ALWAYS_INLINE Slot &find(const char16_t *chars, size_t length, Token::Kind kind)
    {
        // The first and last four units (all of most surfaces) multiplied
        // apart, with the length, the kind and any units between them (four
        // a step); the high half folded onto the low one, which the mask
        // keeps. The table's layout is all the hash decides: forms keep
        // their order of creation.
        quint64 first; // the units of the first and last steps, compared as integers
        quint64 last;
        quint64 h = (quint64(kind) << 56) ^ length;
        size_t head = 0; // the units before the last step
        if (length >= 4) {
            std::memcpy(&first, chars, sizeof first);
            // The last four units, overlapping the step before when the
            // length is not a multiple of four (the length is in the hash).
            head = length - 4;
            std::memcpy(&last, chars + head, sizeof last);
            for (size_t k = 4; k < head; k += 4) {
                quint64 step;
                std::memcpy(&step, chars + k, sizeof step);
                h = (h ^ step) * 0x9E3779B97F4A7C15ull;
                h ^= h >> 32;
            }
        } else {
            last = chars[0];
            if (length > 1)
                last |= quint64(chars[1]) << 16;
            if (length > 2)
                last |= quint64(chars[2]) << 32;
            first = last;
        }
        h = ((h ^ first) * 0x9E3779B97F4A7C15ull) ^ (last * 0xC2B2AE3D27D4EB4Full);
        h ^= h >> 32;
        const quint64 shape = shapeOf(length, kind);
        Slot *slotArray = m_slots.data();
        size_t i = size_t(h) & m_mask;
        while (slotArray[i].chars) {
            Slot &slot = slotArray[i];
            // Most surfaces have eight units or fewer: all in `first` and
            // `last`. (The units tell other surfaces apart as soon as the
            // hash would, so it is not compared.)
            if (slot.last == last && slot.first == first && slot.shape == shape
                && sameQuads(slot.chars, chars, 4, qsizetype(head)))
                return slot;
            i = (i + 1) & m_mask;
        }
        return add(i, h, first, last, chars, length, kind);
    }

public:
    // The entry's form in language `index`, made on first use.
    Q_ALWAYS_INLINE const WordForm &formOf(Entry &e, int index, QStringView surface, const QString &language,
                                           Token::Kind kind)
    {
        if (const WordForm *f = e.forms[index])
            return *f;
        return makeForm(e, index, surface, language, kind);
    }

private:
    Q_NEVER_INLINE Slot &add(size_t i, quint64 h, quint64 first, quint64 last, const char16_t *chars, size_t length,
                             Token::Kind kind)
    {
        Entry &added = m_entries.emplace_back();
        Slot &slot = m_slots[i];
        slot.hash = quint32(h);
        slot.chars = store(chars, length);
        slot.shape = shapeOf(length, kind);
        slot.first = first;
        slot.last = last;
        slot.entry = &added;
        if (++m_size * 2 <= qsizetype(m_slots.size()))
            return slot;
        grow();
        // The added slot's new place.
        i = size_t(h) & m_mask;
        while (m_slots[i].entry != &added)
            i = (i + 1) & m_mask;
        return m_slots[i];
    }

    Q_NEVER_INLINE const WordForm &makeForm(Entry &e, int index, QStringView surface, const QString &language,
                                            Token::Kind kind)
    {
        WordForm &form = m_current->forms.emplace_back();
        form.surface = surface.toString();
        form.hasDigit = std::any_of(surface.begin(), surface.end(), [](QChar c) { return c.isDigit(); });
        form.plainInner = true;
        for (qsizetype p = 1; p < surface.size() && form.plainInner; ++p) {
            const QChar ch = surface[p];
            if ((ch.isUpper() && surface[p - 1] != u'-' && surface[p - 1] != u'\'') || ch.isDigit() || ch == u'.')
                form.plainInner = false;
        }
        if (kind == Token::Word || kind == Token::Number) {
            computeForms(surface, language, kind, form);
        } else {
            const char16_t c = surface.front().unicode();
            form.lower = surface.size() == 1 && c < 128 ? asciiString(c) : form.surface;
            form.folded = form.lower;
            form.stem = form.lower;
        }
        if (kind == Token::Word) {
            // As the entity finder tests a token: on the surface's characters.
            const QChar first = surface.front();
            if (first.isLower()) {
                for (qsizetype p = 1; p < surface.size() && !form.innerCapital; ++p)
                    form.innerCapital = surface[p].isUpper();
            }
            form.capWord = first.isLetter() && (form.capitalized || form.innerCapital);
        }
        // `form` does not move: its folded text can key the table.
        form.foldedEntry = m_current->foldedEntry(form.folded);
        e.forms[index] = &form;
        return form;
    }

    // A copy of the surface in the arena (never moved, so slots keep pointing at it).
    const char16_t *store(const char16_t *chars, size_t length)
    {
        // A key is never empty, so a stored key is never null: null marks an empty slot.
        if (m_arenaUsed + length > ArenaChunk || m_arena.empty()) {
            // Not zeroed: every unit is written before a slot points at it.
            m_arena.push_back(std::make_unique_for_overwrite<char16_t[]>(std::max(ArenaChunk, length)));
            m_arenaUsed = 0;
        }
        char16_t *out = m_arena.back().get() + m_arenaUsed;
        std::copy(chars, chars + length, out);
        m_arenaUsed += length;
        return out;
    }

    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        m_mask = m_slots.size() - 1;
        const size_t mask = m_mask;
        for (const Slot &slot : old) {
            if (!slot.chars)
                continue;
            size_t i = size_t(slot.hash) & mask;
            while (m_slots[i].chars)
                i = (i + 1) & mask;
            m_slots[i] = slot;
        }
    }

    std::shared_ptr<Generation> m_current;
    std::vector<Slot> m_slots;
    size_t m_mask = 0; // m_slots.size() - 1 (a power of two)
    std::deque<Entry> m_entries; // stable addresses
    std::array<Entry *, 4 * 128> m_single{}; // by kind and ASCII character: the entry of a one-unit surface
    std::array<const WordForm *, 2 * 4 * 128> m_singleForms{}; // by language index, kind and ASCII character: its form
    qsizetype m_size = 0;
    std::vector<std::unique_ptr<char16_t[]>> m_arena;
    size_t m_arenaUsed = 0;
};

// One form per language, so that a form (and what lexicons cache on it)
// always belongs to documents of a single language. French and English share
// a table (forms 0 and 1 of its entries): the tokenizer finds a surface's
// entry before the language guess has decided which form the token takes.
struct TableRef {
    FormTable *table;
    int index;
};

FormTable &frenchEnglishTable()
{
    thread_local FormTable table;
    return table;
}

TableRef formTable(const QString &language)
{
    thread_local std::unordered_map<std::u16string, FormTable> others; // no stemming
    if (textIs(language, u"fr"))
        return {&frenchEnglishTable(), 0};
    if (textIs(language, u"en"))
        return {&frenchEnglishTable(), 1};
    return {&others[std::u16string(QStringView(language).utf16(), size_t(language.size()))], 0};
}

// guessLanguage's counts over `text`: its stopwords among the runs of letters.
void countStopwords(QStringView text, int &frCount, int &enCount);

constexpr qsizetype GuessLimit = 40000; // guessLanguage reads no further

// countStopwords packed as FormTable::Entry::words.
quint32 stopwordRuns(QStringView text)
{
    int fr = 0;
    int en = 0;
    countStopwords(text, fr, en);
    return quint32(fr) | (quint32(en) << 16);
}

// Room for tokens that the tokenizer writes in place, every field: unlike
// QList::resize, making room constructs nothing (a Token is trivially
// copyable, so writing all its fields makes it whole).
class TokenBuffer
{
    static_assert(std::is_trivially_copyable_v<Token> && std::is_trivially_destructible_v<Token>);

public:
    explicit TokenBuffer(qsizetype capacity)
        : m_data(QTypedArrayData<Token>::allocate(capacity)), m_capacity(capacity)
    {
    }
    Token *data() { return m_data.data(); }
    qsizetype capacity() const { return m_capacity; }
    // Twice the room, the first `count` tokens kept.
    void grow(qsizetype count)
    {
        QArrayDataPointer<Token> bigger(QTypedArrayData<Token>::allocate(m_capacity * 2));
        std::memcpy(static_cast<void *>(bigger.data()), m_data.data(), size_t(count) * sizeof(Token));
        m_data.swap(bigger);
        m_capacity *= 2;
    }
    // The first `count` tokens as a list (sharing the storage).
    QList<Token> take(qsizetype count)
    {
        m_data.size = count;
        return QList<Token>(std::move(m_data));
    }

private:
    // Its size stays 0 until take(): nothing to destroy before.
    QArrayDataPointer<Token> m_data;
    qsizetype m_capacity;
};

// Cuts `s` into tokens: their start, end, kind and newlinesBefore (the rest
// is tokenize's second pass), written in place into `buffer` (doubled when
// a text has more tokens than it has room for). Fills `events` with what
// splitSentences reads. Returns the number of tokens.
//
// A loop of its own, apart from the form lookups: in one loop the two
// needed more registers than there are, and the compiler kept the text's
// pointer and position on the stack (a load every unit of a word).
qsizetype cutTokens(const QString &s, TokenBuffer &buffer, std::vector<int> &events)
{
    const qsizetype n = s.size();
    // The next token's place and the end of the room: fewer values for the
    // loop to keep in registers than a count, the storage and its capacity.
    Token *next = buffer.data();
    Token *room = next + buffer.capacity();
    int newlines = 0; // line breaks skipped since the last token
    events.clear();
    // QString::utf16() ends the units with a null (copying the text that
    // fromRawData made without one), which no word unit is: a run of word
    // units stops at the end of the text without testing for it.
    const char16_t *d = reinterpret_cast<const char16_t *>(s.utf16());
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = d[i];
        const quint8 cls = unitClass(c);
        if (cls & Skipped) {
            newlines += c == u'\n';
            ++i;
            continue;
        }
        if (next == room) {
            const qsizetype count = next - buffer.data();
            buffer.grow(count);
            next = buffer.data() + count;
            room = buffer.data() + buffer.capacity();
        }
        // Written in place, every field (the buffer's tokens are not even
        // default ones): a local token copied in cost more than the rest of
        // the emission.
        Token &t = *next;
        t.newlinesBefore = quint8(std::min(newlines, 2));
        newlines = 0;
        t.start = int(i);
        qsizetype end; // kept in a register: `t` is written through
        bool event = false; // a quote or a sentence terminator (splitSentences)
        // Surrogates are neither digits nor word characters: testing those
        // first leaves the surrogates' branches where they would have gone.
        if (cls & Digit) {
            qsizetype j = i + 1;
            while (j < n) {
                const char16_t e = d[j];
                if (unitClass(e) & Digit) {
                    ++j;
                } else if ((e == u'.' || e == u',') && isDigitAt(s, j + 1)) {
                    j += 2;
                } else {
                    break;
                }
            }
            t.kind = Token::Number;
            end = j;
        } else if (cls & WordUnit) {
            // The run of word characters: ASCII letters eight at a time,
            // then one table load a unit (d[n] is null).
            qsizetype j = asciiWordRunEnd(d, i + 1, n);
            // Most words end on a space after their ASCII letters: nothing
            // more to look at (a space is no word unit, joiner or period).
            if (d[j] != u' ') {
                bool elided = false;
                while (j < n) {
                    while (unitClass(d[j]) & WordUnit) {
                        ++j;
                        j = asciiWordRunEnd(d, j, n);
                    }
                    if (j >= n)
                        break;
                    const char16_t e = d[j];
                    // Only a joiner (all ASCII) can go on with the word.
                    if (e >= 128 || !(kLatin1Classes[e] & Joiner))
                        break;
                    if (e == u'-' && j + 1 < n && isWordChar(s.at(j + 1))) {
                        if (isAdjectivalSuffix(s, j + 1))
                            break; // "SoftBank-owned" is "SoftBank", "-", "owned"
                        if (j - i == 2 && (s.at(i) == u'e' || s.at(i) == u'E') && s.at(i + 1) == u'x')
                            break; // "ex-PDG", "ex-Google": the prefix apart from the title or name"
                        j += 2;
                    } else if (e == u'.' && s.at(j - 1).isDigit() && isDigitAt(s, j + 1)) {
                        j += 2; // "Inflection-2.5"
                    } else if (e == u':' && isLetterAt(s, j + 1) && s.at(j - 1).isLetter()) {
                        j += 2; // "Run:ai"
                    } else if (e == u'.' && isLetterAt(s, j + 1) && s.at(j - 1).isLetterOrNumber()) {
                        j += 2; // "Character.AI", "U.S", "booking.com"
                    } else if (e == u'&' && j + 1 < n && s.at(j + 1).isUpper() && s.at(j - 1).isUpper()
                               && j - i <= 2) {
                        j += 2; // "AT&T", "P&G"
                    } else if (e == u'\'' && isLetterAt(s, j + 1)) {
                        const QStringView before = QStringView(s).mid(i, j - i);
                        if (isElision(before)) {
                            ++j;
                            elided = true;
                            break;
                        }
                        const bool possessive = (s.at(j + 1) == u's' || s.at(j + 1) == u'S')
                                                && (j + 2 >= n || !isWordChar(s.at(j + 2)));
                        if (possessive)
                            break;
                        j += 2; // "O'Brien", "aujourd'hui", "don't"
                    } else {
                        break;
                    }
                }
                // isDottedAcronym wants three units at least, the second a
                // period: most words before a period need no call.
                if (!elided && j < n && d[j] == u'.' && j - i >= 3 && d[i + 1] == u'.'
                    && isDottedAcronym(QStringView(s).mid(i, j - i)))
                    ++j; // "U.S."
            }
            t.kind = Token::Word;
            end = j;
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && s.at(i + 1).isLowSurrogate()) {
            const char32_t cp = QChar::surrogateToUcs4(c, d[i + 1]);
            if (QChar::isLetter(cp)) {
                // Letters outside the BMP: a word of their own (rare scripts).
                qsizetype j = i + 2;
                while (j + 1 < n && s.at(j).isHighSurrogate() && s.at(j + 1).isLowSurrogate()
                       && QChar::isLetter(QChar::surrogateToUcs4(s.at(j), s.at(j + 1))))
                    j += 2;
                t.kind = Token::Word;
                end = j;
            } else {
                t.kind = Token::Symbol;
                end = i + 2;
            }
        } else if (QChar::isSurrogate(c)) {
            t.kind = Token::Symbol; // lone surrogate
            end = i + 1;
        } else if (c == u'\'' && i + 1 < n && (d[i + 1] == u's' || d[i + 1] == u'S')
                   && (i + 2 >= n || !isWordChar(s.at(i + 2))) && i > 0 && isWordChar(s.at(i - 1))) {
            t.kind = Token::Word; // possessive "'s"
            end = i + 2;
        } else if (c == u'.') {
            qsizetype j = i + 1;
            while (j < n && d[j] == u'.')
                ++j;
            t.kind = Token::Punct;
            end = j;
            event = true;
        } else {
            t.kind = (cls & Punctuation) ? Token::Punct : Token::Symbol;
            end = i + 1;
            event = t.kind == Token::Punct && (c == u'"' || c == u'!' || c == u'?' || c == u'\u2026');
        }
        // The events splitSentences reads instead of every token, in token
        // order: a token before a line break, a quote, a terminator.
        if (t.newlinesBefore) {
            const int previous = int(next - buffer.data()) - 1;
            if (previous >= 0 && (events.empty() || events.back() != previous))
                events.push_back(previous);
        }
        if (event)
            events.push_back(int(next - buffer.data()));
        t.end = int(end);
        i = end;
        // A single space after a token (between most words) needs no turn
        // of the loop: it is skipped and counts no line break.
        if (d[i] == u' ') // d[n] is null
            ++i;
        ++next;
    }
    return next - buffer.data();
}

// Cuts doc.text into tokens. With Guess, doc.language is empty on entry: the
// tokens' entries are found first, the language is guessed from their
// stopword counts (as guessLanguage would from the text), then the forms of
// that language are filled in.
template<bool Guess>
void tokenize(Document &doc, std::vector<int> &events)
{
    const QString &s = doc.text;
    // Tokens are written in place into storage sized ahead and become the
    // list at the end: QList::append's out-of-line emplace cost more per
    // token than the rest of the tokenizer, and QList::resize constructed
    // every token it made room for.
    TokenBuffer buffer(s.size() / 4 + 16); // a token in four units: more than most texts have
    const qsizetype count = cutTokens(s, buffer, events);
    Token *out = buffer.data();
    TableRef ref = Guess ? TableRef{&frenchEnglishTable(), 0} : formTable(doc.language);
    FormTable &table = *ref.table;
    doc.forms = table.begin();
    const char16_t *d = reinterpret_cast<const char16_t *>(s.constData());
    if (!Guess) {
        table.setForms(out, count, d, ref.index, doc.language);
        doc.tokens = buffer.take(count);
        return;
    }
    // The entry of each token, in token order.
    thread_local std::vector<FormTable::Entry *> entries;
    if (entries.size() < size_t(count))
        entries.resize(size_t(count));
    FormTable::Entry **entryOut = entries.data();
    quint32 words = 0; // stopword runs, as FormTable::Entry::words
    for (qsizetype k = 0; k < count; ++k) {
        const Token &t = out[k];
        const QStringView surface(d + t.start, t.end - t.start);
        FormTable::Entry &e = table.entry(surface, t.kind);
        entryOut[k] = &e;
        // Every letter is in a word token, and a token's ends are never
        // between two letters: the runs of letters of the text are those
        // of its word tokens, counted once per entry. A token cut by the
        // limit is counted as far as it.
        if (t.kind == Token::Word && t.start < GuessLimit) {
            if (t.end <= GuessLimit) {
                if (!e.counted) {
                    e.words = stopwordRuns(surface);
                    e.counted = true;
                }
                words += e.words;
            } else {
                words += stopwordRuns(surface.first(GuessLimit - t.start));
            }
        }
    }
    doc.tokens = buffer.take(count);
    const int frCount = int(words & 0xFFFF);
    const int enCount = int(words >> 16);
    doc.language = frCount > enCount ? QStringLiteral("fr") : QStringLiteral("en");
    const int index = frCount > enCount ? 0 : 1;
    for (qsizetype k = 0; k < count; ++k) {
        Token &t = out[k];
        const WordForm &form = table.formOf(*entryOut[k], index,
                                            QStringView(s.constData() + t.start, t.end - t.start), doc.language, t.kind);
        t.form = &form;
        t.capitalized = form.capitalized;
        t.allCaps = form.allCaps;
    }
}

// Cuts the tokens into sentences. Only the tokens in `events` (tokenize's:
// quotes, terminators, tokens before a line break, in order) can end a
// sentence or count in one, so the loop visits those alone; what it does at
// each is what a visit of every token would do.
void splitSentences(Document &doc, const std::vector<int> &events)
{
    const QString &s = doc.text;
    const auto &toks = doc.tokens;
    const int count = int(toks.size());
    // The sentences are written into room kept from text to text (a
    // sentence holds a token at least), and become the list at the end in
    // one allocation: QList::append's out-of-line emplace cost more than
    // the rest of a sentence's close.
    thread_local std::vector<Sentence> sentences;
    if (sentences.size() < size_t(count))
        sentences.resize(size_t(count));
    Sentence *out = sentences.data();
    int first = 0;
    int openQuotes = 0; // '"' seen in the current sentence
    auto close = [&](int endToken) {
        if (endToken <= first)
            return;
        Sentence &sent = *out++;
        sent.firstToken = first;
        sent.endToken = endToken;
        sent.start = toks[first].start;
        sent.end = toks[endToken - 1].end;
        first = endToken;
        openQuotes = 0; // counted again from the new sentence's first token
    };
    int resume = 0; // tokens before this one were read ahead of a terminator
    for (const int k : events) {
        if (k < resume)
            continue;
        const Token &t = toks[k];
        if (t.kind == Token::Punct && s.at(t.start) == u'"')
            ++openQuotes;
        // A line break between this token and the next.
        if (k + 1 < count) {
            const Token &next = toks[k + 1];
            // Between two tokens is only what the tokenizer skipped.
            const int newlines = next.newlinesBefore;
            if (newlines >= 2) {
                close(k + 1);
                continue;
            }
            if (newlines == 1) {
                const bool nextLower = next.kind == Token::Word && !next.capitalized && s.at(next.start).isLetter();
                if (!nextLower) {
                    close(k + 1);
                    continue;
                }
            }
        }
        if (!isTerminator(doc, t))
            continue;
        int end = k + 1;
        // An open quote in this sentence is closed by the next '"', even after
        // a space (French "fini. »").
        int quotes = openQuotes;
        while (end < count && toks[end].kind == Token::Punct && isClosingPunct(s.at(toks[end].start))
               && (toks[end].start == toks[end - 1].end || (s.at(toks[end].start) == u'"' && quotes % 2 == 1))) {
            if (s.at(toks[end].start) == u'"')
                ++quotes;
            ++end;
        }
        if (end >= count) {
            close(count);
            break;
        }
        const Token &next = toks[end];
        const QChar nc = s.at(next.start);
        if (next.kind == Token::Word && !next.capitalized && nc.isLetter())
            continue; // "etc. and", "vs. the"
        if (nc == u',' || nc == u';' || nc == u':' || nc == u')')
            continue;
        if (s.at(t.start) == u'.' && t.end - t.start == 1 && k > 0 && toks[k - 1].end == t.start) {
            const Token &prev = toks[k - 1];
            if (prev.kind == Token::Word) {
                if (isNonFinalAbbreviation(prev.folded()))
                    continue;
                if (prev.end - prev.start == 1 && prev.capitalized)
                    continue; // an initial: "J. R. Smith"
                if (isCorporateAbbreviation(prev.folded()) && !isSentenceStarter(next.folded()))
                    continue;
            }
        }
        close(end);
        resume = end;
    }
    close(count);
    doc.sentences = QList<Sentence>(sentences.data(), out);
}

// The sentence events of the last text tokenized on this thread.
std::vector<int> &threadEvents()
{
    thread_local std::vector<int> events;
    return events;
}

} // namespace

Document analyzeText(const QString &text, const QString &language)
{
    Document doc;
    doc.text = normalizeText(text);
    doc.language = language;
    std::vector<int> &events = threadEvents();
    tokenize<false>(doc, events);
    splitSentences(doc, events);
    return doc;
}

Document analyzeTextGuessingLanguage(const QString &text)
{
    // The normalizer turns U+02BC, a letter to guessLanguage, into '\'':
    // such a text is guessed from what it was.
    if (QStringView(text).first(std::min<qsizetype>(text.size(), GuessLimit)).contains(QChar(0x02BC)))
        return analyzeText(text, guessLanguage(text));
    Document doc;
    doc.text = normalizeText(text);
    std::vector<int> &events = threadEvents();
    tokenize<true>(doc, events);
    splitSentences(doc, events);
    return doc;
}

namespace {

// Every UTF-16 unit to its lower-case letter for the ASCII letters, 0 for
// any other unit: the language guess reads a word with one lookup a unit.
constexpr std::array<quint8, 65536> kAsciiLetterLower = [] {
    std::array<quint8, 65536> l{};
    for (char16_t c = u'a'; c <= u'z'; ++c) {
        l[c] = quint8(c);
        l[c - 32] = quint8(c);
    }
    return l;
}();

// A word of up to eight ASCII letters packed into an integer: the stopword
// sets below are probed without hashing strings.
constexpr quint64 packWord(std::u16string_view w)
{
    quint64 key = 0;
    for (char16_t c : w)
        key = (key << 8) | quint64(c);
    return key;
}

} // namespace

namespace {

void countStopwords(QStringView text, int &frCount, int &enCount)
{
    // Every word of both lists is ASCII and at most six letters long.
    static const std::u16string_view frWords[] = {
        u"le", u"la", u"les", u"des", u"du", u"de", u"et", u"est", u"une", u"un", u"pour", u"dans",
        u"qui", u"que", u"sur", u"avec", u"au", u"aux", u"par", u"pas", u"ont", u"sont", u"cette",
        u"il", u"elle", u"ses", u"son", u"sa", u"leur", u"mais", u"plus", u"selon"};
    static const std::u16string_view enWords[] = {
        u"the", u"and", u"of", u"to", u"in", u"is", u"for", u"that", u"with", u"on", u"was", u"by",
        u"as", u"at", u"from", u"has", u"have", u"it", u"its", u"said", u"which", u"were", u"be",
        u"are", u"this", u"their", u"his", u"her", u"will", u"would", u"but"};
    // Both lists in one open-addressing table of packed words (one probe per
    // word instead of two binary searches); bit 1: French, bit 2: English.
    struct Table {
        std::array<quint64, 256> keys {};
        std::array<quint8, 256> langs {};
        static size_t slot(quint64 key) { return size_t((key * 0x9E3779B97F4A7C15ull) >> 56); }
        void add(quint64 key, quint8 lang)
        {
            size_t i = slot(key);
            while (keys[i] && keys[i] != key)
                i = (i + 1) & 255;
            keys[i] = key;
            langs[i] |= lang;
        }
        quint8 find(quint64 key) const
        {
            for (size_t i = slot(key); keys[i]; i = (i + 1) & 255) {
                if (keys[i] == key)
                    return langs[i];
            }
            return 0;
        }
    };
    static const Table table = [] {
        Table t;
        for (std::u16string_view w : frWords)
            t.add(packWord(w), 1);
        for (std::u16string_view w : enWords)
            t.add(packWord(w), 2);
        return t;
    }();
    // ASCII letters lower-cased, 0 for every other ASCII character.
    static const std::array<char16_t, 128> asciiLower = [] {
        std::array<char16_t, 128> l {};
        for (char16_t c = u'a'; c <= u'z'; ++c) {
            l[c] = c;
            l[c - 32] = c;
        }
        return l;
    }();
    const qsizetype limit = text.size();
    // The lower-cased letter at i, or 0 past a word.
    const auto letterAt = [&](qsizetype i) -> char16_t {
        const char16_t u = text[i].unicode();
        if (u < 0x80)
            return asciiLower[u];
        return QChar(u).isLetter() ? QChar(u).toLower().unicode() : char16_t(0);
    };
    const char16_t *d = text.utf16();
    qsizetype i = 0;
    while (i < limit) {
        // Most words are ASCII throughout: read them with the table alone
        // (the general loop below gives them the same key and length).
        if (d[i] < 0x80) {
            if (!asciiLower[d[i]]) {
                ++i;
                continue;
            }
            qsizetype j = i;
            quint64 key = 0;
            for (quint8 l; j < limit && (l = kAsciiLetterLower[d[j]]); ++j)
                key = (key << 8) | l;
            if (j == limit || d[j] < 0x80 || !QChar(d[j]).isLetter()) {
                if (j - i <= 6) {
                    const quint8 lang = table.find(key);
                    frCount += lang & 1;
                    enCount += (lang >> 1) & 1;
                }
                i = j;
                continue;
            }
            // A letter past ASCII goes on the word: read it again below.
        }
        char16_t lower = letterAt(i);
        if (!lower) {
            ++i;
            continue;
        }
        // A word: only one of at most six ASCII letters can be a stopword,
        // so past the seventh letter the rest is only read to find its end.
        quint64 key = 0;
        int length = 0;
        bool ascii = true; // every lower-cased letter of the word is ASCII
        do {
            ascii = ascii && lower < 0x80;
            key = (key << 8) | quint64(lower & 0xFF);
            ++length;
            ++i;
        } while (length < 7 && i < limit && (lower = letterAt(i)));
        if (length == 7) { // too long for either list: only its end matters
            while (i < limit && letterAt(i))
                ++i;
            continue;
        }
        if (ascii) {
            const quint8 lang = table.find(key);
            frCount += lang & 1;
            enCount += (lang >> 1) & 1;
        }
    }
}

} // namespace

QString guessLanguage(QStringView text)
{
    int frCount = 0;
    int enCount = 0;
    countStopwords(text.first(std::min<qsizetype>(text.size(), GuessLimit)), frCount, enCount);
    return frCount > enCount ? QStringLiteral("fr") : QStringLiteral("en");
}

} // namespace liaison
