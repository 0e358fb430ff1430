#include "commands.h"

#include "graph/databasegraph.h"
#include "graph/graphexport.h"
#include "storage/database.h"
#include "storage/dataexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

namespace liaison::cli {

namespace {

// lupdate files a free tr() in this namespace under "liaison::cli": the same context here.
QString tr(const char *text) { return QCoreApplication::translate("liaison::cli", text); }

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    if (path == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return false;
        out.write(bytes);
        return true;
    }
    // QSaveFile: an export that fails half way never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write what a Liaison database holds to a file.\n"
           "json: one object with articles (metadata), entities, relations and claims.\n"
           "csv: the relations go to FILE and the entities to FILE with '-entities' before its suffix\n"
           "(-o graph.csv writes graph.csv and graph-entities.csv).\n"
           "graphml, gexf, dot: the relationship graph for Gephi, Cytoscape or Graphviz, one node per entity.\n"
           "-o - writes JSON to standard output."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      tr("The database file (default: %1).").arg(Database::defaultPath()),
                                      tr("PATH"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("json, csv, graphml, gexf or dot."), tr("FORMAT"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write."),
                                          tr("FILE"));
    parser.addOptions({dbOption, formatOption, outputOption});

    QTextStream err(stderr);
    if (const std::optional<int> exit = parseCommandLine(parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("liaison-cli export: unexpected argument '%1'").arg(parser.positionalArguments().constFirst())
            << '\n';
        return UsageError;
    }
    const QString format = parser.value(formatOption).toLower();
    if (format.isEmpty() || !parser.isSet(outputOption)) {
        err << tr("liaison-cli export: --format and -o are required") << '\n' << helpText(parser, arguments);
        return UsageError;
    }
    const std::optional<GraphFormat> graphFormat = GraphExporter::formatFromName(format);
    if (format != u"json" && format != u"csv" && !graphFormat) {
        err << tr("liaison-cli export: unsupported format '%1' (json, csv, graphml, gexf or dot)").arg(format)
            << '\n';
        return UsageError;
    }
    const QString output = parser.value(outputOption);
    if (format == u"csv" && output == u"-") {
        err << tr("liaison-cli export: csv writes two files and needs a file name") << '\n';
        return UsageError;
    }

    Database db;
    if (!db.open(parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath(),
                 Database::OpenMode::MustExist)) {
        err << tr("liaison-cli export: %1").arg(db.errorString()) << '\n';
        return Failure;
    }
    QString error;
    bool ok;
    if (graphFormat) {
        ok = writeFile(output, GraphExporter::toByteArray(graphFromDatabase(db), *graphFormat), &error);
    } else if (format == u"json") {
        ok = writeFile(output, DataExport::exportJson(db), &error);
    } else {
        ok = writeFile(output, DataExport::relationsCsv(db), &error)
            && writeFile(DataExport::entitiesPath(output), DataExport::entitiesCsv(db), &error);
    }
    if (!ok) {
        err << tr("liaison-cli export: cannot write %1: %2").arg(output, error) << '\n';
        return Failure;
    }
    return Ok;
}

} // namespace liaison::cli
