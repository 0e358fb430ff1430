#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace liaison {

// Decodes the bytes of a plain-text or HTML file whose charset is not declared
// reliably: BOM first, then strict UTF-8, then uchardet; Latin-1 guesses are
// read as Windows-1252, its superset for printable characters.
class Charset
{
public:
    // What decode() found: the text and the charset it settled on ("UTF-8",
    // "UTF-16LE", "WINDOWS-1252", …). `binary` is set when the bytes hold NUL
    // bytes outside UTF-16, and the text is then empty.
    struct Decoded {
        QString text;
        QByteArray charset;
        bool binary = false;
        // Known to hold no control character but tab, LF, VT, FF and CR,
        // no DEL or C1 control and no U+FFFD (the UTF-8 path finds out as
        // it decodes); false when not known.
        bool controlFree = false;
        // Known to be as TextNormalizer::normalizeLayout() leaves a text,
        // but for whitespace at either end: the layout is then text.trimmed()
        // (the UTF-8 path finds out as it decodes); false when not known.
        bool laidOut = false;
    };

    // Detects the charset and decodes. Thread-safe.
    static Decoded decode(const QByteArray &bytes);

    // Decodes with a declared charset (e.g. from <meta charset>); nullopt when
    // the name is unknown or the bytes are not valid in it, so the caller can
    // fall back to decode().
    static std::optional<QString> decodeAs(const QByteArray &bytes, const QByteArray &charset);

    // uchardet's guess for bytes without a BOM, upper case; empty when unsure.
    static QByteArray detect(const QByteArray &bytes);

    static bool isValidUtf8(const QByteArray &bytes);
    static QString fromWindows1252(const QByteArray &bytes);
};

} // namespace liaison
