#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Starts the real `liaison` executable offscreen on a temporary database and
// checks that it comes up and quits cleanly.
class tst_Smoke : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsAndQuits()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("smoke.sqlite"));

        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(LIAISON_BIN_DIR "/liaison"),
                  {QStringLiteral("--db"), db, QStringLiteral("--quit-after-start")});
        QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));
        QVERIFY2(app.waitForFinished(60000), "liaison did not quit");
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        const QByteArray err = app.readAllStandardError();
        QVERIFY2(!err.contains("QWidget"), err.constData());
    }

    void printsWithoutDisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("version") << QStringLiteral("--version") << QByteArray(LIAISON_VERSION);
        QTest::newRow("help") << QStringLiteral("--help") << QByteArray("--db <PATH>");
    }

    // --help and --version print and exit even with no display to connect to
    // (a terminal over ssh): no platform plugin is loaded for them.
    void printsWithoutDisplay()
    {
        QFETCH(QString, option);
        QFETCH(QByteArray, expected);
        QTemporaryDir dir;
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(LIAISON_BIN_DIR "/liaison"), {option});
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        const QByteArray out = app.readAllStandardOutput();
        QVERIFY2(out.contains(expected), out.constData());
    }
};

QTEST_GUILESS_MAIN(tst_Smoke)
#include "tst_smoke.moc"
