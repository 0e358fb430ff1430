#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("liaison"));
    QApplication::setApplicationDisplayName(QStringLiteral("Liaison"));
    QApplication::setOrganizationName(QStringLiteral("Liaison"));
    QApplication::setApplicationVersion(QStringLiteral(LIAISON_VERSION));

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

    QString dbPath = parser.value(dbOption);
    if (dbPath.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        dbPath = dir + QStringLiteral("/liaison.sqlite");
    }

    liaison::MainWindow window(dbPath);
    window.show();
    if (parser.isSet(quitOption))
        QTimer::singleShot(0, &app, [&window] { window.close(); });
    return QApplication::exec();
}
