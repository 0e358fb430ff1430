#include "mainwindow.h"

#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("liaison"));
    QApplication::setApplicationDisplayName(QStringLiteral("Liaison"));
    QApplication::setOrganizationName(QStringLiteral("Liaison"));
    QApplication::setApplicationVersion(QStringLiteral(LIAISON_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/liaison.svg")));

    // Qt's own strings, then ours, in the system language when available.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("liaison"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Explore tech-industry relationships."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Open the database at PATH."),
                                      QStringLiteral("PATH"));
    parser.addOption(dbOption);
    // Used by the smoke test: start, show the window, and quit once the event
    // loop runs, reporting success through the exit code.
    QCommandLineOption quitOption(QStringLiteral("quit-after-start"));
    quitOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitOption);
    parser.process(app);

    // The database named on the command line, else the last one used, else the default.
    QString dbPath = parser.value(dbOption);
    if (dbPath.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("lastDatabase")).toString();
        dbPath = !last.isEmpty() && QFileInfo::exists(last) ? last : liaison::Database::defaultPath();
    }

    liaison::MainWindow window(dbPath);
    window.show();
    if (parser.isSet(quitOption))
        QTimer::singleShot(0, &app, [&window] { window.close(); });
    return QApplication::exec();
}
