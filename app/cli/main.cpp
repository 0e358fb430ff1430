#include "commands.h"

#include "modules/modules.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>

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

// The commands that live in the liaison-cli-commands module (commandsmodule.cpp).
bool isModuleCommand(const char *command)
{
    for (const char *name : {"import", "stats", "export", "chart"}) {
        if (std::strcmp(command, name) == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace liaison::cli;
    // Only `extract` is built in: the other commands need Qt Sql, SQLite,
    // igraph, Qt Gui, Widgets and Charts, whose dynamic linking cost every run
    // of the executable more than reading an article. They are loaded with
    // their module, which then makes the application object itself (chart
    // needs a QApplication).
    if (argc > 1 && isModuleCommand(argv[1])) {
        using ModuleMain = int (*)(int &argc, char **argv);
        QString error;
        const auto moduleMain = reinterpret_cast<ModuleMain>(
            liaison::resolveModuleFunction(QStringLiteral("liaison-cli-commands"), "liaison_cli_main", &error));
        if (moduleMain)
            return moduleMain(argc, argv);
        const QCoreApplication app(argc, argv);
        setUpApplication();
        QTextStream(stderr) << QCoreApplication::translate("cli", "liaison-cli: cannot run '%1': %2\n")
                                   .arg(QString::fromLocal8Bit(argv[1]), error);
        return Failure;
    }

    const QCoreApplication app(argc, argv);
    setUpApplication();

    const QStringList args = QCoreApplication::arguments();
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
    if (command != u"extract") {
        QTextStream(stderr) << QCoreApplication::translate("cli", "liaison-cli: unknown command '%1'\n").arg(command);
        printUsage(stderr);
        return UsageError;
    }
    return runExtract(commandArguments());
}
