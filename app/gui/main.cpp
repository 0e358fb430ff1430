#include "mainwindow.h"
#include "networktab.h"
#include "preferences.h"

#include "entitypane.h"
#include "i18n/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>

#include <memory>

namespace {

// Names, version and language, shared by the window and the display-less
// --help/--version path.
void setUpApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("liaison"));
    QCoreApplication::setOrganizationName(QStringLiteral("Liaison"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIAISON_VERSION));
    // Qt's own strings, then ours: the language chosen in the settings, else
    // the system's.
    const QString language = liaison::preferences::language();
    liaison::installTranslators(language);
    liaison::preferences::setAppliedLanguage(language);
}

// --help and --version only print, so they must work without a display
// (a terminal over ssh, a packaging check).
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> core;
    if (onlyPrints(argc, argv))
        core = std::make_unique<QCoreApplication>(argc, argv);
    else
        core = std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *core;
    setUpApplication();
    if (qobject_cast<QApplication *>(&app)) {
        QApplication::setApplicationDisplayName(QStringLiteral("Liaison"));
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/liaison.svg")));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Explore tech-industry relationships."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Open the database at PATH."),
                                      QStringLiteral("PATH"));
    parser.addOption(dbOption);
    // Files given by the desktop ("Open with Liaison", Exec=liaison %F) or the
    // shell are imported into the database that opens, as if dropped on the window.
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Articles to import into the database."),
                                 QApplication::translate("main", "[FILE...]"));
    // Used by the smoke test: start, show the window, and quit once the event
    // loop runs, reporting success through the exit code.
    QCommandLineOption quitOption(QStringLiteral("quit-after-start"));
    quitOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitOption);
    // Used to take the documentation's screenshots from the real window.
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QString(), QStringLiteral("FILE"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotOption);
    QCommandLineOption selectOption(QStringLiteral("select"), QString(), QStringLiteral("NAME"));
    selectOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(selectOption);
    QCommandLineOption tabOption(QStringLiteral("tab"), QString(), QStringLiteral("INDEX"));
    tabOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(tabOption);
    QCommandLineOption filtersOption(QStringLiteral("graph-filters"), QString());
    filtersOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(filtersOption);
    parser.process(app);

    // The database named on the command line, else the last one used, else the
    // default one of the preferences.
    QString dbPath = parser.value(dbOption);
    if (dbPath.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("lastDatabase")).toString();
        dbPath = !last.isEmpty() && QFileInfo::exists(last) ? last : liaison::preferences::defaultDatabasePath();
    }

    liaison::MainWindow window(dbPath);
    window.show();
    QStringList files;
    for (const QString &file : parser.positionalArguments())
        files << QFileInfo(file).absoluteFilePath();
    if (!files.isEmpty())
        window.startImport(files);
    if (parser.isSet(selectOption))
        window.selectEntityNamed(parser.value(selectOption));
    if (parser.isSet(tabOption))
        window.centreTabs()->setCurrentIndex(parser.value(tabOption).toInt());
    if (parser.isSet(filtersOption))
        window.networkTab()->setFilterPanelVisible(true);
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        // The first relation opened on its evidence, as a reader would.
        const QList<qint64> relations = window.entityPane()->relationIds();
        if (!relations.isEmpty())
            window.entityPane()->setExpanded(relations.first(), true);
        QTimer::singleShot(4000, &app, [&window, file] {
            window.grab().save(file);
            window.close();
        });
    }
    if (parser.isSet(quitOption))
        QTimer::singleShot(0, &app, [&window] { window.close(); });
    return QApplication::exec();
}
