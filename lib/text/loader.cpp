#include "loader.h"

#include "asciiblocks.h"
#include "charset.h"
#include "htmlloader.h"
#include "language.h"
#include "officeloader.h"
#include "pdfloader.h"
#include "sha256.h"
#include "textnormalizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>

#include <algorithm>
#include <array>
#include <bit>
#include <optional>
#include <variant>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace liaison {

namespace {

// The context is the one lupdate files these calls under (the scope calling
// them), or the French would never be found; tests/i18n_contexts.py checks it.
QString tr(const char *text)
{
    return QCoreApplication::translate("liaison", text);
}

LoadResult refuse(const QString &reason)
{
    LoadResult result;
    result.error = reason;
    return result;
}

QString megabytes(qint64 bytes)
{
    return QString::number((bytes + 512 * 1024) / (1024 * 1024));
}

// Too many control characters (or undecodable bytes) for a text a person
// wrote: an executable or archive renamed .txt.
bool looksBinary(const QString &text)
{
    const qsizetype n = std::min<qsizetype>(text.size(), 64 * 1024);
    qsizetype bad = 0;
    const char16_t *const s = reinterpret_cast<const char16_t *>(text.utf16());
    auto isBad = [](char16_t c) {
        return (c < 0x20 && c != u'\n' && c != u'\r' && c != u'\t' && c != u'\f' && c != 0x0B) || c == 0xFFFD
            || (c >= 0x7F && c < 0x9F);
    };
    qsizetype i = 0;
#if defined(__SSE2__)
    // Printable ASCII, most of any text, is never bad: only the other units
    // of each block of sixteen are looked at.
    constexpr int kBlock = 2 * asciiblocks::kUnits;
    for (; n - i >= kBlock; i += kBlock) {
        const unsigned printable = asciiblocks::bits(asciiblocks::printableLanes(asciiblocks::load(s + i)),
                                                     asciiblocks::printableLanes(asciiblocks::load(s + i + 8)));
        for (unsigned other = ~printable & 0xFFFF; other != 0; other &= other - 1)
            bad += isBad(s[i + std::countr_zero(other)]);
    }
#endif
    for (; i < n; ++i) {
        const char16_t c = s[i];
        if (c >= 0x20 && c < 0x7F) // printable ASCII, most of any text
            continue;
        bad += isBad(c);
    }
    return n > 0 && bad * 20 > n; // over 5 %
}

// A first line short enough to be a headline, followed by a blank line.
QString plainTitle(const QString &text)
{
    const qsizetype end = text.indexOf(u'\n');
    if (end <= 0)
        return {};
    const QStringView first = QStringView(text).left(end).trimmed();
    if (first.size() > 200 || !QStringView(text).sliced(end).startsWith(QLatin1StringView("\n\n")))
        return {};
    return first.toString();
}

// Light Markdown: headings, emphasis, code marks, links and images, quote and
// list markers go; the words stay on their lines. Front matter gives fields.
SourceText fromMarkdown(const QString &markdown)
{
    SourceText source;
    QStringList lines = markdown.split(u'\n');
    qsizetype start = 0;
    if (!lines.isEmpty() && lines.constFirst().trimmed() == u"---") {
        for (qsizetype i = 1; i < lines.size() && i < 100; ++i) {
            const QString line = lines.at(i).trimmed();
            if (line == u"---" || line == u"...") {
                start = i + 1;
                break;
            }
            const qsizetype colon = line.indexOf(u':');
            if (colon <= 0)
                continue;
            const QString key = line.left(colon).trimmed().toLower();
            QString value = line.mid(colon + 1).trimmed();
            if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
                value = value.mid(1, value.size() - 2);
            if (key == u"title")
                source.title = value;
            else if (key == u"author")
                source.author = value;
            else if (key == u"date")
                source.published = QDate::fromString(value.left(10), Qt::ISODate);
            else if (key == u"url" || key == u"canonical")
                source.url = value;
        }
    }
    static const QRegularExpression heading(QStringLiteral("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$"));
    static const QRegularExpression rule(QStringLiteral("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$"));
    static const QRegularExpression quote(QStringLiteral("^\\s{0,3}(>\\s?)+"));
    static const QRegularExpression bullet(QStringLiteral("^(\\s*)([-*+]|\\d{1,9}[.)])\\s+"));
    static const QRegularExpression fence(QStringLiteral("^\\s{0,3}(```|~~~)"));
    static const QRegularExpression refDef(QStringLiteral("^\\s{0,3}\\[[^\\]]+\\]:\\s+\\S+"));
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]+)\\](?:\\([^)]*\\)|\\[[^\\]]*\\])"));
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"));
    static const QRegularExpression emphasis(QStringLiteral("(?<![\\w*])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*])"));
    static const QRegularExpression code(QStringLiteral("`([^`]*)`"));
    static const QRegularExpression setextUnderline(QStringLiteral("^\\s{0,3}(=+|-+)\\s*$"));
    QStringList out;
    bool inFence = false;
    for (qsizetype i = start; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (fence.match(line).hasMatch()) {
            inFence = !inFence;
            continue;
        }
        if (inFence) {
            out << line;
            continue;
        }
        if (refDef.match(line).hasMatch())
            continue;
        // "Title\n=====" headings: the underline goes, the title stays.
        if (setextUnderline.match(line).hasMatch() && !out.isEmpty() && !out.constLast().trimmed().isEmpty()) {
            if (source.title.isEmpty() && line.trimmed().startsWith(u'='))
                source.title = out.constLast().trimmed();
            continue;
        }
        if (rule.match(line).hasMatch()) {
            out << QString();
            continue;
        }
        if (const QRegularExpressionMatch m = heading.match(line); m.hasMatch()) {
            line = m.captured(1);
            if (source.title.isEmpty())
                source.title = line;
        }
        line.remove(quote);
        line.replace(bullet, QStringLiteral("\\1"));
        line.replace(image, QStringLiteral("\\1"));
        line.replace(link, QStringLiteral("\\1"));
        line.replace(code, QStringLiteral("\\1"));
        line.replace(strong, QStringLiteral("\\2"));
        line.replace(emphasis, QStringLiteral("\\2"));
        out << line;
    }
    source.text = out.join(u'\n');
    return source;
}

enum class Format { Text, Markdown, Html, Pdf, Docx, Odt, Unsupported };

// The format of a lower-case suffix.
Format formatOfLower(QStringView suffix)
{
    if (suffix == u"txt" || suffix == u"text")
        return Format::Text;
    if (suffix == u"md" || suffix == u"markdown")
        return Format::Markdown;
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return Format::Html;
    if (suffix == u"pdf")
        return Format::Pdf;
    if (suffix == u"docx")
        return Format::Docx;
    if (suffix == u"odt")
        return Format::Odt;
    return Format::Unsupported;
}

// The text laid out (TextNormalizer::normalizeLayout), Markdown once more
// after its marks are taken out.
LoadResult loadPlain(const QByteArray &bytes, Format format)
{
    Charset::Decoded decoded = Charset::decode(bytes);
    if (decoded.binary)
        return refuse(tr("binary file (contains NUL bytes)"));
    // Text without control characters is not binary, whatever looksBinary()
    // would count.
    if (!decoded.controlFree && looksBinary(decoded.text))
        return refuse(tr("binary file"));
    // Most files are laid out already, as the decoder found: the pass and
    // its copy of the text are spared.
    QString text = decoded.laidOut ? std::move(decoded.text).trimmed() : TextNormalizer::normalizeLayout(decoded.text);
    LoadResult result;
    if (format == Format::Markdown) {
        result.source = fromMarkdown(text);
        result.source->text = TextNormalizer::normalizeLayout(result.source->text);
    } else {
        SourceText source;
        source.text = std::move(text);
        result.source = std::move(source);
    }
    return result;
}

} // namespace

QStringList supportedSuffixes()
{
    return {QStringLiteral("txt"),  QStringLiteral("text"), QStringLiteral("md"),   QStringLiteral("markdown"),
            QStringLiteral("html"), QStringLiteral("htm"),  QStringLiteral("xhtml"), QStringLiteral("pdf"),
            QStringLiteral("docx"), QStringLiteral("odt")};
}

namespace {

// loadBytes() once the format is known: loadFile() has it from its checks
// before reading, so the file name is not read twice.
LoadResult loadBytesAs(const QByteArray &bytes, Format format, const QString &fileName, const LoadOptions &options)
{
    if (bytes.size() > options.maxFileSize)
        return refuse(tr("file too large (%1 MB, limit %2 MB)")
                          .arg(megabytes(bytes.size()), megabytes(options.maxFileSize)));
    if (bytes.isEmpty())
        return refuse(tr("empty file"));

    QByteArray fileSha256;
    if (options.contentHash || options.isKnownFile)
        fileSha256 = sha256Hex(bytes);
    if (options.isKnownFile && options.isKnownFile(fileSha256)) {
        LoadResult known;
        known.source.emplace();
        known.source->path = fileName;
        known.source->fileSha256 = fileSha256;
        known.known = true;
        return known;
    }

    LoadResult result;
    switch (format) {
    case Format::Text:
    case Format::Markdown:
        // Blank: what QByteArray::trimmed() would empty, without its copy.
        if (std::all_of(bytes.cbegin(), bytes.cend(), [](char c) {
                return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
            }))
            return refuse(tr("empty file"));
        result = loadPlain(bytes, format);
        break;
    case Format::Html:
        result = HtmlLoader::load(bytes);
        break;
    case Format::Pdf:
        result = PdfLoader::load(bytes);
        break;
    case Format::Docx:
        result = OfficeLoader::load(bytes, OfficeLoader::Format::Docx, options);
        break;
    case Format::Odt:
        result = OfficeLoader::load(bytes, OfficeLoader::Format::Odt, options);
        break;
    case Format::Unsupported:
        break;
    }
    if (!result.ok())
        return result;

    SourceText &source = *result.source;
    source.path = fileName;
    source.fileSha256 = fileSha256;
    if (format != Format::Text && format != Format::Markdown) // loadPlain() laid those out
        source.text = TextNormalizer::normalizeLayout(source.text);
    if (source.text.isEmpty() || !std::any_of(source.text.cbegin(), source.text.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
        return refuse(format == Format::Text || format == Format::Markdown ? tr("empty file") : tr("no text found"));
    // Most files have none of these (a text file's title comes below).
    if (!source.title.isEmpty())
        source.title = TextNormalizer::normalizeLayout(source.title).simplified();
    if (!source.author.isEmpty())
        source.author = source.author.normalized(QString::NormalizationForm_C).simplified();
    if (!source.source.isEmpty())
        source.source = source.source.normalized(QString::NormalizationForm_C).simplified();
    if (format == Format::Text && source.title.isEmpty())
        source.title = plainTitle(source.text);

    if (options.contentHash || options.isKnown)
        source.sha256 = TextNormalizer::contentHash(source.text);
    if (options.isKnown && options.isKnown(source.sha256)) {
        result.known = true;
        return result;
    }
    const Language::Guess language = Language::identify(source.text);
    if (Language::isSupported(language.code)) {
        source.language = language.code;
    } else if (options.detectLanguage && language.reliable && !language.code.isEmpty()) {
        return refuse(tr("language not supported (looks like %1)").arg(language.name()));
    } else {
        // Too short or too mixed to tell: French if it reads like French.
        source.language = TextNormalizer::looksFrench(source.text) ? QStringLiteral("fr") : QStringLiteral("en");
    }
    return result;
}

// QFileInfo::suffix(): what follows the file name's last dot (whatever the
// name starts with), without building a QFileInfo.
QStringView suffixOf(const QString &path)
{
    for (qsizetype i = path.size() - 1; i >= 0; --i) {
        if (path.at(i) == u'.')
            return QStringView(path).sliced(i + 1);
        if (path.at(i) == u'/')
            break;
    }
    return {};
}

// The format of a suffix in any case. The known suffixes are short and ASCII:
// such a suffix is lowered on the stack rather than in a new string; any
// other goes through toLower(), which can make ASCII of it (U+212A, the
// Kelvin sign, lowers to 'k').
Format formatOf(QStringView suffix)
{
    std::array<char16_t, 8> lower;
    if (suffix.size() > qsizetype(lower.size()))
        return formatOfLower(suffix.toString().toLower());
    for (qsizetype i = 0; i < suffix.size(); ++i) {
        const char16_t c = suffix[i].unicode();
        if (c >= 0x80)
            return formatOfLower(suffix.toString().toLower());
        lower[size_t(i)] = c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
    }
    return formatOfLower(QStringView(lower.data(), suffix.size()));
}

LoadResult refuseFormat(QStringView suffix)
{
    return refuse(suffix.isEmpty() ? tr("unsupported format (no file extension)")
                                   : tr("unsupported format (.%1)").arg(suffix.toString().toLower()));
}

} // namespace

LoadResult loadBytes(const QByteArray &bytes, const QString &fileName, const LoadOptions &options)
{
    const QStringView suffix = suffixOf(fileName);
    const Format format = formatOf(suffix);
    if (format == Format::Unsupported)
        return refuseFormat(suffix);
    return loadBytesAs(bytes, format, fileName, options);
}

namespace {

// The refusals made before reading, in this order whichever way the file was
// opened: a folder, an unsupported format, a file over the size limit (so a
// huge file never reaches memory). Otherwise the format, for loadBytesAs().
std::variant<Format, LoadResult> refuseBeforeReading(const QString &path, bool isDir, qint64 size,
                                                     const LoadOptions &options)
{
    if (isDir)
        return refuse(tr("is a folder"));
    const QStringView suffix = suffixOf(path);
    const Format format = formatOf(suffix);
    if (format == Format::Unsupported)
        return refuseFormat(suffix);
    if (size > options.maxFileSize)
        return refuse(tr("file too large (%1 MB, limit %2 MB)").arg(megabytes(size), megabytes(options.maxFileSize)));
    return format;
}

// Up to one byte past the limit, so a file that grew since stat() still stops
// there. The buffer starts at the size stat() gave and grows only if the file
// did: reading the limit at once would allocate all of it (50 MB) up front for
// every file. `read(buffer, room)` gives the bytes read, 0 at the end, or < 0
// on an error (then false, and no bytes).
// A read that stops short of its room with exactly the size stat() gave has
// reached the end: a file that grew since would have filled the byte past it.
// That saves asking the kernel once more for the 0 that says so. A file whose
// size stat() does not know (0: a pipe, /proc) is read until that 0.
template <typename Read>
bool readUpTo(QByteArray &bytes, qint64 expected, qint64 limit, Read read)
{
    bytes.resize(qsizetype(std::min(expected + 1, limit)));
    qint64 size = 0;
    for (;;) {
        const qint64 room = bytes.size() - size;
        const qint64 n = read(bytes.data() + size, room);
        if (n < 0) {
            bytes.clear();
            return false;
        }
        size += n;
        if (n == 0 || size >= limit || (expected > 0 && size == expected && n < room))
            break;
        if (size == bytes.size())
            bytes.resize(qsizetype(std::min(limit, 2 * size)));
    }
    bytes.truncate(qsizetype(size));
    return true;
}

// The buffer files are read into, kept from file to file on each thread:
// a new one per file was an allocation as large as the file, a large-size
// request for which malloc first consolidates the heap. It is only ever in
// use by one file at a time (loadBytesAs() reads no file).
QByteArray &readBuffer()
{
    static thread_local QByteArray buffer;
    return buffer;
}

// loadBytesAs() on the buffer; a buffer grown for a large file is let go.
LoadResult loadReadBytes(QByteArray &bytes, Format format, const QString &path, const LoadOptions &options)
{
    LoadResult result = loadBytesAs(bytes, format, path, options);
    if (bytes.capacity() > 1024 * 1024)
        bytes = QByteArray();
    return result;
}

// Through QFileInfo and QFile: the portable path, and the one that names what
// is wrong with a file that cannot be opened.
LoadResult loadFileThroughQt(const QString &path, const LoadOptions &options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return refuse(tr("file not found"));
    std::variant<Format, LoadResult> checked = refuseBeforeReading(path, info.isDir(), info.size(), options);
    if (LoadResult *refused = std::get_if<LoadResult>(&checked))
        return std::move(*refused);
    QFile file(path);
    // Unbuffered: the bytes go straight into the buffer, not through
    // QIODevice's own first.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        // QFile reports EACCES as OpenError, so the permission is asked directly.
        return refuse(file.error() == QFileDevice::PermissionsError || !info.isReadable()
                          ? tr("unreadable file (permission denied)")
                          : tr("unreadable file"));
    QByteArray &bytes = readBuffer();
    if (!readUpTo(bytes, info.size(), options.maxFileSize + 1, [&file](char *buffer, qint64 room) -> qint64 {
            const qint64 n = file.read(buffer, room);
            return file.error() != QFileDevice::NoError ? -1 : n;
        }))
        return refuse(tr("unreadable file"));
    return loadReadBytes(bytes, std::get<Format>(checked), path, options);
}

#ifdef Q_OS_UNIX
// A file that opens is read with open, fstat and read alone: QFileInfo and
// QFile ask the kernel to walk the path three times and stat it three times,
// a tenth of the kernel's share of `liaison-cli extract` over short articles.
// The checks and messages are the Qt path's, in its order; a file that does
// not open goes that way to be named.
std::optional<LoadResult> loadFileThroughPosix(const QString &path, const LoadOptions &options)
{
    const QByteArray name = QFile::encodeName(path);
    int fd = -1;
    do
        fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return std::nullopt;
    const auto closeFile = qScopeGuard([fd] { ::close(fd); });
    struct stat st;
    if (::fstat(fd, &st) != 0)
        return std::nullopt;
    const qint64 size = S_ISREG(st.st_mode) ? qint64(st.st_size) : 0;
    std::variant<Format, LoadResult> checked = refuseBeforeReading(path, S_ISDIR(st.st_mode), size, options);
    if (LoadResult *refused = std::get_if<LoadResult>(&checked))
        return std::move(*refused);
    QByteArray &bytes = readBuffer();
    if (!readUpTo(bytes, size, options.maxFileSize + 1, [fd](char *buffer, qint64 room) -> qint64 {
            for (;;) {
                const ssize_t n = ::read(fd, buffer, size_t(room));
                if (n >= 0 || errno != EINTR)
                    return n;
            }
        }))
        return refuse(tr("unreadable file"));
    return loadReadBytes(bytes, std::get<Format>(checked), path, options);
}
#endif

} // namespace

LoadResult loadFile(const QString &path, const LoadOptions &options)
{
#ifdef Q_OS_UNIX
    if (std::optional<LoadResult> loaded = loadFileThroughPosix(path, options))
        return std::move(*loaded);
#endif
    return loadFileThroughQt(path, options);
}

} // namespace liaison
