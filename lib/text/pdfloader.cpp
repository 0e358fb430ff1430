#include "pdfloader.h"

#include "modules/modules.h"

#include <QCoreApplication>

namespace liaison {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("liaison::PdfLoader", text);
}

using PdfLoad = void (*)(const QByteArray &bytes, LoadResult *result);

struct Backend {
    PdfLoad load = nullptr;
    QString error;
};

const Backend &backend()
{
    // Resolved once, by the first PDF's thread; the others wait for it.
    static const Backend loaded = [] {
        Backend b;
        b.load = reinterpret_cast<PdfLoad>(
            resolveModuleFunction(QStringLiteral("liaison-pdf"), "liaison_pdf_load", &b.error));
        return b;
    }();
    return loaded;
}

} // namespace

LoadResult PdfLoader::load(const QByteArray &bytes)
{
    LoadResult result;
    const Backend &pdf = backend();
    if (!pdf.load) {
        result.error = tr("PDF support is not installed (%1)").arg(pdf.error);
        return result;
    }
    pdf.load(bytes, &result);
    return result;
}

} // namespace liaison
