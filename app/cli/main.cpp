#include "commands.h"

#include "i18n/translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>

// Clang has no __SANITIZE_ADDRESS__.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LIAISON_ASAN 1
#endif
#endif
#ifndef LIAISON_ASAN
#define LIAISON_ASAN 0
#endif

namespace {

void printUsage(FILE *stream)
{
    QTextStream out(stream);
    out << QCoreApplication::translate("cli", "Usage: liaison-cli COMMAND [OPTIONS]\n"
                                              "\n"
                                              "Commands:\n"
                                              "  extract   read articles and print what they say, as JSON Lines\n"
                                              "  import    import articles into a database\n"
                                              "  stats     count what a database holds\n"
                                              "  export    write the graph or the data to a file\n"
                                              "  chart     render a chart to PNG, SVG or PDF\n"
                                              "\n"
                                              "Run 'liaison-cli COMMAND --help' for a command's options.\n");
}

} // namespace

namespace liaison::cli {

QString helpText(const QCommandLineParser &parser, const QStringList &arguments)
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().constFirst();
    const QString command = arguments.isEmpty() ? QString() : arguments.constFirst().section(u' ', -1);
    const qsizetype at = text.indexOf(program);
    if (at >= 0)
        text.replace(at, program.size(), QStringLiteral("liaison-cli ") + command);
    return text;
}

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << parser.errorText() << '\n' << helpText(parser, arguments);
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << helpText(parser, arguments);
        return Ok;
    }
    return std::nullopt;
}

} // namespace liaison::cli

int main(int argc, char *argv[])
{
    using namespace liaison::cli;
    const std::map<QString, std::function<int(const QStringList &)>> commands{
        {QStringLiteral("extract"), runExtract}, {QStringLiteral("import"), runImport},
        {QStringLiteral("stats"), runStats},     {QStringLiteral("export"), runExport},
        {QStringLiteral("chart"), runChart},
    };

    // Charts render with Qt Charts, which is built on Graphics View and needs a
    // QApplication; everything else needs only QtCore. The CLI never shows a
    // window, so it draws offscreen unless told otherwise: that also works
    // over ssh, where DISPLAY may be set but unreachable.
    const bool wantsGui = argc > 1 && std::strcmp(argv[1], "chart") == 0;
    if (wantsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(wantsGui ? new QApplication(argc, argv)
                                                   : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("liaison"));
    QCoreApplication::setOrganizationName(QStringLiteral("Liaison"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIAISON_VERSION));
    liaison::installTranslators();

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        printUsage(stderr);
        return UsageError;
    }
    const QString command = args.at(1);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        printUsage(stdout);
        return Ok;
    }
    if (command == u"--version") {
        QTextStream(stdout) << "liaison-cli " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    const auto it = commands.find(command);
    if (it == commands.end()) {
        QTextStream(stderr) << QCoreApplication::translate("cli", "liaison-cli: unknown command '%1'\n").arg(command);
        printUsage(stderr);
        return UsageError;
    }
    // QCommandLineParser sees "liaison-cli COMMAND" as the program name.
    args[0] = args.at(0) + u' ' + command;
    args.removeAt(1);
    const int status = it->second(args);
#if !defined(__SANITIZE_ADDRESS__) && !LIAISON_ASAN
    if (command == u"extract") {
        // Its output is written: what is left is tearing down read-only
        // tables (the lexicons, each thread's interned word forms and stem
        // caches) one node at a time, 4 to 9 M instructions that change
        // nothing. Sanitizer builds exit normally, so LeakSanitizer still
        // checks everything.
        std::fflush(stdout);
        std::fflush(stderr);
        std::_Exit(status);
    }
#endif
    return status;
}
