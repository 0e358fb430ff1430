#include "loader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace liaison {

// Minimal UTF-8 text loader; the full loader set (HTML, PDF, DOCX/ODT, charset
// and language detection) replaces it.
LoadResult loadBytes(const QByteArray &bytes, const QString &fileName, const LoadOptions &options)
{
    Q_UNUSED(options);
    LoadResult result;
    if (bytes.trimmed().isEmpty()) {
        result.error = QStringLiteral("empty file");
        return result;
    }
    SourceText source;
    source.path = fileName;
    source.text = QString::fromUtf8(bytes).normalized(QString::NormalizationForm_C);
    source.language = QStringLiteral("en");
    source.sha256 = QCryptographicHash::hash(source.text.toUtf8(), QCryptographicHash::Sha256).toHex();
    result.source = std::move(source);
    return result;
}

LoadResult loadFile(const QString &path, const LoadOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, file.errorString()};
    return loadBytes(file.readAll(), path, options);
}

QStringList supportedSuffixes() { return {QStringLiteral("txt"), QStringLiteral("md")}; }

} // namespace liaison
