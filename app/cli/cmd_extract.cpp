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

#include <cstdio>

namespace liaison::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("liaison::cli::extract", text);
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
    parser.addOption(jsonOption);
    parser.addOption(languageOption);
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
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << tr("liaison-cli extract: no input file") << '\n';
        err << helpText(parser, arguments);
        return UsageError;
    }

    const Extractor extractor;
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return Failure;
    int status = Ok;
    for (const QString &file : files) {
        LoadOptions loadOptions;
        const LoadResult loaded = loadFile(file, loadOptions);
        QJsonObject object;
        if (!loaded.ok()) {
            err << file << ": " << loaded.error << '\n';
            err.flush();
            object = QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("error"), loaded.error}};
            status = Failure;
        } else {
            const SourceText &source = *loaded.source;
            ExtractOptions options;
            options.language = language.isEmpty() ? source.language : language;
            options.published = source.published;
            const Extraction x = extractor.extract(source.text, options);
            object = toJson(file, source, x);
        }
        out.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
        out.write("\n", 1);
        out.flush();
    }
    return status;
}

} // namespace liaison::cli
