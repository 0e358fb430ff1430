#include "commands.h"

#include "storage/database.h"
#include "storage/databasestats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace liaison::cli {

namespace {

// lupdate files a free tr() in this namespace under "liaison::cli": the same context here.
QString tr(const char *text) { return QCoreApplication::translate("liaison::cli", text); }

template<typename Enum>
QJsonObject countsToJson(const QMap<Enum, int> &counts)
{
    QJsonObject json;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        json.insert(toString(it.key()), it.value());
    return json;
}

} // namespace

int runStats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Count what a Liaison database holds: articles, entities by type, relations by type, claims.\n"
           "--json prints {articles, entities, entities_by_type, relations, relations_by_type, claims, "
           "claims_by_review, schema_version}."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      tr("The database file (default: %1).").arg(Database::defaultPath()),
                                      tr("PATH"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the counts as one JSON object."));
    parser.addOptions({dbOption, jsonOption});

    QTextStream err(stderr);
    if (const std::optional<int> exit = parseCommandLine(parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("liaison-cli stats: unexpected argument '%1'").arg(parser.positionalArguments().constFirst())
            << '\n';
        return UsageError;
    }
    Database db;
    if (!db.open(parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath(),
                 Database::OpenMode::MustExist)) {
        err << tr("liaison-cli stats: %1").arg(db.errorString()) << '\n';
        return Failure;
    }
    const DatabaseStats stats = DatabaseStats::collect(db);
    QTextStream out(stdout);
    if (parser.isSet(jsonOption)) {
        const QJsonObject json{
            {QStringLiteral("articles"), stats.articles},
            {QStringLiteral("entities"), stats.entities},
            {QStringLiteral("entities_by_type"), countsToJson(stats.entitiesByType)},
            {QStringLiteral("relations"), stats.relations},
            {QStringLiteral("relations_by_type"), countsToJson(stats.relationsByType)},
            {QStringLiteral("claims"), stats.claims},
            {QStringLiteral("claims_by_review"), countsToJson(stats.claimsByReview)},
            {QStringLiteral("schema_version"), db.schemaVersion()},
        };
        out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
        return Ok;
    }
    out << tr("Articles: %1").arg(stats.articles) << '\n';
    out << tr("Entities: %1").arg(stats.entities) << '\n';
    for (auto it = stats.entitiesByType.cbegin(); it != stats.entitiesByType.cend(); ++it)
        out << "  " << toString(it.key()) << ": " << it.value() << '\n';
    out << tr("Relations: %1").arg(stats.relations) << '\n';
    for (auto it = stats.relationsByType.cbegin(); it != stats.relationsByType.cend(); ++it)
        out << "  " << toString(it.key()) << ": " << it.value() << '\n';
    out << tr("Claims: %1").arg(stats.claims) << '\n';
    for (auto it = stats.claimsByReview.cbegin(); it != stats.claimsByReview.cend(); ++it)
        out << "  " << toString(it.key()) << ": " << it.value() << '\n';
    return Ok;
}

} // namespace liaison::cli
