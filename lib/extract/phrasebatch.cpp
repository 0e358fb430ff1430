#include "phrasebatch.h"

#include "textanalysis.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace liaison {

namespace {

bool isAsciiLetter(char16_t c)
{
    return (c | 0x20) >= u'a' && (c | 0x20) <= u'z';
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// The Latin-1 letters (À..ÿ but × and ÷): letters to the tokenizer, which
// neither normalizeText nor the word rules treat apart.
bool isLatin1Letter(char16_t c)
{
    return c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7;
}

// A unit folds to two units at most ("ss", "ae").
constexpr qsizetype MaxFoldedUnits = 2;

// foldText of a unit from 0x80 to 0xFF ("É" -> "e", "ß" -> "ss", a soft
// hyphen -> nothing). foldText maps each unit on its own, so a word of such
// units and ASCII is folded a unit at a time from this table; and it folds
// case itself, so the folded form computeForms makes of a word (lower case
// first, then foldText) is the same.
struct Latin1Fold {
    char16_t units[MaxFoldedUnits];
    qsizetype size;
};

const Latin1Fold &latin1Fold(char16_t c)
{
    static const std::array<Latin1Fold, 0x80> table = [] {
        // One call of foldText for the 128 units, a space apart (a space
        // folds to itself, and no unit here folds to a space): the table
        // is what foldText makes of each.
        QString units(2 * 0x80 - 1, u' ');
        for (char16_t u = 0x80; u <= 0xFF; ++u)
            units[2 * (u - 0x80)] = QChar(u);
        const QString folded = foldText(units);
        std::array<Latin1Fold, 0x80> t{};
        qsizetype u = 0;
        for (const QStringView f : QStringView(folded).tokenize(u' ')) {
            Q_ASSERT(u < 0x80 && f.size() <= MaxFoldedUnits);
            std::copy_n(f.utf16(), f.size(), t[size_t(u)].units);
            t[size_t(u++)].size = f.size();
        }
        Q_ASSERT(u == 0x80);
        return t;
    }();
    return table[c - 0x80];
}

// Calls `word` with the index in `phrase` where each run of units between
// spaces starts, in turn; it reads the run and returns where it ended (at
// a space or the phrase's end), or -1 to stop: false when it stopped.
template<typename Word>
bool forEachWord(QStringView phrase, Word word)
{
    const char16_t *d = phrase.utf16();
    const qsizetype n = phrase.size();
    for (qsizetype i = 0; i < n;) {
        if (d[i] == u' ') {
            ++i;
            continue;
        }
        i = word(i);
        if (i < 0)
            return false;
    }
    return true;
}

// Room for a folded phrase: MaxFoldedUnits a unit.
using Units = QVarLengthArray<char16_t, 256>;

// A plain word is made of ASCII letters and digits and Latin-1 letters and
// starts with a letter: the tokenizer makes it one Word token (every unit
// is a word character; a word starting with a digit would start with a
// Number token). Writes the folded form of the word at `from` in `phrase`
// (up to the next space or the phrase's end: one pass over its units) at
// `out`, its end in `phrase` into *to, and returns the end of what it
// wrote; null for a word that is not plain.
char16_t *writeFolded(QStringView phrase, qsizetype from, char16_t *out, qsizetype *to)
{
    const char16_t *const units = phrase.utf16();
    const qsizetype size = phrase.size();
    qsizetype k = from;
    for (; k < size; ++k) {
        const char16_t c = units[k];
        if (isAsciiLetter(c)) {
            *out++ = c | 0x20; // lower case
        } else if (c == u' ') {
            break;
        } else if (isAsciiDigit(c) && k > from) {
            *out++ = c;
        } else if (isLatin1Letter(c)) {
            const Latin1Fold &f = latin1Fold(c);
            out = std::copy_n(f.units, f.size, out);
        } else {
            return nullptr;
        }
    }
    *to = k;
    return out;
}

QString toQString(const char16_t *begin, const char16_t *end)
{
    return QString(reinterpret_cast<const QChar *>(begin), end - begin);
}

} // namespace

QString foldLexiconWord(QStringView word)
{
    Units folded(word.size() * MaxFoldedUnits);
    char16_t *out = folded.data();
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            *out++ = u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
        } else if (u <= 0xFF) {
            const Latin1Fold &f = latin1Fold(u);
            out = std::copy_n(f.units, f.size, out);
        } else {
            return foldText(word); // past Latin-1: the whole word the general way
        }
    }
    return toQString(folded.data(), out);
}

void PhraseBatch::reserve(qsizetype phrases)
{
    m_phrases.reserve(size_t(phrases));
    m_spans.reserve(size_t(phrases));
    m_words.reserve(size_t(phrases * 5 / 4));
}

// A phrase of plain words between spaces, cut and folded as the tokenizer
// and computeForms would. False, having added nothing, for any other phrase.
bool PhraseBatch::cutPlain(QStringView phrase)
{
    const size_t first = m_words.size();
    Units folded(phrase.size() * MaxFoldedUnits);
    const bool plain = forEachWord(phrase, [&](qsizetype from) {
        qsizetype to = 0;
        const char16_t *end = writeFolded(phrase, from, folded.data(), &to);
        if (!end)
            return qsizetype(-1);
        // The first unit is a letter: ASCII or Latin-1, never title case.
        m_words.push_back({toQString(folded.data(), end), phrase[from].isUpper()});
        return to;
    });
    if (!plain)
        m_words.resize(first); // the tokenizer's turn
    return plain;
}

bool PhraseBatch::joinPlain(QStringView phrase, QChar separator, QString *out)
{
    Units joined(phrase.size() * MaxFoldedUnits);
    char16_t *const begin = joined.data();
    char16_t *end = begin;
    if (!forEachWord(phrase, [&](qsizetype from) {
            if (end != begin)
                *end++ = separator.unicode();
            qsizetype to = 0;
            end = writeFolded(phrase, from, end, &to);
            return end ? to : qsizetype(-1);
        }))
        return false;
    // No word: what joined() gives a phrase of no token.
    *out = end == begin ? QString() : toQString(begin, end);
    return true;
}

void PhraseBatch::run()
{
    m_spans.resize(m_phrases.size());
    std::vector<int> others; // phrases for analyzeText
    for (size_t p = 0; p < m_phrases.size(); ++p) {
        const size_t first = m_words.size();
        if (cutPlain(m_phrases[p]))
            m_spans[p] = {qsizetype(first), qsizetype(m_words.size() - first)};
        else
            others.push_back(int(p));
    }
    if (others.empty())
        return;
    // One line per phrase: no token runs across a line break, and what the
    // tokenizer looks at next to a phrase's ends (a line break here, the end
    // of the text alone) cuts it the same way.
    QString text;
    std::vector<qsizetype> ends; // of each phrase of `others` in `text`
    ends.reserve(others.size());
    for (int p : others) {
        if (!ends.empty())
            text.append(u'\n');
        text.append(m_phrases[size_t(p)]);
        ends.push_back(text.size());
    }
    const Document doc = analyzeText(text, QString());
    size_t k = 0;
    for (int p : others)
        m_spans[size_t(p)].first = -1;
    for (const Token &t : doc.tokens) {
        while (t.start >= ends[k])
            ++k;
        Span &span = m_spans[size_t(others[k])];
        if (span.first < 0)
            span.first = qsizetype(m_words.size());
        ++span.count;
        m_words.push_back({t.folded(), t.capitalized});
    }
    for (int p : others) {
        if (m_spans[size_t(p)].first < 0)
            m_spans[size_t(p)].first = 0; // no token
    }
}

QStringList PhraseBatch::foldedWords(int p) const
{
    const Span &span = m_spans[size_t(p)];
    QStringList out;
    out.reserve(span.count);
    for (qsizetype t = 0; t < span.count; ++t)
        out.append(word(p, t).folded);
    return out;
}

QString PhraseBatch::joined(int p, QChar separator) const
{
    const Span &span = m_spans[size_t(p)];
    if (span.count == 1)
        return word(p, 0).folded; // most entries: shared, no copy
    QString out;
    for (qsizetype t = 0; t < span.count; ++t) {
        if (t > 0)
            out.append(separator);
        out.append(word(p, t).folded);
    }
    return out;
}

} // namespace liaison
