#include "commands.h"

#include "extract/extractor.h"
#include "text/loader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

namespace liaison::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("liaison::cli", text);
}

// UTF-16 index -> code point index, for texts with characters outside the BMP.
class CodePoints
{
public:
    explicit CodePoints(const QString &text)
    {
        bool surrogates = false;
        for (QChar c : text) {
            if (c.isHighSurrogate()) {
                surrogates = true;
                break;
            }
        }
        if (!surrogates)
            return;
        m_map.resize(text.size() + 1);
        int cp = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            m_map[i] = cp;
            if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
                ++cp;
        }
        m_map[text.size()] = cp;
    }
    int operator()(int utf16) const
    {
        if (m_map.isEmpty())
            return utf16;
        return m_map.at(std::clamp<qsizetype>(utf16, 0, m_map.size() - 1));
    }

private:
    QList<int> m_map;
};

QJsonObject span(const Span &s, const CodePoints &cp)
{
    return QJsonObject{{QStringLiteral("start"), cp(s.start)}, {QStringLiteral("end"), cp(s.end)}};
}

QString firstLine(const QString &text)
{
    const QStringList lines = text.left(2000).split(u'\n');
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            return t;
    }
    return QString();
}

QJsonObject toJson(const QString &file, const SourceText &source, const Extraction &x)
{
    const CodePoints cp(source.text);
    QJsonArray entities;
    for (const ExtractedEntity &e : x.entities) {
        QJsonArray mentions;
        for (const Span &m : e.mentions)
            mentions.append(span(m, cp));
        entities.append(QJsonObject{{QStringLiteral("name"), e.name},
                                    {QStringLiteral("type"), toString(e.type)},
                                    {QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases)},
                                    {QStringLiteral("mentions"), mentions}});
    }
    QJsonArray relations;
    for (const ExtractedRelation &r : x.relations) {
        const auto name = [&](int i) -> QJsonValue {
            if (i < 0 || i >= x.entities.size())
                return QJsonValue::Null;
            return x.entities.at(i).name;
        };
        QJsonObject o{{QStringLiteral("type"), toString(r.type)},
                      {QStringLiteral("source"), name(r.source)},
                      {QStringLiteral("target"), name(r.target)},
                      {QStringLiteral("status"), toString(r.status)},
                      {QStringLiteral("evidence"), span(r.evidence, cp)},
                      {QStringLiteral("confidence"), r.confidence}};
        o.insert(QStringLiteral("amount"),
                 r.amount ? QJsonValue(QJsonObject{{QStringLiteral("value"), r.amount->value},
                                                   {QStringLiteral("currency"), r.amount->currency}})
                          : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("stake_percent"), r.stakePercent ? QJsonValue(*r.stakePercent) : QJsonValue());
        o.insert(QStringLiteral("role"), r.role.isEmpty() ? QJsonValue() : QJsonValue(r.role));
        o.insert(QStringLiteral("date"), r.date.isEmpty() ? QJsonValue() : QJsonValue(r.date));
        relations.append(o);
    }
    return QJsonObject{{QStringLiteral("file"), file},
                       {QStringLiteral("language"), x.language},
                       {QStringLiteral("title"), source.title.isEmpty() ? firstLine(source.text) : source.title},
                       {QStringLiteral("entities"), entities},
                       {QStringLiteral("relations"), relations}};
}

// One input file's JSON line and, when it was refused, the stderr message.
struct FileResult {
    QByteArray line;
    QString error;
    bool done = false;
};

FileResult extractFile(const Extractor &extractor, const QString &file, const QString &language)
{
    FileResult result;
    const LoadResult loaded = loadFile(file, LoadOptions());
    QJsonObject object;
    if (!loaded.ok()) {
        result.error = loaded.error;
        object = QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("error"), loaded.error}};
    } else {
        const SourceText &source = *loaded.source;
        ExtractOptions options;
        options.language = language.isEmpty() ? source.language : language;
        options.published = source.published;
        object = toJson(file, source, extractor.extract(source.text, options));
    }
    result.line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    result.line.append('\n');
    result.done = true;
    return result;
}

} // namespace

int runExtract(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads articles and prints the entities and relations they state, one JSON object per file "
           "(JSON Lines), in input order. Writes nothing to any database."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON Lines (the default and only format)."));
    const QCommandLineOption languageOption(QStringList{QStringLiteral("l"), QStringLiteral("language")},
                                            tr("Language of the articles: fr or en (default: detected)."),
                                            tr("lang"));
    const QCommandLineOption jobsOption(
        QStringList{QStringLiteral("j"), QStringLiteral("jobs")},
        tr("Files read at once, on that many threads (default: one per core). The output order stays the "
           "input order."),
        tr("n"));
    parser.addOption(jsonOption);
    parser.addOption(languageOption);
    parser.addOption(jobsOption);
    parser.addPositionalArgument(QStringLiteral("files"), tr("Articles to read (.txt, .md, .html, .pdf, .docx, .odt)."),
                                 QStringLiteral("FILE..."));
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << helpText(parser, arguments);
        return Ok;
    }
    const QString language = parser.value(languageOption);
    if (!language.isEmpty() && language != u"fr" && language != u"en") {
        err << tr("liaison-cli extract: --language must be fr or en") << '\n';
        return UsageError;
    }
    int jobs = std::max(1, QThread::idealThreadCount());
    if (parser.isSet(jobsOption)) {
        bool ok = false;
        jobs = parser.value(jobsOption).toInt(&ok);
        if (!ok || jobs < 1) {
            err << tr("liaison-cli extract: --jobs must be a positive number") << '\n';
            return UsageError;
        }
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << tr("liaison-cli extract: no input file") << '\n';
        err << helpText(parser, arguments);
        return UsageError;
    }

    const Extractor extractor; // const and thread-safe: one for all workers
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return Failure;
    // Workers take files in order and fill their slot; this thread prints the
    // slots in input order as soon as each is ready, so output streams.
    std::vector<FileResult> results(size_t(files.size()));
    std::mutex mutex;
    std::condition_variable ready;
    size_t next = 0;
    auto work = [&] {
        for (;;) {
            size_t index;
            {
                const std::lock_guard lock(mutex);
                if (next >= results.size())
                    return;
                index = next++;
            }
            FileResult result = extractFile(extractor, files.at(qsizetype(index)), language);
            {
                const std::lock_guard lock(mutex);
                results[index] = std::move(result);
            }
            ready.notify_all();
        }
    };
    const int threads = int(std::min<qsizetype>(jobs, files.size()));
    std::vector<std::thread> pool;
    if (threads <= 1) {
        work();
    } else {
        for (int t = 0; t < threads; ++t)
            pool.emplace_back(work);
    }
    int status = Ok;
    for (size_t i = 0; i < results.size(); ++i) {
        FileResult result;
        {
            std::unique_lock lock(mutex);
            ready.wait(lock, [&] { return results[i].done; });
            result = std::move(results[i]);
        }
        if (!result.error.isEmpty()) {
            err << files.at(qsizetype(i)) << ": " << result.error << '\n';
            err.flush();
            status = Failure;
        }
        out.write(result.line);
        out.flush();
    }
    for (std::thread &t : pool)
        t.join();
    return status;
}

} // namespace liaison::cli
