#include "textnormalizer.h"

#include "sha256.h"


namespace liaison {

namespace {

// Unicode's Cc category, which no Unicode version changes: what
// QChar::category() == Other_Control says, without the table lookup.
constexpr bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

} // namespace

QString TextNormalizer::normalizeLayout(const QString &text)
{
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    // Written through a pointer into a buffer of the input's size (the output
    // is never longer): QString::append per character was most of the cost.
    QString out(nfc.size(), Qt::Uninitialized);
    char16_t *const begin = reinterpret_cast<char16_t *>(out.data());
    char16_t *d = begin;
    char16_t *lineEnd = begin; // after the last non-space character
    int newlines = 0;          // consecutive line breaks just written
    const char16_t *s = reinterpret_cast<const char16_t *>(nfc.utf16());
    const char16_t *const end = s + nfc.size();
    for (; s != end; ++s) {
        char16_t c = *s;
        if (c == u'\r') {
            if (s + 1 != end && s[1] == u'\n')
                continue;
            c = u'\n';
        }
        if (c == u'\n' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            d = lineEnd; // trailing spaces of the line
            if (newlines < 2 && d != begin)
                *d++ = u'\n';
            ++newlines;
            lineEnd = d;
            continue;
        }
        if ((isControl(c) && c != u'\t') || c == u'\uFEFF') // stray BOM / zero-width no-break space
            continue;
        *d++ = c;
        if (!QChar::isSpace(c))
            lineEnd = d;
        newlines = 0;
    }
    d = lineEnd;
    while (d != begin && d[-1] == u'\n')
        --d;
    const char16_t *lead = begin;
    while (lead != d && QChar::isSpace(*lead))
        ++lead;
    if (lead == begin) {
        out.truncate(d - begin);
        return out;
    }
    return QString(reinterpret_cast<const QChar *>(lead), d - lead);
}

QByteArray TextNormalizer::contentHash(const QString &text)
{
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    QString collapsed(nfc.size(), Qt::Uninitialized);
    char16_t *const begin = reinterpret_cast<char16_t *>(collapsed.data());
    char16_t *d = begin;
    bool space = false;
    for (const QChar c : nfc) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space && d != begin)
            *d++ = u' ';
        space = false;
        *d++ = c.unicode();
    }
    collapsed.truncate(d - begin);
    return sha256Hex(collapsed.toUtf8());
}

bool TextNormalizer::looksFrench(const QString &text)
{
    int accents = 0;
    for (const QChar c : text.left(4096)) {
        switch (c.toLower().unicode()) {
        case u'é':
        case u'è':
        case u'ê':
        case u'à':
        case u'ç':
        case u'ù':
        case u'û':
        case u'ô':
        case u'î':
            ++accents;
            break;
        default:
            break;
        }
    }
    return accents >= 2;
}

} // namespace liaison
