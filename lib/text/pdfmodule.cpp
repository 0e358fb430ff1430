// The liaison-pdf module: poppler, and through it Qt Gui, NSS, libtiff and
// more, loaded by PdfLoader::load() on the first PDF (see modules/modules.h).
// It uses nothing of liaisoncore but its headers.
#include "pdfloader.h"

#include <QCoreApplication>
#include <QStringList>

#include <poppler-qt6.h>

#include <mutex>

namespace liaison {

namespace {

// The context is the one lupdate files these calls under (the scope calling
// them), or the French would never be found; tests/i18n_contexts.py checks it.
QString tr(const char *text)
{
    return QCoreApplication::translate("liaison::PdfLoader", text);
}

// Poppler reports every oddity of a damaged file on stderr; a refusal reason
// is all the user needs, so its messages are dropped.
void ignorePopplerMessage(const QString &, const QVariant &) { }

void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction(ignorePopplerMessage, QVariant()); });
}

// Fonts map "fi", "fl"… to one ligature glyph, which poppler passes on; the
// words should read as typed.
QLatin1StringView ligature(char16_t c)
{
    static const char *const letters[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
    return QLatin1StringView(letters[c - 0xFB00]);
}

// Poppler emits a form feed at the end of pages and stray control
// characters from broken font maps; neither belongs in the text.
QString cleanPageText(const QString &raw)
{
    QString text;
    text.reserve(raw.size());
    for (const QChar c : raw) {
        if (c == u'\f' || c == u'\r')
            text += u'\n';
        else if (c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06)
            text += ligature(c.unicode());
        else if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t')
            continue;
        else
            text += c;
    }
    return text.trimmed();
}

} // namespace

LoadResult PdfLoader::loadWithPoppler(const QByteArray &bytes)
{
    silencePoppler();
    LoadResult result;
    if (!bytes.left(1024).contains("%PDF-")) {
        result.error = tr("corrupt PDF");
        return result;
    }
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc) {
        result.error = tr("corrupt PDF");
        return result;
    }
    if (doc->isLocked()) {
        result.error = tr("encrypted PDF");
        return result;
    }
    QStringList pages;
    const int count = doc->numPages();
    for (int i = 0; i < count; ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page)
            continue;
        // Default layout: poppler's reading order, which follows columns.
        const QString text = cleanPageText(page->text(QRectF()));
        if (!text.isEmpty())
            pages << text;
    }
    if (count <= 0 && pages.isEmpty()) {
        result.error = tr("corrupt PDF");
        return result;
    }
    SourceText source;
    source.text = pages.join(QLatin1StringView("\n\n"));
    source.title = doc->info(QStringLiteral("Title")).simplified();
    source.author = doc->info(QStringLiteral("Author")).simplified();
    const QDateTime created = doc->date(QStringLiteral("CreationDate"));
    if (created.isValid())
        source.published = created.date();
    result.source = std::move(source);
    return result;
}

} // namespace liaison

// The module's one entry point, resolved by name. The result is filled in
// rather than returned: C linkage cannot return a C++ type.
extern "C" Q_DECL_EXPORT void liaison_pdf_load(const QByteArray &bytes, liaison::LoadResult *result)
{
    *result = liaison::PdfLoader::loadWithPoppler(bytes);
}
