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
};

} // namespace liaison
