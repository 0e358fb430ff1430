#include "commands.h"

#include "ingest/importer.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <atomic>
#include <csignal>
#include <cstdio>

#include <unistd.h>

namespace liaison::cli {

namespace {

// lupdate files a free tr() in this namespace under "liaison::cli": the same context here.
QString tr(const char *text) { return QCoreApplication::translate("liaison::cli", text); }

std::atomic<Importer *> g_importer{nullptr};

// Ctrl+C cancels cleanly: the article being written commits, nothing else does.
extern "C" void cancelImport(int)
{
    if (Importer *importer = g_importer.load())
        importer->cancel();
}

// A one-line progress bar redrawn in place on a terminal.
class ProgressBar
{
public:
    explicit ProgressBar(bool enabled) : m_enabled(enabled), m_err(stderr) { m_clock.start(); }

    void update(int done, int total, const QString &file)
    {
        if (!m_enabled || (done < total && m_clock.elapsed() - m_last < 100))
            return;
        m_last = m_clock.elapsed();
        constexpr int width = 30;
        const int filled = total > 0 ? width * done / total : width;
        QString name = QFileInfo(file).fileName();
        if (name.size() > 40)
            name = name.left(39) + u'…';
        m_err << '\r' << '[' << QString(filled, u'#') << QString(width - filled, u'.') << "] " << done << '/'
              << total << ' ' << name << "\x1b[K";
        m_err.flush();
        m_shown = true;
    }
    void clear()
    {
        if (m_shown) {
            m_err << "\r\x1b[K";
            m_err.flush();
            m_shown = false;
        }
    }

private:
    bool m_enabled;
    bool m_shown = false;
    QTextStream m_err;
    QElapsedTimer m_clock;
    qint64 m_last = -1000;
};

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import articles (files and folders, recursively) into a Liaison database.\n"
           "Exit status: 0 when every file was imported or skipped as a duplicate, 1 when a file was refused\n"
           "(one 'PATH: reason' line per refused file on stderr) or the database cannot be opened, 2 on usage "
           "errors.\n"
           "--json prints {imported, duplicates, refused, articles, entities, relations, claims, seconds}: "
           "articles to claims count what the database holds afterwards; refused_files lists the refusals and "
           "added what this import created."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      tr("The database file (default: %1).").arg(Database::defaultPath()),
                                      tr("PATH"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the summary as one JSON object."));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           tr("Loading and extraction threads (default: one per core)."),
                                           tr("N"));
    const QCommandLineOption maxSizeOption(QStringLiteral("max-size"),
                                           tr("Refuse files larger than this many megabytes (default: 50)."),
                                           tr("MB"));
    parser.addOptions({dbOption, jsonOption, threadsOption, maxSizeOption});
    parser.addPositionalArgument(QStringLiteral("paths"), tr("Files or folders to import."),
                                 tr("FILE_OR_DIR..."));

    QTextStream err(stderr);
    if (const std::optional<int> exit = parseCommandLine(parser, arguments))
        return *exit;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        err << tr("liaison-cli import: no file or folder to import") << '\n' << helpText(parser, arguments);
        return UsageError;
    }
    ImportOptions options;
    if (parser.isSet(threadsOption)) {
        bool ok = false;
        options.threads = parser.value(threadsOption).toInt(&ok);
        if (!ok || options.threads < 1) {
            err << tr("liaison-cli import: --threads needs a positive number") << '\n';
            return UsageError;
        }
    }
    if (parser.isSet(maxSizeOption)) {
        bool ok = false;
        const double megabytes = parser.value(maxSizeOption).toDouble(&ok);
        if (!ok || megabytes <= 0) {
            err << tr("liaison-cli import: --max-size needs a positive number of megabytes") << '\n';
            return UsageError;
        }
        options.load.maxFileSize = qint64(megabytes * 1024 * 1024);
    }
    const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();

    // The importer opens the database before reading any file, so a wrong
    // --db costs nothing (and no file is reported).
    Importer importer(dbPath);
    importer.setOptions(options);
    ProgressBar bar(isatty(fileno(stderr)) != 0);
    QObject::connect(&importer, &Importer::progress, &importer,
                     [&bar](int done, int total, const QString &file) { bar.update(done, total, file); });
    QObject::connect(&importer, &Importer::fileFinished, &importer, [&](const ImportOutcome &outcome) {
        if (outcome.kind != ImportOutcome::Kind::Refused)
            return;
        bar.clear();
        err << QDir::toNativeSeparators(outcome.path) << ": " << outcome.reason << '\n';
        err.flush();
    });

    g_importer.store(&importer);
    const auto previousHandler = std::signal(SIGINT, cancelImport);
    const ImportSummary summary = importer.run(paths);
    std::signal(SIGINT, previousHandler);
    g_importer.store(nullptr);
    bar.clear();

    if (!summary.error.isEmpty()) {
        err << tr("liaison-cli import: %1").arg(summary.error) << '\n';
        return Failure;
    }
    QTextStream out(stdout);
    if (parser.isSet(jsonOption)) {
        QJsonArray refused;
        for (const RefusedFile &r : summary.refused)
            refused.append(QJsonObject{{QStringLiteral("path"), r.path}, {QStringLiteral("reason"), r.reason}});
        const QJsonObject json{
            {QStringLiteral("imported"), summary.imported},
            {QStringLiteral("duplicates"), summary.duplicates},
            {QStringLiteral("refused"), int(summary.refused.size())},
            {QStringLiteral("articles"), summary.articles},
            {QStringLiteral("entities"), summary.entities},
            {QStringLiteral("relations"), summary.relations},
            {QStringLiteral("claims"), summary.claims},
            {QStringLiteral("seconds"), summary.seconds},
            {QStringLiteral("cancelled"), summary.cancelled},
            {QStringLiteral("refused_files"), refused},
            {QStringLiteral("added"), QJsonObject{{QStringLiteral("entities"), summary.newEntities},
                                                  {QStringLiteral("relations"), summary.newRelations},
                                                  {QStringLiteral("claims"), summary.newClaims}}},
        };
        out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out << tr("%1 imported, %2 duplicates, %3 refused in %4 s; the database holds %5 articles, %6 entities, "
                  "%7 relations, %8 claims.")
                   .arg(summary.imported)
                   .arg(summary.duplicates)
                   .arg(summary.refused.size())
                   .arg(summary.seconds, 0, 'f', 2)
                   .arg(summary.articles)
                   .arg(summary.entities)
                   .arg(summary.relations)
                   .arg(summary.claims)
            << '\n';
        if (summary.cancelled)
            out << tr("Import cancelled; every article stored is complete.") << '\n';
    }
    if (summary.cancelled)
        return Failure;
    return summary.refused.isEmpty() ? Ok : Failure;
}

} // namespace liaison::cli
