#include "textnormalizer.h"

#include <QCryptographicHash>

namespace liaison {

QString TextNormalizer::normalizeLayout(const QString &text)
{
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(nfc.size());
    int newlines = 0;     // consecutive line breaks just written
    qsizetype lineEnd = 0; // out.size() after the last non-space character
    for (qsizetype i = 0; i < nfc.size(); ++i) {
        QChar c = nfc.at(i);
        if (c == u'\r') {
            if (i + 1 < nfc.size() && nfc.at(i + 1) == u'\n')
                continue;
            c = u'\n';
        }
        if (c == u'\n' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            out.truncate(lineEnd); // trailing spaces of the line
            if (newlines < 2 && !out.isEmpty())
                out += u'\n';
            ++newlines;
            lineEnd = out.size();
            continue;
        }
        const QChar::Category cat = c.category();
        if (cat == QChar::Other_Control && c != u'\t')
            continue;
        if (c == u'\uFEFF') // stray BOM / zero-width no-break space
            continue;
        out += c;
        if (!c.isSpace())
            lineEnd = out.size();
        newlines = 0;
    }
    out.truncate(lineEnd);
    while (out.endsWith(u'\n'))
        out.chop(1);
    qsizetype lead = 0;
    while (lead < out.size() && out.at(lead).isSpace())
        ++lead;
    return out.mid(lead);
}

QByteArray TextNormalizer::contentHash(const QString &text)
{
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    QString collapsed;
    collapsed.reserve(nfc.size());
    bool space = false;
    for (const QChar c : nfc) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space && !collapsed.isEmpty())
            collapsed += u' ';
        space = false;
        collapsed += c;
    }
    return QCryptographicHash::hash(collapsed.toUtf8(), QCryptographicHash::Sha256).toHex();
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
