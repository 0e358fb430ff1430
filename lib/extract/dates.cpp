#include "dates.h"

#include "quantities.h"
#include "textmatch.h"

#include <array>
#include <string_view>
#include <vector>

namespace liaison {

namespace {

struct Tok {
    qsizetype start;
    qsizetype end;
    QStringView text;
    bool number;
};

// The Unicode tests of QChar, answered without its tables below U+0080.
bool isDigitChar(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x80 ? (u >= u'0' && u <= u'9') : c.isDigit();
}

bool isLetterChar(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x80 ? ((u | 0x20) >= u'a' && (u | 0x20) <= u'z') : c.isLetter();
}

// The words and numbers of `text` into `out` (cleared first; the caller
// reuses it, so a sentence costs no allocation once the list has grown).
void words(QStringView text, std::vector<Tok> &out)
{
    out.clear();
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if (u < 0x80 ? ((u >= u'0' && u <= u'9') || ((u | 0x20) >= u'a' && (u | 0x20) <= u'z'))
                     : c.isLetterOrNumber()) {
            const bool number = isDigitChar(c);
            qsizetype j = i + 1;
            while (j < text.size() && (number ? isDigitChar(text[j]) : isLetterChar(text[j])))
                ++j;
            out.push_back({i, j, text.mid(i, j - i), number});
            i = j;
        } else {
            ++i;
        }
    }
}

// Whether `text` holds a run of exactly four ASCII digits from 1900 to 2099
// (a token yearOf() accepts), or any digit outside ASCII (left to the full
// parser): without a publication date, every date find() reports needs a
// year, so a sentence without one is answered without cutting it into words.
bool mayHoldYear(QStringView text)
{
    const char16_t *d = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        i = Quantities::nextDigitCandidate(text, i); // ASCII non-digits hold no year
        if (i >= n)
            break;
        const char16_t u = d[i];
        if (u >= 0x80) {
            if (QChar(u).isDigit())
                return true;
            ++i;
            continue;
        }
        if (u < u'0' || u > u'9') {
            ++i;
            continue;
        }
        qsizetype j = i;
        int value = 0;
        while (j < n && d[j] >= u'0' && d[j] <= u'9') {
            if (j - i < 5)
                value = value * 10 + (d[j] - u'0');
            ++j;
        }
        if (j < n && d[j] >= 0x80 && QChar(d[j]).isDigit())
            return true; // a run that goes on past ASCII
        if (j - i == 4 && value >= 1900 && value <= 2099)
            return true;
        i = j;
    }
    return false;
}

struct MonthName {
    const char16_t *name;
    int month;
    bool needsCapital; // English "May", "March" are also common words
};

constexpr std::array<MonthName, 43> kMonths{{
    {u"janvier", 1, false}, {u"janv", 1, false}, {u"f\u00E9vrier", 2, false}, {u"fevrier", 2, false},
    {u"f\u00E9vr", 2, false}, {u"mars", 3, false}, {u"avril", 4, false}, {u"mai", 5, false}, {u"juin", 6, false},
    {u"juillet", 7, false}, {u"juil", 7, false}, {u"ao\u00FBt", 8, false}, {u"aout", 8, false},
    {u"septembre", 9, false}, {u"octobre", 10, false}, {u"novembre", 11, false}, {u"d\u00E9cembre", 12, false},
    {u"decembre", 12, false},
    {u"january", 1, true}, {u"february", 2, true}, {u"march", 3, true}, {u"april", 4, true}, {u"may", 5, true},
    {u"june", 6, true}, {u"july", 7, true}, {u"august", 8, true}, {u"september", 9, true},
    {u"october", 10, true}, {u"november", 11, true}, {u"december", 12, true},
    {u"jan", 1, true}, {u"feb", 2, true}, {u"mar", 3, true}, {u"apr", 4, true}, {u"jun", 6, true},
    {u"jul", 7, true}, {u"aug", 8, true}, {u"sep", 9, true}, {u"sept", 9, true}, {u"oct", 10, true},
    {u"nov", 11, true}, {u"dec", 12, true}, {u"d\u00E9c", 12, false},
}};

int monthOf(const Tok &t, bool french)
{
    // Called on every word of a sentence: reject on length and first letter
    // before any case-insensitive comparison.
    if (t.number || t.text.size() < 3 || t.text.size() > 9)
        return 0;
    const char16_t f = t.text.front().unicode();
    const char16_t first = f < 0x80 ? (f >= u'A' && f <= u'Z' ? char16_t(f + 32) : f) : t.text.front().toLower().unicode();
    // Every month name (and abbreviation) starts with one of these.
    switch (first) {
    case u'j': case u'f': case u'm': case u'a': case u's': case u'o': case u'n': case u'd':
        break;
    default:
        return 0;
    }
    // Nor a length no name of that letter has: case folding maps each
    // UTF-16 unit to one (see below), so only names of the word's length
    // can equal it. Most words are rejected here, before being lower-cased.
    static const std::array<quint16, 26> lengthsByLetter = [] {
        std::array<quint16, 26> out{};
        for (const MonthName &m : kMonths)
            out[size_t(m.name[0] - u'a')] |= quint16(1u << std::u16string_view(m.name).size());
        return out;
    }();
    if (!(lengthsByLetter[size_t(first - u'a')] & (1u << t.text.size())))
        return 0;
    // An all-ASCII word (the usual case) is compared lower-cased, without the
    // general case-insensitive comparison; a month name holding an accent
    // cannot equal it anyway.
    char16_t lower[9];
    bool ascii = true;
    for (qsizetype i = 0; i < t.text.size() && ascii; ++i) {
        const char16_t c = t.text[i].unicode();
        ascii = c < 0x80;
        lower[i] = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    }
    const std::u16string_view word(lower, ascii ? size_t(t.text.size()) : 0);
    // The months by first letter, in table order (the first match wins).
    static const std::array<std::array<qint8, 12>, 26> byLetter = [] {
        std::array<std::array<qint8, 12>, 26> out;
        for (auto &list : out)
            list.fill(-1);
        for (size_t k = 0; k < kMonths.size(); ++k) {
            auto &list = out[size_t(kMonths[k].name[0] - u'a')];
            size_t slot = 0;
            while (list[slot] >= 0)
                ++slot; // at most 11 names share a first letter ("j")
            list[slot] = qint8(k);
        }
        return out;
    }();
    for (const qint8 index : byLetter[size_t(first - u'a')]) {
        if (index < 0)
            break;
        const MonthName &m = kMonths[size_t(index)];
        const std::u16string_view name(m.name);
        // Case folding maps each UTF-16 unit to one: names of another
        // length never compare equal, and need no general comparison.
        if (ascii ? word != name
                  : (size_t(t.text.size()) != name.size()
                     || t.text.compare(QStringView(m.name), Qt::CaseInsensitive) != 0))
            continue;
        if (m.needsCapital && !t.text.front().isUpper())
            return 0;
        // French text: English-only abbreviations would misread "mar", "dec"…
        if (french && m.needsCapital && t.text.size() <= 4)
            return 0;
        return m.month;
    }
    return 0;
}

// The value of a token of digits: ASCII ones without QStringView::toInt's
// general parser (the others go to it).
int numberOf(QStringView digits)
{
    int v = 0;
    for (const QChar c : digits) {
        const char16_t u = c.unicode();
        if (u < u'0' || u > u'9')
            return digits.toInt();
        v = v * 10 + (u - u'0');
    }
    return v;
}

int yearOf(const Tok &t)
{
    if (!t.number || t.text.size() != 4)
        return 0;
    const int y = numberOf(t.text);
    return (y >= 1900 && y <= 2099) ? y : 0;
}

int dayOf(const Tok &t)
{
    if (!t.number || t.text.size() > 2)
        return 0;
    const int d = numberOf(t.text);
    return (d >= 1 && d <= 31) ? d : 0;
}

bool isWord(QStringView t, QStringView w) { return t.compare(w, Qt::CaseInsensitive) == 0; }

QString iso(int y, int m = 0, int d = 0)
{
    QString s = QString::number(y);
    if (m > 0)
        s += u'-' + QString::number(m).rightJustified(2, u'0');
    if (m > 0 && d > 0 && QDate(y, m, d).isValid())
        s += u'-' + QString::number(d).rightJustified(2, u'0');
    return s;
}

// A number glued to a currency or a percent sign is a quantity, not a year.
bool looksLikeQuantity(QStringView text, const Tok &t)
{
    const qsizetype before = t.start - 1;
    if (before >= 0 && (text[before] == u'$' || text[before] == QChar(0x20AC) || text[before] == QChar(0x00A3)
                        || text[before] == u',' || text[before] == u'.'))
        return true;
    qsizetype after = t.end;
    while (after < text.size() && (text[after] == u' ' || text[after] == QChar(0x00A0) || text[after] == QChar(0x202F)))
        ++after;
    if (after < text.size() && (text[after] == u'%' || text[after] == QChar(0x20AC) || text[after] == u'$'))
        return true;
    if (t.end < text.size() && (text[t.end] == u',' || text[t.end] == u'.') && t.end + 1 < text.size()
        && text[t.end + 1].isDigit())
        return true;
    return false;
}

} // namespace

QList<DateMention> Dates::find(QStringView text, QStringView language, const QDate &published, int offset)
{
    QList<DateMention> out;
    if (!published.isValid() && !mayHoldYear(text))
        return out;
    const bool french = textIs(language, u"fr");
    thread_local std::vector<Tok> list;
    words(text, list);
    const std::vector<Tok> &toks = list;
    const qsizetype tokCount = qsizetype(toks.size());
    auto add = [&](qsizetype start, qsizetype end, const QString &value) {
        out.append({offset + int(start), offset + int(end), value});
    };
    for (qsizetype i = 0; i < tokCount; ++i) {
        const Tok &t = toks[i];
        const Tok *next = i + 1 < tokCount ? &toks[i + 1] : nullptr;
        const Tok *next2 = i + 2 < tokCount ? &toks[i + 2] : nullptr;
        // ISO 8601: 2025-06-12 or 2025-06
        if (yearOf(t) && next && next->number && next->text.size() == 2 && next->start == t.end + 1
            && text[t.end] == u'-') {
            const int m = numberOf(next->text);
            if (m >= 1 && m <= 12) {
                int d = 0;
                qsizetype end = next->end;
                if (next2 && next2->number && next2->text.size() == 2 && next2->start == next->end + 1
                    && text[next->end] == u'-') {
                    d = numberOf(next2->text);
                    end = next2->end;
                    ++i;
                }
                add(t.start, end, iso(numberOf(t.text), m, d));
                ++i;
                continue;
            }
        }
        // 12 mai 2025, 1er juin, 3 March 2024
        if (dayOf(t) && next) {
            qsizetype k = i + 1;
            if (isWord(toks[k].text, u"er") && toks[k].start == t.end && k + 1 < tokCount)
                ++k;
            if (const int m = monthOf(toks[k], french)) {
                const int d = dayOf(t);
                if (k + 1 < tokCount && yearOf(toks[k + 1])) {
                    add(t.start, toks[k + 1].end, iso(yearOf(toks[k + 1]), m, d));
                    i = k + 1;
                    continue;
                }
                if (published.isValid()) {
                    add(t.start, toks[k].end, iso(published.year() - (m > published.month() ? 1 : 0), m, d));
                    i = k;
                    continue;
                }
            }
        }
        if (const int m = monthOf(t, french)) {
            // June 12, 2025 / June 2025 / June
            if (next && dayOf(*next) && !french) {
                if (next2 && yearOf(*next2)) {
                    add(t.start, next2->end, iso(yearOf(*next2), m, dayOf(*next)));
                    i += 2;
                    continue;
                }
                if (published.isValid()) {
                    add(t.start, next->end, iso(published.year() - (m > published.month() ? 1 : 0), m, dayOf(*next)));
                    ++i;
                    continue;
                }
            }
            if (next && yearOf(*next)) {
                add(t.start, next->end, iso(yearOf(*next), m));
                ++i;
                continue;
            }
            if (!published.isValid())
                continue;
            // "in June", "en mai", "last May", "mai dernier", "next March", "juin prochain"
            const Tok *prev = i > 0 ? &toks[i - 1] : nullptr;
            const bool last = (prev && isWord(prev->text, u"last")) || (next && isWord(next->text, u"dernier"));
            const bool coming = (prev && isWord(prev->text, u"next")) || (next && isWord(next->text, u"prochain"));
            const bool introduced = prev
                && (isWord(prev->text, u"in") || isWord(prev->text, u"en") || isWord(prev->text, u"since")
                    || isWord(prev->text, u"depuis") || isWord(prev->text, u"until") || isWord(prev->text, u"by")
                    || isWord(prev->text, u"d\u00E8s") || isWord(prev->text, u"fin") || isWord(prev->text, u"d\u00E9but")
                    || isWord(prev->text, u"mi") || isWord(prev->text, u"early") || isWord(prev->text, u"late"));
            if (!last && !coming && !introduced)
                continue;
            int y = published.year();
            if (last && m >= published.month())
                --y;
            else if (coming && m <= published.month())
                ++y;
            const qsizetype start = (last || coming) && prev && !introduced ? prev->start : t.start;
            add(start, (next && (isWord(next->text, u"dernier") || isWord(next->text, u"prochain"))) ? next->end : t.end,
                 iso(y, m));
            continue;
        }
        if (const int y = yearOf(t)) {
            if (!looksLikeQuantity(text, t))
                add(t.start, t.end, iso(y));
        }
    }
    return out;
}

} // namespace liaison
