#pragma once

#include <QStringView>

#include <string>

namespace liaison {

// Equality with a UTF-16 string literal whose length is known at compile time.
// Qt 6.4's operator==(const QString &, const char16_t *) measures the literal
// (qustrlen) on every call, and the rules compare tokens with hundreds of
// literals per sentence; this compares the sizes first and inline.
template<size_t N>
inline bool textIs(QStringView s, const char16_t (&literal)[N])
{
    return s.size() == qsizetype(N - 1)
        && std::char_traits<char16_t>::compare(s.utf16(), literal, N - 1) == 0;
}

} // namespace liaison
