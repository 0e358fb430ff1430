#include "commands.h"

#include "charts/chartdata.h"
#include "charts/chartrenderer.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QTextStream>

namespace liaison::cli {

namespace {

// The CLI's messages share the "cli" context with main.cpp; a free Cli::tr()
// helper would be filed by lupdate under "liaison::cli" and never found.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// "2025", "2025-06" or "2025-06-12": the first or the last day it covers.
QDate parseBound(const QString &text, bool end)
{
    const QString t = text.trimmed();
    QDate first;
    QDate last;
    if (t.size() == 10) {
        first = last = QDate::fromString(t, Qt::ISODate);
    } else if (t.size() == 7) {
        first = QDate::fromString(t + QStringLiteral("-01"), Qt::ISODate);
        last = first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
    } else if (t.size() == 4) {
        bool ok = false;
        const int year = t.toInt(&ok);
        if (ok && year > 0) {
            first = QDate(year, 1, 1);
            last = QDate(year, 12, 31);
        }
    }
    return end ? last : first;
}

QString kindList()
{
    QString text;
    for (ChartKind kind : allChartKinds())
        text += QStringLiteral("  %1\n      %2\n").arg(chartKindId(kind), chartKindDescription(kind));
    return text;
}

} // namespace

int runChart(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Render one of Liaison's charts to a PNG, SVG or PDF file; the format follows the file's suffix.\n"
           "\n"
           "Kinds:\n")
        + kindList());
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      Cli::tr("The database file (default: %1).").arg(Database::defaultPath()),
                                      Cli::tr("PATH"));
    const QCommandLineOption kindOption(QStringLiteral("kind"), Cli::tr("The chart to draw (see Kinds above)."),
                                       Cli::tr("KIND"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          Cli::tr("The file to write: .png, .svg or .pdf."), Cli::tr("FILE"));
    const QCommandLineOption widthOption(QStringLiteral("width"), Cli::tr("Width in pixels (default: 1200)."), Cli::tr("W"),
                                         QStringLiteral("1200"));
    const QCommandLineOption heightOption(QStringLiteral("height"), Cli::tr("Height in pixels (default: 750)."), Cli::tr("H"),
                                          QStringLiteral("750"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        Cli::tr("Only relations dated from this day, month or year on "
                                           "(YYYY, YYYY-MM or YYYY-MM-DD)."),
                                        Cli::tr("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), Cli::tr("Only relations dated up to this day, month or year."),
                                      Cli::tr("DATE"));
    const QCommandLineOption typeOption(QStringLiteral("type"),
                                        Cli::tr("Only this relation type (e.g. acquired, invested_in, raised, hired); "
                                           "repeat for several."),
                                        Cli::tr("TYPE"));
    const QCommandLineOption statusOption(QStringLiteral("status"),
                                          Cli::tr("Only this status (e.g. completed, announced, talks); repeat for several."),
                                          Cli::tr("STATUS"));
    const QCommandLineOption topOption(QStringLiteral("top"),
                                       Cli::tr("Bars kept by most-connected and talent-flow (default: 15)."), Cli::tr("N"),
                                       QStringLiteral("15"));
    parser.addOptions({dbOption, kindOption, outputOption, widthOption, heightOption, fromOption, toOption,
                       typeOption, statusOption, topOption});

    QTextStream err(stderr);
    const auto usage = [&](const QString &message) {
        err << Cli::tr("liaison-cli chart: %1").arg(message) << '\n';
        return UsageError;
    };
    if (const std::optional<int> exit = parseCommandLine(parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return usage(Cli::tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(kindOption) || !parser.isSet(outputOption)) {
        err << Cli::tr("liaison-cli chart: --kind and -o are required") << '\n' << helpText(parser, arguments);
        return UsageError;
    }
    const std::optional<ChartKind> kind = chartKindFromId(parser.value(kindOption));
    if (!kind) {
        QStringList ids;
        for (ChartKind k : allChartKinds())
            ids << chartKindId(k);
        return usage(Cli::tr("unknown chart kind '%1' (%2)").arg(parser.value(kindOption), ids.join(QStringLiteral(", "))));
    }
    const QString output = parser.value(outputOption);
    if (!chartFileSuffixes().contains(QFileInfo(output).suffix().toLower()))
        return usage(Cli::tr("%1: the file name must end in .png, .svg or .pdf").arg(output));

    bool widthOk = false;
    bool heightOk = false;
    const QSize size(parser.value(widthOption).toInt(&widthOk), parser.value(heightOption).toInt(&heightOk));
    if (!widthOk || !heightOk || size.width() < 100 || size.height() < 100 || size.width() > 20000
        || size.height() > 20000)
        return usage(Cli::tr("--width and --height must be whole numbers of pixels from 100 to 20000"));

    ChartFilter filter;
    bool topOk = false;
    filter.topN = parser.value(topOption).toInt(&topOk);
    if (!topOk || filter.topN < 1)
        return usage(Cli::tr("--top must be a positive whole number"));
    if (parser.isSet(fromOption)) {
        filter.from = parseBound(parser.value(fromOption), false);
        if (!filter.from.isValid())
            return usage(Cli::tr("invalid --from date '%1' (YYYY, YYYY-MM or YYYY-MM-DD)").arg(parser.value(fromOption)));
    }
    if (parser.isSet(toOption)) {
        filter.to = parseBound(parser.value(toOption), true);
        if (!filter.to.isValid())
            return usage(Cli::tr("invalid --to date '%1' (YYYY, YYYY-MM or YYYY-MM-DD)").arg(parser.value(toOption)));
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return usage(Cli::tr("--from is after --to"));
    for (const QString &value : parser.values(typeOption)) {
        for (const QString &name : value.split(u',', Qt::SkipEmptyParts)) {
            const std::optional<RelationType> type = relationTypeFromString(name.trimmed());
            if (!type)
                return usage(Cli::tr("unknown relation type '%1'").arg(name));
            filter.relationTypes.insert(*type);
        }
    }
    for (const QString &value : parser.values(statusOption)) {
        for (const QString &name : value.split(u',', Qt::SkipEmptyParts)) {
            const std::optional<Status> status = statusFromString(name.trimmed());
            if (!status)
                return usage(Cli::tr("unknown status '%1'").arg(name));
            filter.statuses.insert(*status);
        }
    }

    const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    Database db;
    if (!db.open(dbPath, Database::OpenMode::MustExist)) {
        err << Cli::tr("liaison-cli chart: %1: %2").arg(dbPath, db.errorString()) << '\n';
        return Failure;
    }
    const ChartData data = loadChartData(db, *kind, filter);
    QString error;
    if (!renderChartToFile(data, output, size, &error)) {
        err << Cli::tr("liaison-cli chart: %1: %2").arg(output, error) << '\n';
        return Failure;
    }
    return Ok;
}

} // namespace liaison::cli
