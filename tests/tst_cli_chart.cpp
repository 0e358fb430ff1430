#include "chartfixture.h"

#include "charts/chartkind.h"
#include "graph/graphstyle.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace liaison;

namespace {

const QString kCli = QStringLiteral(LIAISON_BIN_DIR "/liaison-cli");

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the CLI the way a user on a server would: no display at all, so the
// command has to pick the offscreen platform itself.
Run run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(kCli, QStringList{QStringLiteral("chart")} + arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Whether a pixel of (nearly) this colour appears anywhere.
bool hasColour(const QImage &image, QColor colour)
{
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - colour.red()) <= 10 && qAbs(c.green() - colour.green()) <= 10
                && qAbs(c.blue() - colour.blue()) <= 10)
                return true;
        }
    }
    return false;
}

} // namespace

class tst_CliChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpListsKinds();
    void exitCodes_data();
    void exitCodes();
    void formats_data();
    void formats();
    void filtersReachTheChart();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void tst_CliChart::initTestCase()
{
    QVERIFY(QFile::exists(kCli));
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("charts.sqlite"));
    QVERIFY(chartfixture::seed(m_db));
    QFile notDb(m_dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(notDb.open(QIODevice::WriteOnly));
    notDb.write("These are notes, not a database.\n");
}

void tst_CliChart::helpListsKinds()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(out.contains(QStringLiteral("liaison-cli chart")));
    for (ChartKind kind : allChartKinds()) {
        QVERIFY2(out.contains(chartKindId(kind)), qPrintable(chartKindId(kind)));
        QVERIFY2(out.contains(chartKindDescription(kind)), qPrintable(chartKindDescription(kind)));
    }
    for (const char *option : {"--db", "--kind", "--width", "--height", "--from", "--to", "--type", "--status"})
        QVERIFY2(out.contains(QLatin1StringView(option)), option);
}

void tst_CliChart::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message"); // a fragment stderr must contain

    const QString db = QStringLiteral("@db");
    const QString out = QStringLiteral("@dir/out.png");
    const QString kind = QStringLiteral("--kind");
    const QString rel = QStringLiteral("relations-by-type");
    const QString o = QStringLiteral("-o");
    QTest::newRow("no options") << QStringList() << 2 << QStringLiteral("--kind");
    QTest::newRow("no output") << QStringList{QStringLiteral("--db"), db, kind, rel} << 2 << QStringLiteral("-o");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour"), QStringLiteral("red")} << 2
                                    << QStringLiteral("colour");
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("--db"), db, kind, QStringLiteral("pie"), o, out} << 2
                                  << QStringLiteral("pie");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("--db"), db, kind, rel, o, QStringLiteral("@dir/x.bmp")}
                                    << 2 << QStringLiteral("x.bmp");
    QTest::newRow("bad width") << QStringList{QStringLiteral("--db"), db, kind, rel, o, out, QStringLiteral("--width"),
                                              QStringLiteral("wide")}
                               << 2 << QStringLiteral("--width");
    QTest::newRow("bad date") << QStringList{QStringLiteral("--db"), db, kind, rel, o, out, QStringLiteral("--from"),
                                             QStringLiteral("2025-13")}
                              << 2 << QStringLiteral("2025-13");
    QTest::newRow("from after to") << QStringList{QStringLiteral("--db"), db, kind, rel, o, out,
                                                  QStringLiteral("--from"), QStringLiteral("2025"),
                                                  QStringLiteral("--to"), QStringLiteral("2024")}
                                   << 2 << QStringLiteral("--from");
    QTest::newRow("unknown type") << QStringList{QStringLiteral("--db"), db, kind, rel, o, out, QStringLiteral("--type"),
                                                 QStringLiteral("merged")}
                                  << 2 << QStringLiteral("merged");
    QTest::newRow("unknown status") << QStringList{QStringLiteral("--db"), db, kind, rel, o, out,
                                                   QStringLiteral("--status"), QStringLiteral("maybe")}
                                    << 2 << QStringLiteral("maybe");
    QTest::newRow("missing db") << QStringList{QStringLiteral("--db"), QStringLiteral("@dir/none.sqlite"), kind, rel, o,
                                               out}
                                << 1 << QStringLiteral("none.sqlite");
    QTest::newRow("not a db") << QStringList{QStringLiteral("--db"), QStringLiteral("@dir/notes.txt"), kind, rel, o, out}
                              << 1 << QStringLiteral("notes.txt");
    QTest::newRow("unwritable output") << QStringList{QStringLiteral("--db"), db, kind, rel, o,
                                                      QStringLiteral("@dir/no/such/folder/out.png")}
                                       << 1 << QStringLiteral("no/such/folder/out.png");
    QTest::newRow("ok") << QStringList{QStringLiteral("--db"), db, kind, rel, o, out} << 0 << QString();
}

void tst_CliChart::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);
    for (QString &a : arguments) {
        a.replace(QStringLiteral("@db"), m_db);
        a.replace(QStringLiteral("@dir"), m_dir.path());
    }
    const Run r = run(arguments);
    QVERIFY2(r.code == code, r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    // Qt may warn about the environment (XDG_RUNTIME_DIR) but the command
    // itself has nothing to complain about.
    if (code == 0)
        QVERIFY2(!r.err.contains("liaison-cli"), r.err.constData());
}

void tst_CliChart::formats_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("suffix");
    for (ChartKind kind : allChartKinds()) {
        for (const char *suffix : {"png", "svg", "pdf"}) {
            const QString id = chartKindId(kind);
            QTest::addRow("%s.%s", qPrintable(id), suffix) << id << QString::fromLatin1(suffix);
        }
    }
}

void tst_CliChart::formats()
{
    QFETCH(QString, kind);
    QFETCH(QString, suffix);
    const QString path = m_dir.filePath(kind + u'.' + suffix);
    const Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("--kind"), kind, QStringLiteral("-o"), path,
                       QStringLiteral("--width"), QStringLiteral("640"), QStringLiteral("--height"),
                       QStringLiteral("400")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QByteArray bytes = readAll(path);
    if (suffix == u"png") {
        const QImage image = QImage::fromData(bytes, "PNG");
        QCOMPARE(image.size(), QSize(640, 400));
    } else if (suffix == u"svg") {
        QXmlStreamReader xml(bytes);
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name(), QLatin1StringView("svg"));
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 5000);
    }
}

void tst_CliChart::filtersReachTheChart()
{
    // Acquisitions are red and hires orange: filtering to hires removes the red.
    const QColor red = GraphStyle::relationColor(RelationType::Acquired);
    const QColor orange = GraphStyle::relationColor(RelationType::Hired);
    const QString all = m_dir.filePath(QStringLiteral("all.png"));
    const QString hires = m_dir.filePath(QStringLiteral("hires.png"));
    const QString empty = m_dir.filePath(QStringLiteral("empty.png"));
    const QStringList base{QStringLiteral("--db"), m_db, QStringLiteral("--kind"), QStringLiteral("relations-by-type")};
    QCOMPARE(run(base + QStringList{QStringLiteral("-o"), all}).code, 0);
    QCOMPARE(run(base + QStringList{QStringLiteral("-o"), hires, QStringLiteral("--type"), QStringLiteral("hired")}).code,
             0);
    QCOMPARE(run(base + QStringList{QStringLiteral("-o"), empty, QStringLiteral("--from"), QStringLiteral("2030-01")})
                 .code,
             0);
    const QImage allImage(all);
    const QImage hiresImage(hires);
    const QImage emptyImage(empty);
    QCOMPARE(allImage.size(), QSize(1200, 750)); // the default size
    QVERIFY(hasColour(allImage, red));
    QVERIFY(hasColour(allImage, orange));
    QVERIFY(!hasColour(hiresImage, red));
    QVERIFY(hasColour(hiresImage, orange));
    QVERIFY(!hasColour(emptyImage, red));
    QVERIFY(!hasColour(emptyImage, orange));
}

QTEST_MAIN(tst_CliChart)
#include "tst_cli_chart.moc"
