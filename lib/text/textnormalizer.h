#pragma once

#include <QByteArray>
#include <QString>

namespace liaison {

// The text clean-up every loader shares, and the content hash that makes the
// same article in two formats a duplicate.
class TextNormalizer
{
public:
    // NFC; CR LF and CR become LF; control characters other than tab and
    // newline go; trailing spaces on lines go; runs of blank lines become one.
    // Line structure is otherwise kept (no reflow).
    static QString normalizeLayout(const QString &text);

    // Hex SHA-256 of the text in NFC with every whitespace run collapsed to
    // one space and the ends trimmed, so layout differences between formats
    // do not matter.
    static QByteArray contentHash(const QString &text);

    // Cheap tie-breaker for texts too short for language identification.
    static bool looksFrench(const QString &text);

    // Characters NFC leaves as they are whatever surrounds them: no canonical
    // decomposition, combining class 0, never the second of a composing pair.
    // All of them below U+0300 (combining marks start there); General
    // Punctuation from U+2002 (U+2000 and U+2001 decompose) to U+2064; the
    // currency signs to U+20BF. Checked against the Unicode 14 data; the
    // normalization stability policy keeps it true for these assigned
    // characters.
    static constexpr bool isNfcInert(char32_t c)
    {
        return c < 0x300 || (c >= 0x2002 && c <= 0x2064) || (c >= 0x20A0 && c <= 0x20BF);
    }

    // A character from U+00A0 on that normalizeLayout() keeps as it is
    // wherever it stands (a space among them, except at the end of a line):
    // left alone by NFC, and neither a C1 control nor a line or paragraph
    // separator. For a decoder that tells as it goes whether a text needs the
    // pass at all (Charset::Decoded::laidOut).
    static constexpr bool keepsAsIs(char32_t c)
    {
        return c >= 0xA0 && isNfcInert(c) && c != 0x2028 && c != 0x2029;
    }
};

} // namespace liaison
