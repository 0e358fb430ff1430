// The liaison-cli-commands module: the subcommands that need a database, a
// graph or Qt Charts (and so Qt Sql, SQLite, igraph, Qt Gui, Widgets, Charts).
// liaison-cli loads it only to run one of them; `extract` stays in the
// executable, which then maps a third of the libraries.
#include "commands.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstring>
#include <functional>
#include <map>
#include <memory>

// Runs `liaison-cli COMMAND …` for one of this module's commands; the
// executable checked that argv[1] names one. argc is a reference because the
// application object keeps it.
extern "C" Q_DECL_EXPORT int liaison_cli_main(int &argc, char **argv)
{
    using namespace liaison::cli;
    const std::map<QString, std::function<int(const QStringList &)>> commands{
        {QStringLiteral("import"), runImport},
        {QStringLiteral("stats"), runStats},
        {QStringLiteral("export"), runExport},
        {QStringLiteral("chart"), runChart},
    };

    // Charts render with Qt Charts, which is built on Graphics View and needs a
    // QApplication; everything else needs only QtCore. The CLI never shows a
    // window, so it draws offscreen unless told otherwise: that also works
    // over ssh, where DISPLAY may be set but unreachable.
    const bool wantsGui = std::strcmp(argv[1], "chart") == 0;
    if (wantsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(wantsGui ? new QApplication(argc, argv)
                                                   : new QCoreApplication(argc, argv));
    setUpApplication();
    const QStringList args = commandArguments();
    const auto it = commands.find(QCoreApplication::arguments().at(1));
    if (it == commands.end())
        return UsageError;
    return it->second(args);
}
