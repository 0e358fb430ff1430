#include "officeloader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace liaison {

namespace {

// The context is the one lupdate files these calls under (the scope calling
// them), or the French would never be found; tests/i18n_contexts.py checks it.
QString tr(const char *text)
{
    return QCoreApplication::translate("liaison::OfficeLoader", text);
}

const QLatin1StringView kWordNs("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QLatin1StringView kMarkupCompatNs("http://schemas.openxmlformats.org/markup-compatibility/2006");
const QLatin1StringView kOdfTextNs("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QLatin1StringView kOdfOfficeNs("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QLatin1StringView kDcNs("http://purl.org/dc/elements/1.1/");
const QLatin1StringView kDcTermsNs("http://purl.org/dc/terms/");
const QLatin1StringView kOdfMetaNs("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");

enum class ReadStatus { Ok, Missing, Corrupt, TooLarge };

// Reads one archive member with a running count shared by every member read
// from the same file: the declared uncompressed size is never trusted.
ReadStatus readMember(QuaZip &zip, const QString &name, qint64 *budget, QByteArray *out)
{
    if (!zip.setCurrentFile(name))
        return ReadStatus::Missing;
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return ReadStatus::Corrupt;
    out->clear();
    char chunk[64 * 1024];
    for (;;) {
        const qint64 n = file.read(chunk, sizeof chunk);
        if (n < 0)
            return ReadStatus::Corrupt;
        if (n == 0)
            break;
        *budget -= n;
        if (*budget < 0)
            return ReadStatus::TooLarge;
        out->append(chunk, n);
    }
    file.close();
    // A CRC mismatch shows up on close.
    if (file.getZipError() != UNZ_OK)
        return ReadStatus::Corrupt;
    return ReadStatus::Ok;
}

QString collapse(const QString &s)
{
    return s.simplified();
}

// word/document.xml: one block per w:p, w:t runs inside; deleted runs
// (w:delText) and the fallback copies of text boxes are left out.
QStringList docxParagraphs(const QByteArray &xml, bool *ok)
{
    QXmlStreamReader reader(xml);
    QStringList paragraphs;
    QString current;
    int depth = 0;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (reader.namespaceUri() == kMarkupCompatNs && reader.name() == u"Fallback") {
                reader.skipCurrentElement();
                continue;
            }
            if (reader.namespaceUri() != kWordNs)
                continue;
            const QStringView name = reader.name();
            if (name == u"p") {
                ++depth;
            } else if (name == u"t" && depth > 0) {
                current += reader.readElementText(QXmlStreamReader::SkipChildElements);
            } else if (name == u"tab" && depth > 0) {
                current += u'\t';
            } else if ((name == u"br" || name == u"cr") && depth > 0) {
                current += u'\n';
            }
        } else if (token == QXmlStreamReader::EndElement && reader.namespaceUri() == kWordNs
                   && reader.name() == u"p") {
            if (--depth == 0) {
                const QString p = current.trimmed();
                if (!p.isEmpty())
                    paragraphs << p;
                current.clear();
            }
        }
    }
    *ok = !reader.hasError();
    return paragraphs;
}

// content.xml: one block per text:p / text:h; footnotes and comments left out.
QStringList odtParagraphs(const QByteArray &xml, bool *ok)
{
    QXmlStreamReader reader(xml);
    QStringList paragraphs;
    QString current;
    int depth = 0;
    auto finish = [&] {
        QStringList lines = current.split(u'\n');
        for (QString &line : lines)
            line = line.trimmed();
        const QString p = lines.join(u'\n').trimmed();
        if (!p.isEmpty())
            paragraphs << p;
        current.clear();
    };
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = reader.name();
            if (reader.namespaceUri() == kOdfOfficeNs && name == u"annotation") {
                reader.skipCurrentElement();
                continue;
            }
            if (reader.namespaceUri() != kOdfTextNs)
                continue;
            if (name == u"p" || name == u"h") {
                if (depth++ > 0)
                    current += u' ';
            } else if (name == u"note") {
                reader.skipCurrentElement();
            } else if (name == u"s" && depth > 0) {
                // Repeated spaces; the count is capped so a hostile file
                // cannot ask for a gigabyte of them.
                const int c = reader.attributes().value(kOdfTextNs, QLatin1StringView("c")).toInt();
                current += QString(std::clamp(c, 1, 64), u' ');
            } else if (name == u"tab" && depth > 0) {
                current += u'\t';
            } else if (name == u"line-break" && depth > 0) {
                current += u'\n';
            }
        } else if (token == QXmlStreamReader::Characters && depth > 0) {
            // ODF collapses whitespace in text content like HTML does.
            const QString text = reader.text().toString();
            QString collapsed = collapse(text);
            if (!text.isEmpty() && text.front().isSpace() && !collapsed.isEmpty())
                collapsed.prepend(u' ');
            if (!text.isEmpty() && text.back().isSpace())
                collapsed += u' ';
            current += collapsed;
        } else if (token == QXmlStreamReader::EndElement && reader.namespaceUri() == kOdfTextNs
                   && (reader.name() == u"p" || reader.name() == u"h")) {
            if (depth > 0 && --depth == 0)
                finish();
        }
    }
    *ok = !reader.hasError();
    return paragraphs;
}

struct DocMeta {
    QString title, author;
    QDate created;
};

DocMeta readMeta(const QByteArray &xml)
{
    DocMeta meta;
    QString initialCreator;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView ns = reader.namespaceUri();
        const QStringView name = reader.name();
        if (ns == kDcNs && name == u"title" && meta.title.isEmpty()) {
            meta.title = collapse(reader.readElementText(QXmlStreamReader::SkipChildElements));
        } else if (ns == kDcNs && name == u"creator" && meta.author.isEmpty()) {
            meta.author = collapse(reader.readElementText(QXmlStreamReader::SkipChildElements));
        } else if (ns == kOdfMetaNs && name == u"initial-creator") {
            initialCreator = collapse(reader.readElementText(QXmlStreamReader::SkipChildElements));
        } else if (((ns == kDcTermsNs && name == u"created") || (ns == kOdfMetaNs && name == u"creation-date"))
                   && !meta.created.isValid()) {
            const QString value = reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
            QDateTime dt = QDateTime::fromString(value, Qt::ISODate);
            meta.created = dt.isValid() ? dt.date() : QDate::fromString(value.left(10), Qt::ISODate);
        }
    }
    // The original author is the better byline than the last editor.
    if (!initialCreator.isEmpty())
        meta.author = initialCreator;
    return meta;
}

} // namespace

LoadResult OfficeLoader::load(const QByteArray &bytes, Format format, const LoadOptions &options)
{
    LoadResult result;
    QByteArray copy = bytes; // QBuffer needs a non-const array; shares the data
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip)) {
        result.error = tr("corrupt document (not a zip archive)");
        return result;
    }
    qint64 budget = options.maxUnpackedSize;
    const QString contentName = format == Format::Docx ? QStringLiteral("word/document.xml") : QStringLiteral("content.xml");
    const QString metaName = format == Format::Docx ? QStringLiteral("docProps/core.xml") : QStringLiteral("meta.xml");
    QByteArray content;
    switch (readMember(zip, contentName, &budget, &content)) {
    case ReadStatus::Ok:
        break;
    case ReadStatus::Missing:
        result.error = format == Format::Docx ? tr("corrupt document (no word/document.xml)")
                                              : tr("corrupt document (no content.xml)");
        return result;
    case ReadStatus::Corrupt:
        result.error = tr("corrupt document");
        return result;
    case ReadStatus::TooLarge:
        result.error = tr("zip bomb (unpacks to more than %1 MB)").arg(options.maxUnpackedSize / (1024 * 1024));
        return result;
    }
    bool ok = false;
    const QStringList paragraphs = format == Format::Docx ? docxParagraphs(content, &ok) : odtParagraphs(content, &ok);
    if (!ok && paragraphs.isEmpty()) {
        result.error = tr("corrupt document");
        return result;
    }
    SourceText source;
    source.text = paragraphs.join(QLatin1StringView("\n\n"));
    QByteArray metaXml;
    const ReadStatus metaStatus = readMember(zip, metaName, &budget, &metaXml);
    if (metaStatus == ReadStatus::TooLarge) {
        result.error = tr("zip bomb (unpacks to more than %1 MB)").arg(options.maxUnpackedSize / (1024 * 1024));
        return result;
    }
    if (metaStatus == ReadStatus::Ok) {
        const DocMeta meta = readMeta(metaXml);
        source.title = meta.title;
        source.author = meta.author;
        source.published = meta.created;
    }
    result.source = std::move(source);
    return result;
}

} // namespace liaison
