#include "language.h"

#include "asciiblocks.h"

#include <QLocale>
#include <QSet>

#include <cld2/public/compact_lang_det.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

namespace liaison {

namespace {

// CLD2 needs a few hundred bytes; its verdict on the first 64 KB is as good as
// on the whole article and costs far less.
constexpr qsizetype kSampleBytes = 64 * 1024;

// The shortcut's thresholds (clearFrenchOrEnglish), tuned on the agreement
// bench (tests/bench/bench_language.cpp, figures in docs/LOADERS.md).
constexpr int kMinWords = 80;              // CLD2 is cheap on shorter texts anyway
constexpr int kMinSharePercent = 20;       // of the words, French (English) stopwords
constexpr int kMinLead = 8;                // over any other language's own stopwords
constexpr int kFrenchLowerPercent = 35;    // French: of the words without a capital
constexpr int kMaxForeignPerMille = 10;    // of the Latin letters: ß, ñ, å, ł…
constexpr int kMaxOtherPerMille = 10;      // letters of other scripts

struct Stopwords {
    const char *code;
    QSet<QString> words;
};

QSet<QString> wordSet(std::initializer_list<const char *> words)
{
    QSet<QString> set;
    for (const char *w : words)
        set.insert(QString::fromUtf8(w));
    return set;
}

// Only words frequent in running text and rare in the other languages listed.
const std::array<Stopwords, 7> &stopwordTables()
{
    static const std::array<Stopwords, 7> tables = {{
        {"fr", wordSet({"le", "la", "les", "des", "du", "une", "est", "et", "dans", "pour", "qui", "que", "sur",
                        "avec", "pas", "au", "aux", "par", "ce", "cette", "sont", "ont", "il", "elle", "à"})},
        {"en", wordSet({"the", "and", "of", "to", "is", "in", "that", "for", "with", "on", "was", "by", "its",
                        "has", "have", "are", "from", "this", "it", "at", "which", "will", "said"})},
        {"de", wordSet({"der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "ein", "eine", "zu",
                        "von", "auf", "für", "sich", "auch", "hat", "wird", "im", "bei", "nach"})},
        {"es", wordSet({"el", "los", "las", "del", "y", "es", "en", "una", "por", "con", "para", "se", "lo",
                        "como", "más", "pero", "su", "ha", "fue"})},
        {"it", wordSet({"il", "di", "che", "è", "della", "per", "non", "gli", "con", "del", "alla", "nel", "sono",
                        "una", "anche", "ha", "lo", "più"})},
        {"pt", wordSet({"o", "os", "da", "do", "das", "dos", "não", "em", "um", "uma", "para", "com", "por",
                        "mais", "foi", "são", "ao", "como"})},
        {"nl", wordSet({"de", "het", "een", "van", "en", "is", "niet", "dat", "op", "voor", "met", "zijn", "ook",
                        "bij", "werd", "naar", "wordt"})},
    }};
    return tables;
}

// --- The shortcut's scorer -------------------------------------------------
// Its own lists: frequent function words of French and English, and of six
// languages that share many of them and must never pass for French or
// English; a word may be listed by several. What counts against French is a
// rival language's words that French does not list ("de" and "en" are no
// evidence of Dutch in a French text), and likewise for English.
constexpr std::size_t kShortcutLanguages = 8;
constexpr std::size_t kFrench = 0;
constexpr std::size_t kEnglish = 1;
constexpr std::array<const char *, kShortcutLanguages> kShortcutLists = {
    // fr
    "le la les l de des du un une et est en dans pour qui que qu sur avec pas au aux par ce c cette ces sont ont "
    "il ils elle se ne n son sa ses leur plus à été être mais ou où on",
    // en
    "the and of to that for with was by its has have are from this it at which will said were be been their "
    "they he she his her would but or an not had also who after more than about into in is on do met no",
    // de
    "der die das und ist nicht mit den dem ein eine einen zu von auf für sich auch hat wird im bei nach sie er "
    "es wie aus werden wurde noch über vor nur oder aber sind haben um des als an also will was in",
    // es
    "el los las del y es en una un por con para se lo como más pero su sus ha fue al entre este esta "
    "son está han desde sobre muy sin de la que no",
    // it
    "il di che è della per non gli con del alla nel sono una un anche ha lo più dei delle degli al dalla nella "
    "questo questa stato da e le la ne se in no",
    // pt
    "o os da do das dos não em um uma para com por mais foi são ao como na no nos nas pelo pela que se e é à "
    "este esta de",
    // nl
    "de het een van en is niet dat op voor met zijn ook bij werd naar wordt te er aan om heeft door maar als "
    "nog tot uit in die",
    // ca
    "el la les els amb és per del una un que en de d l va hi aquest també però seva seu dels al",
};

constexpr char16_t kTableEnd = 0x250; // Basic Latin to Latin Extended-B
constexpr int kMaxKeyLetters = 6;
constexpr int kPoisoned = 1000; // a word length no key can have

// A word's key: its first letters' lower case, one byte each, the first in
// the lowest byte, so that the letters of a run of ASCII are added at once.
// A letter whose lower case is U+0100 or above makes the word no stopword.
constexpr quint64 keyWith(quint64 key, int length, unsigned lower)
{
    return key | quint64(lower) << (8 * length);
}

// The accented letters of French (lower case); English has none. Any other
// Latin letter (ß, ñ, å, ł, ã…) is foreign to both.
bool isFrenchLetter(char16_t lower)
{
    switch (lower) {
    case u'à': case u'â': case u'æ': case u'ç': case u'é': case u'è': case u'ê': case u'ë':
    case u'î': case u'ï': case u'ô': case u'œ': case u'ù': case u'û': case u'ü': case u'ÿ':
        return true;
    default:
        return false;
    }
}

// What the scan needs of each character below U+0250, 0 for a non-letter:
// the lower case in the low ten bits (the few letters whose lower case lies
// beyond the table keep their own code: no stopword holds them), then a bit
// for a capital and one for a letter foreign to French and English.
constexpr unsigned kLowerMask = 0x3FF;
constexpr unsigned kCapitalBit = 14;
constexpr unsigned kForeignBit = 15;

const std::array<quint16, kTableEnd> &latinLetters()
{
    static const std::array<quint16, kTableEnd> table = [] {
        std::array<quint16, kTableEnd> t{};
        for (char16_t c = 0; c < kTableEnd; ++c) {
            if (!QChar::isLetter(c))
                continue;
            const char32_t folded = QChar::toLower(char32_t(c));
            const char16_t lower = folded < kTableEnd ? char16_t(folded) : c;
            t[c] = quint16(lower | unsigned(lower != c) << kCapitalBit
                           | unsigned(c >= 0x80 && !isFrenchLetter(lower)) << kForeignBit);
        }
        return t;
    }();
    return table;
}

// The first n bytes of eight, n from 0 to kMaxKeyLetters.
constexpr std::array<quint64, kMaxKeyLetters + 1> kFirstBytes = [] {
    std::array<quint64, kMaxKeyLetters + 1> masks{};
    for (int n = 0; n <= kMaxKeyLetters; ++n)
        masks[size_t(n)] = (quint64(1) << (8 * n)) - 1;
    return masks;
}();

constexpr int kIndexBits = 10;
constexpr std::size_t kIndexSize = std::size_t(1) << kIndexBits;

inline std::size_t slotOf(quint64 key)
{
    return std::size_t((key * 0x9E3779B97F4A7C15ULL) >> (64 - kIndexBits));
}

// Every stopword's key (its lower-case letters, all below U+0100, a byte
// each from the low one: see keyWith()) with the set of
// languages that list it, as an index into `sets` (0: none), so the scan
// counts into a short array.
constexpr std::size_t kMaxSets = 64;
struct StopwordIndex {
    std::array<quint64, kIndexSize> keys{};
    std::array<quint8, kIndexSize> set{};
    std::array<quint8, kMaxSets> sets{}; // languages, one bit each
    std::size_t setCount = 1;

    quint8 find(quint64 key) const
    {
        for (std::size_t slot = slotOf(key);; slot = (slot + 1) & (kIndexSize - 1)) {
            if (keys[slot] == key)
                return set[slot];
            if (keys[slot] == 0)
                return 0;
        }
    }
};

const StopwordIndex &stopwordIndex()
{
    static const StopwordIndex index = [] {
        StopwordIndex x;
        const auto &letters = latinLetters();
        std::array<quint8, kIndexSize> languages{};
        for (std::size_t l = 0; l < kShortcutLanguages; ++l) {
            for (const QString &w : QString::fromUtf8(kShortcutLists[l]).split(u' ')) {
                Q_ASSERT(!w.isEmpty() && w.size() <= kMaxKeyLetters);
                quint64 key = 0;
                for (qsizetype i = 0; i < w.size(); ++i) {
                    Q_ASSERT((letters[w.at(i).unicode()] & kLowerMask) <= 0xFF);
                    key = keyWith(key, int(i), letters[w.at(i).unicode()] & kLowerMask);
                }
                std::size_t slot = slotOf(key);
                while (x.keys[slot] != 0 && x.keys[slot] != key)
                    slot = (slot + 1) & (kIndexSize - 1);
                x.keys[slot] = key;
                languages[slot] |= quint8(1u << l);
            }
        }
        for (std::size_t slot = 0; slot < kIndexSize; ++slot) {
            if (languages[slot] == 0)
                continue;
            std::size_t id = 1;
            while (id < x.setCount && x.sets[id] != languages[slot])
                ++id;
            if (id == x.setCount) {
                Q_ASSERT(id < kMaxSets);
                x.sets[x.setCount++] = languages[slot];
            }
            x.set[slot] = quint8(id);
        }
        return x;
    }();
    return index;
}

struct Scan {
    std::array<int, kMaxSets> bySet{}; // stopwords, by StopwordIndex set
    int words = 0;
    int capitalized = 0;
    int latinLetters = 0;
    int foreignLetters = 0;
    int otherLetters = 0;
};

// Characters from U+0250 on: false for a separator; true when the word goes
// on, though it can no longer be a stopword (a letter of another script is
// counted).
inline bool continuesWord(char16_t c, Scan &scan)
{
    // IPA and spacing modifiers (U+02BC, the apostrophe some editors write),
    // combining diacritics, Latin Extended Additional, C and D, ligatures.
    if (c < 0x370 || (c >= 0x1DC0 && c < 0x1F00) || (c >= 0x2C60 && c < 0x2C80) || (c >= 0xA720 && c < 0xA800)
        || (c >= 0xFB00 && c < 0xFB07)) {
        return true;
    }
    if (QChar::isSurrogate(c) || QChar::isLetter(c)) {
        ++scan.otherLetters;
        return true;
    }
    return QChar::isMark(c);
}

// One pass over the characters. With `Vectorized`, runs of Latin-1 (ASCII
// and the accented letters of French) are read thirty-two UTF-16 units at a
// time (SSE2): their letters and capitals as bit masks, a word's letters
// added to its key at once when it is short enough to be a stopword. Any
// other unit goes through `step`, the reference, which the tests compare the
// fast path with.
template <bool Vectorized>
Scan scanStopwords(const char16_t *s, const char16_t *const end)
{
    const auto &letters = latinLetters();
    const StopwordIndex &index = stopwordIndex();
    Scan scan;
    quint64 key = 0;
    int length = 0;
    int words = 0; // kept out of `scan`, whose counts by set might alias it
    auto endWord = [&] {
        ++words;
        if (length <= kMaxKeyLetters)
            ++scan.bySet[index.find(key)];
        key = 0;
        length = 0;
    };
    auto step = [&](char16_t c) {
        if (c < kTableEnd) {
            const unsigned v = letters[c];
            if (v == 0) {
                if (length != 0)
                    endWord();
                return;
            }
            ++scan.latinLetters;
            if (length == 0)
                scan.capitalized += (v >> kCapitalBit) & 1;
            scan.foreignLetters += v >> kForeignBit;
            const unsigned lower = v & kLowerMask;
            if (lower > 0xFF)
                length = kPoisoned; // no stopword holds it
            else if (length < kMaxKeyLetters)
                key = keyWith(key, length, lower);
            ++length;
        } else if (continuesWord(c, scan)) {
            length = kPoisoned;
        } else if (length != 0) {
            endWord();
        }
    };
    // step() has one call site, so that it is inlined and the scan's state
    // stays in registers; so do the block's counts.
    int blockLetters = 0;
    int blockCapitals = 0;
    while (s != end) {
#if defined(__SSE2__)
        // Thirty-two units at a time, as bit masks: the Latin-1 ones before
        // the first other one, their letters, their capitals; the letters
        // folded to lower case, a byte each, for the keys.
        constexpr int kBlock = 4 * asciiblocks::kUnits;
        if (Vectorized) {
            // The last units of the text are read from a copy padded with
            // spaces: a separator is what the end of the text is.
            const char16_t *block = s;
            alignas(16) char16_t padded[kBlock];
            if (end - s < kBlock) {
                std::fill(std::copy(s, end, padded), padded + kBlock, u' ');
                block = padded;
            }
            const __m128i v0 = asciiblocks::load(block);
            const __m128i v1 = asciiblocks::load(block + asciiblocks::kUnits);
            const __m128i v2 = asciiblocks::load(block + 2 * asciiblocks::kUnits);
            const __m128i v3 = asciiblocks::load(block + 3 * asciiblocks::kUnits);
            // A bit per byte of two vectors of sixteen.
            auto bits = [](__m128i low, __m128i high) {
                return unsigned(_mm_movemask_epi8(low)) | unsigned(_mm_movemask_epi8(high)) << 16;
            };
            // Adding 0x7F00 (saturating) sets the sign bit of any unit from
            // U+0100 on; signed packing keeps it.
            const __m128i toSign = _mm_set1_epi16(0x7F00);
            const unsigned wide = bits(_mm_packs_epi16(_mm_adds_epu16(v0, toSign), _mm_adds_epu16(v1, toSign)),
                                       _mm_packs_epi16(_mm_adds_epu16(v2, toSign), _mm_adds_epu16(v3, toSign)));
            const int k = std::countr_zero(quint64(wide) | quint64(1) << kBlock);
            if (k != 0) {
                // The Latin-1 units (those that count) exact, one byte each.
                // An ASCII letter is one whose lower case lies from 'a' to
                // 'z' (unsigned: what is below 'a' wraps past 'z', and no
                // byte from 0x80 on gets there); a capital is one without
                // the lower-case bit 0x20 (shifted to its byte's top bit).
                const __m128i bytes0 = _mm_packus_epi16(v0, v1);
                const __m128i bytes1 = _mm_packus_epi16(v2, v3);
                const __m128i lower0 = _mm_or_si128(bytes0, _mm_set1_epi8(0x20));
                const __m128i lower1 = _mm_or_si128(bytes1, _mm_set1_epi8(0x20));
                auto isLetter = [](__m128i lower) {
                    const __m128i offset = _mm_sub_epi8(lower, _mm_set1_epi8('a'));
                    return _mm_cmpeq_epi8(_mm_min_epu8(offset, _mm_set1_epi8('z' - 'a')), offset);
                };
                const auto inBlock = unsigned((quint64(1) << k) - 1);
                unsigned letterBits = bits(isLetter(lower0), isLetter(lower1)) & inBlock;
                unsigned capitalBits = letterBits & ~bits(_mm_slli_epi16(bytes0, 2), _mm_slli_epi16(bytes1, 2));
                // The lower case with room to read eight bytes from any of
                // the thirty-two, for the keys (bytes past a run are masked
                // off).
                alignas(16) unsigned char folded[kBlock + 16];
                _mm_store_si128(reinterpret_cast<__m128i *>(folded), lower0);
                _mm_store_si128(reinterpret_cast<__m128i *>(folded + 16), lower1);
                _mm_store_si128(reinterpret_cast<__m128i *>(folded + kBlock), _mm_setzero_si128());
                // The units from U+0080 (é, à, ç, but also no-break spaces
                // and guillemets) through the table, as step() reads them:
                // the lower case of a Latin-1 letter is Latin-1 too.
                for (unsigned high = bits(bytes0, bytes1) & inBlock; high != 0; high &= high - 1) {
                    const int at = std::countr_zero(high);
                    const unsigned v = letters[block[at]];
                    if (v == 0)
                        continue;
                    letterBits |= 1u << at;
                    capitalBits |= ((v >> kCapitalBit) & 1) << at;
                    scan.foreignLetters += v >> kForeignBit;
                    folded[at] = static_cast<unsigned char>(v);
                }
                // Words starting here (not carried on from the unit before)
                // with a capital.
                for (unsigned starts = letterBits & ~(letterBits << 1 | unsigned(length != 0)) & capitalBits;
                     starts != 0; starts &= starts - 1)
                    ++blockCapitals;
                // Any other unit is a separator, like step()'s v == 0.
                if (length != 0 && !(letterBits & 1))
                    endWord();
                for (unsigned rest = letterBits; rest != 0;) {
                    // Adding a run's lowest bit carries through the run to
                    // the bit past it (out of the 32 bits for a run ending
                    // the block: `past` is then countr_zero(0), 32).
                    const unsigned carried = rest + (rest & -rest);
                    const int first = std::countr_zero(rest);
                    const int past = std::countr_zero(carried);
                    rest &= carried;
                    const int n = past - first;
                    if (length + n <= kMaxKeyLetters) {
                        quint64 letters8;
                        std::memcpy(&letters8, folded + first, sizeof letters8);
                        key |= (letters8 & kFirstBytes[n]) << (8 * length);
                    }
                    length += n;
                    blockLetters += n;
                    if (past < k)
                        endWord();
                }
                s += std::min<qsizetype>(k, end - s);
                continue;
            }
        }
#endif
        step(*s++);
    }
    if (length != 0)
        endWord();
    scan.words = words;
    scan.latinLetters += blockLetters;
    scan.capitalized += blockCapitals;
    return scan;
}

// How many of the text's first characters CLD2 is given: at most kSampleBytes
// of UTF-8, cut on a character boundary, as identifyWithCld() cuts.
qsizetype cldWindow(const QString &text)
{
    const qsizetype n = std::min<qsizetype>(text.size(), kSampleBytes);
    if (n * 3 <= kSampleBytes)
        return n; // fits whatever the characters
    const char16_t *s = reinterpret_cast<const char16_t *>(text.utf16());
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i];
        // A surrogate pair is four bytes, two per half.
        bytes += c < 0x80 ? 1 : c < 0x800 || QChar::isSurrogate(c) ? 2 : 3;
        if (bytes > kSampleBytes)
            return i;
    }
    return n;
}

Language::Guess stopwordGuess(const QString &text)
{
    const auto &tables = stopwordTables();
    std::array<int, 7> counts{};
    int words = 0;
    qsizetype i = 0;
    const qsizetype n = std::min<qsizetype>(text.size(), 20000);
    while (i < n) {
        while (i < n && !text[i].isLetter())
            ++i;
        const qsizetype start = i;
        while (i < n && text[i].isLetter())
            ++i;
        if (i == start)
            break;
        const QString word = text.mid(start, i - start).toLower();
        ++words;
        for (std::size_t t = 0; t < tables.size(); ++t)
            counts[t] += tables[t].words.contains(word);
    }
    std::size_t best = 0;
    for (std::size_t t = 1; t < counts.size(); ++t)
        if (counts[t] > counts[best])
            best = t;
    Language::Guess guess;
    if (counts[best] == 0)
        return guess;
    int second = 0;
    for (std::size_t t = 0; t < counts.size(); ++t)
        if (t != best)
            second = std::max(second, counts[t]);
    guess.code = QString::fromLatin1(tables[best].code);
    // Two stopwords more than any rival, in a text of a sentence or more.
    guess.reliable = counts[best] >= second + 2 && words >= 4;
    return guess;
}

} // namespace

QString Language::englishName(const QString &code)
{
    const QLocale::Language language = QLocale::codeToLanguage(code, QLocale::ISO639Part1);
    if (language != QLocale::AnyLanguage && language != QLocale::C)
        return QLocale::languageToString(language);
    CLD2::Language cld = CLD2::GetLanguageFromName(code.toLatin1().constData());
    if (cld != CLD2::UNKNOWN_LANGUAGE) {
        const QString name = QString::fromLatin1(CLD2::LanguageName(cld)).toLower();
        if (!name.isEmpty())
            return name.at(0).toUpper() + name.mid(1);
    }
    return code;
}

Language::StopwordCounts Language::countStopwords(const QString &text, Scanning scanning)
{
    const char16_t *s = reinterpret_cast<const char16_t *>(text.utf16());
    const char16_t *const end = s + cldWindow(text);
    const Scan scan = scanning == Scanning::Fast ? scanStopwords<true>(s, end) : scanStopwords<false>(s, end);
    const StopwordIndex &index = stopwordIndex();
    StopwordCounts c;
    c.words = scan.words;
    c.capitalized = scan.capitalized;
    c.latinLetters = scan.latinLetters;
    c.foreignLetters = scan.foreignLetters;
    c.otherLetters = scan.otherLetters;
    std::array<int, kShortcutLanguages> againstFrench{}, againstEnglish{};
    constexpr unsigned french = 1u << kFrench, english = 1u << kEnglish;
    for (std::size_t id = 1; id < index.setCount; ++id) {
        const int n = scan.bySet[id];
        if (n == 0)
            continue;
        const unsigned set = index.sets[id];
        for (unsigned languages = set; languages != 0; languages &= languages - 1) {
            const auto l = size_t(std::countr_zero(languages));
            c.counts[l] += n;
            if (!(set & french))
                againstFrench[l] += n;
            if (!(set & english))
                againstEnglish[l] += n;
        }
    }
    c.rivalOfFrench = *std::max_element(againstFrench.begin(), againstFrench.end());
    c.rivalOfEnglish = *std::max_element(againstEnglish.begin(), againstEnglish.end());
    return c;
}

std::optional<Language::Guess> Language::clearFrenchOrEnglish(const QString &text)
{
    const StopwordCounts c = countStopwords(text);
    const bool french = c.counts[kFrench] >= c.counts[kEnglish];
    const int top = french ? c.counts[kFrench] : c.counts[kEnglish];
    const int rival = french ? c.rivalOfFrench : c.rivalOfEnglish;
    // A part in a language not listed lowers the stopwords' share; one in a
    // listed language raises the rival; letters French and English do not
    // use, or of another script, mark a language the lists do not know.
    // French stopwords must also be a good share of the words without a
    // capital: that keeps out French mixed with prose the lists do not know,
    // but not a French article thick with English company names, which is
    // still French though CLD2 may hear English in it ("Norvik Software et
    // Abel Data"): French news prose has some 40-46 % there.
    if (c.words < kMinWords || top * 100 < c.words * kMinSharePercent || top < rival * kMinLead
        || c.foreignLetters * 1000 > c.latinLetters * kMaxForeignPerMille
        || c.otherLetters * 1000 > c.latinLetters * kMaxOtherPerMille)
        return std::nullopt;
    if (french && top * 100 < (c.words - c.capitalized) * kFrenchLowerPercent)
        return std::nullopt;
    Guess guess;
    guess.code = french ? QStringLiteral("fr") : QStringLiteral("en");
    guess.reliable = true;
    return guess;
}

Language::Guess Language::identify(const QString &text)
{
    if (std::optional<Guess> clear = clearFrenchOrEnglish(text))
        return *std::move(clear);
    return identifyWithCld(text);
}

Language::Guess Language::identifyWithCld(const QString &text)
{
    QByteArray utf8 = text.left(kSampleBytes).toUtf8();
    if (utf8.size() > kSampleBytes) {
        // Cut on a character boundary so CLD2 sees valid UTF-8.
        qsizetype cut = kSampleBytes;
        while (cut > 0 && (static_cast<unsigned char>(utf8[cut]) & 0xC0) == 0x80)
            --cut;
        utf8.truncate(cut);
    }
    CLD2::Language language3[3] = {CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE};
    int percent3[3] = {0, 0, 0};
    int textBytes = 0;
    bool reliable = false;
    CLD2::DetectLanguageSummary(utf8.constData(), int(utf8.size()), true, language3, percent3, &textBytes,
                                &reliable);

    auto fromCld = [](CLD2::Language lang, bool sure) {
        Guess g;
        // CLD2 codes are ISO 639-1 for the languages that have one ("fr", "de"),
        // with script or region suffixes for a few ("zh-Hant").
        g.code = QString::fromLatin1(CLD2::LanguageCode(lang)).section(u'-', 0, 0);
        g.reliable = sure;
        return g;
    };

    const bool cldKnows = language3[0] != CLD2::UNKNOWN_LANGUAGE && language3[0] != CLD2::TG_UNKNOWN_LANGUAGE;
    if (cldKnows && reliable && textBytes >= 200)
        return fromCld(language3[0], true);

    // Short or mixed text: the stopword count decides when it is clear, CLD2's
    // unsure top guess otherwise.
    const Guess byStopwords = stopwordGuess(text);
    if (byStopwords.reliable)
        return byStopwords;
    if (cldKnows)
        return fromCld(language3[0], false);
    return byStopwords;
}

} // namespace liaison
