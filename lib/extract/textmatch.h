#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <cstring>

#include <string>
#include <utility>

namespace liaison {

namespace detail {
// d[0, N - 1) == literal[0, N - 1), unrolled at compile time: the general
// std::char_traits loop stayed an out-of-line call from the big rule functions.
template<size_t N, size_t... K>
Q_ALWAYS_INLINE bool sameAsLiteral(const char16_t *d, const char16_t (&literal)[N], std::index_sequence<K...>)
{
    return ((d[K] == literal[K]) && ...);
}
} // namespace detail

// The index of the first `c` in `s` from `from` on, or -1: what
// QStringView::indexOf(QChar) answers, without its out-of-line search (whose
// set-up costs more than a lexicon file's short lines do).
inline qsizetype findUnit(QStringView s, char16_t c, qsizetype from = 0)
{
    const char16_t *begin = s.utf16();
    const char16_t *end = begin + s.size();
    const char16_t *at = std::find(begin + std::clamp<qsizetype>(from, 0, s.size()), end, c);
    return at == end ? -1 : at - begin;
}

// Equality with a UTF-16 string literal whose length is known at compile time.
// Qt 6.4's operator==(const QString &, const char16_t *) measures the literal
// (qustrlen) on every call, and the rules compare tokens with hundreds of
// literals per sentence; this compares the sizes first and inline (always:
// left to the compiler, large callers such as the entity rules made an
// out-of-line call of every probe, most of which fail on the size).
template<size_t N>
Q_ALWAYS_INLINE bool textIs(QStringView s, const char16_t (&literal)[N])
{
    return s.size() == qsizetype(N - 1)
        && detail::sameAsLiteral(s.utf16(), literal, std::make_index_sequence<N - 1>());
}

// Suffix and prefix tests against a literal, inline and without measuring
// it (QString::endsWith(const char16_t *) runs qustrlen, then an out-of-line
// comparison).
template<size_t N>
Q_ALWAYS_INLINE bool endsWithText(QStringView s, const char16_t (&suffix)[N])
{
    return s.size() >= qsizetype(N - 1)
        && detail::sameAsLiteral(s.utf16() + s.size() - qsizetype(N - 1), suffix, std::make_index_sequence<N - 1>());
}

template<size_t N>
Q_ALWAYS_INLINE bool startsWithText(QStringView s, const char16_t (&prefix)[N])
{
    return s.size() >= qsizetype(N - 1)
        && detail::sameAsLiteral(s.utf16(), prefix, std::make_index_sequence<N - 1>());
}

// Units `from` to `end` of x and y compared four a step, as 64-bit words:
// the last step reads up to three units past `end`, which the caller must
// know to be readable (and equal, if they are to count as the same).
Q_ALWAYS_INLINE bool sameQuads(const char16_t *x, const char16_t *y, qsizetype from, qsizetype end)
{
    for (qsizetype k = from; k < end; k += 4) {
        quint64 p;
        quint64 q;
        std::memcpy(&p, x + k, sizeof p);
        std::memcpy(&q, y + k, sizeof q);
        if (p != q)
            return false;
    }
    return true;
}

// memcmp of n UTF-16 units, inline and four units a step: words are short,
// and a library call or a unit-by-unit loop cost more than the comparison.
Q_ALWAYS_INLINE bool sameUnits(const char16_t *x, const char16_t *y, qsizetype n)
{
    const qsizetype quads = n & ~qsizetype(3);
    if (!sameQuads(x, y, 0, quads))
        return false;
    for (qsizetype k = quads; k < n; ++k) {
        if (x[k] != y[k])
            return false;
    }
    return true;
}

// a == b for two strings, inline: Qt 6.4's operator== calls the general
// (out-of-line) comparison whenever the sizes match.
// Strings that share their data (interned forms) answer without comparing.
Q_ALWAYS_INLINE bool textEquals(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    return a.utf16() == b.utf16() || sameUnits(a.utf16(), b.utf16(), a.size());
}

// words[from, from + count) joined by single spaces (count -1: to the end):
// what QStringList::join(u' ') gives, with one allocation, none for a single
// word, and no sublist for a slice.
inline QString joinWords(const QStringList &words, qsizetype from = 0, qsizetype count = -1)
{
    if (count < 0)
        count = words.size() - from;
    if (count <= 0)
        return QString();
    if (count == 1)
        return words.at(from);
    qsizetype length = count - 1;
    for (qsizetype k = from; k < from + count; ++k)
        length += words.at(k).size();
    QString out(length, Qt::Uninitialized);
    QChar *d = out.data();
    for (qsizetype k = from; k < from + count; ++k) {
        if (k > from)
            *d++ = u' ';
        const QString &w = words.at(k);
        d = std::copy(w.constBegin(), w.constEnd(), d);
    }
    return out;
}

} // namespace liaison
