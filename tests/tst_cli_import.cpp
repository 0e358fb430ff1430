#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

const QString kCli = QStringLiteral(LIAISON_BIN_DIR "/liaison-cli");
const QString kFolder = QStringLiteral(LIAISON_TEST_DATA "/ingest/folder");

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    process.start(kCli, arguments);
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

} // namespace

class tst_CliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void refusesNonSqliteUntouched();
    void refusesNewerDatabaseUntouched();
    void importJson();
    void quietWhenPiped();
    void unreadableFileRefusedByName();
    void statsJson();
    void statsNeedsExistingDatabase();
    void exportJson();
    void exportCsv();
    void exportGraphFormats_data();
    void exportGraphFormats();
    void exportUsageErrors_data();
    void exportUsageErrors();

private:
    QString db(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void tst_CliImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QFile::exists(kCli));
    QVERIFY(m_dir.isValid());
}

void tst_CliImport::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("stderrLine"); // a line stderr must contain, {} for the folder

    const QString alpha = kFolder + QStringLiteral("/alpha.txt");
    const QString missing = kFolder + QStringLiteral("/missing.txt");
    QTest::newRow("no files") << QStringList{QStringLiteral("import"), QStringLiteral("--db"), QStringLiteral("a")}
                              << 2 << QString();
    QTest::newRow("unknown option") << QStringList{QStringLiteral("import"), QStringLiteral("--bogus"), alpha} << 2
                                    << QString();
    QTest::newRow("bad threads") << QStringList{QStringLiteral("import"), QStringLiteral("--threads"),
                                                QStringLiteral("zero"), alpha}
                                 << 2 << QString();
    QTest::newRow("help") << QStringList{QStringLiteral("import"), QStringLiteral("--help")} << 0 << QString();
    QTest::newRow("one file") << QStringList{QStringLiteral("import"), alpha} << 0 << QString();
    QTest::newRow("duplicates only") << QStringList{QStringLiteral("import"), alpha, alpha} << 0 << QString();
    QTest::newRow("missing path") << QStringList{QStringLiteral("import"), alpha, missing} << 1
                                  << missing + QStringLiteral(": no such file or directory");
    QTest::newRow("unsupported file") << QStringList{QStringLiteral("import"),
                                                     kFolder + QStringLiteral("/picture.png")}
                                      << 1 << kFolder + QStringLiteral("/picture.png: unsupported format (.png)");
    QTest::newRow("folder with an empty file") << QStringList{QStringLiteral("import"), kFolder} << 1
                                               << kFolder + QStringLiteral("/empty.txt: ");
}

void tst_CliImport::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, stderrLine);
    if (!arguments.contains(QStringLiteral("--db")))
        arguments << QStringLiteral("--db") << db(QString::fromLatin1(QTest::currentDataTag()) + u".sqlite");
    const Run r = run(arguments);
    QVERIFY2(r.code == code, r.err.constData());
    if (!stderrLine.isEmpty()) {
        const QStringList lines = QString::fromUtf8(r.err).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                             [&](const QString &line) { return line.startsWith(stderrLine); }),
                 r.err.constData());
        QCOMPARE(lines.size(), 1); // one line per refused file, nothing else
    }
    if (code == 0 && arguments.contains(QStringLiteral("--help")))
        QVERIFY(r.out.contains("--json"));
}

void tst_CliImport::refusesNonSqliteUntouched()
{
    const QString path = db(QStringLiteral("notes.sqlite"));
    const QByteArray bytes("These are my notes, not a database.\n");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const Run r = run({QStringLiteral("import"), QStringLiteral("--db"), path, kFolder + QStringLiteral("/alpha.txt")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("not a SQLite database"), r.err.constData());
    QCOMPARE(readAll(path), bytes);
}

void tst_CliImport::refusesNewerDatabaseUntouched()
{
    const QString path = db(QStringLiteral("newer.sqlite"));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), path, kFolder + QStringLiteral("/beta.md")}).code,
             0);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("UPDATE liaison_meta SET value = '1000' WHERE key = 'schema_version'")));
        q = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QByteArray before = readAll(path);
    const Run r = run({QStringLiteral("import"), QStringLiteral("--db"), path, kFolder + QStringLiteral("/alpha.txt")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("newer version"), r.err.constData());
    QCOMPARE(readAll(path), before);
}

void tst_CliImport::importJson()
{
    const QString path = db(QStringLiteral("json.sqlite"));
    const Run r = run({QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--json"), kFolder});
    QCOMPARE(r.code, 1); // empty.txt
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    for (const char *key : {"imported", "duplicates", "refused", "articles", "entities", "relations", "claims",
                            "seconds"})
        QVERIFY2(json.value(QLatin1StringView(key)).isDouble(), key);
    QCOMPARE(json.value(QStringLiteral("imported")).toInt(), 4);
    QCOMPARE(json.value(QStringLiteral("duplicates")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("refused")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("articles")).toInt(), 4);
    const QJsonArray refused = json.value(QStringLiteral("refused_files")).toArray();
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.at(0).toObject().value(QStringLiteral("path")).toString().endsWith(
        QLatin1StringView("empty.txt")));

    // Again: everything is a duplicate, and the exit code says only the empty file failed.
    const Run again = run({QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--json"),
                           kFolder + QStringLiteral("/alpha.txt"), kFolder + QStringLiteral("/nested")});
    QCOMPARE(again.code, 0);
    const QJsonObject second = QJsonDocument::fromJson(again.out).object();
    QCOMPARE(second.value(QStringLiteral("imported")).toInt(), 0);
    QCOMPARE(second.value(QStringLiteral("duplicates")).toInt(), 4);
    QCOMPARE(second.value(QStringLiteral("articles")).toInt(), 4);
}

void tst_CliImport::quietWhenPiped()
{
    const Run r = run({QStringLiteral("import"), QStringLiteral("--db"), db(QStringLiteral("quiet.sqlite")),
                       kFolder + QStringLiteral("/nested")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData()); // no progress bar on a pipe
    QVERIFY(r.out.contains("3 imported"));
}

// An unreadable file is refused by name and the rest of the batch imports.
// Root reads any file, so as root the CLI runs as nobody through setpriv
// (util-linux) on a folder and a database that user can reach.
void tst_CliImport::unreadableFileRefusedByName()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto open = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(dir.path(), open));
    const QString batch = dir.filePath(QStringLiteral("batch"));
    const QString dbDir = dir.filePath(QStringLiteral("db"));
    QVERIFY(QDir().mkpath(batch));
    QVERIFY(QDir().mkpath(dbDir));
    QVERIFY(QFile::setPermissions(batch, open));
    QVERIFY(QFile::setPermissions(dbDir, open | QFileDevice::WriteGroup | QFileDevice::WriteOther));
    for (const char *name : {"alpha.txt", "beta.md"}) {
        const QString copy = batch + u'/' + QLatin1StringView(name);
        QVERIFY(QFile::copy(kFolder + u'/' + QLatin1StringView(name), copy));
        QVERIFY(QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    }
    const QString locked = batch + QStringLiteral("/locked.txt");
    {
        QFile f(locked);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("The board approved the merger of the two regional carriers on Friday evening.\n");
    }
    QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions())); // mode 000
    // A folder that may not be listed is refused by name too.
    const QString sealed = batch + QStringLiteral("/sealed");
    QVERIFY(QDir().mkpath(sealed));
    QVERIFY(QFile::copy(kFolder + QStringLiteral("/alpha.txt"), sealed + QStringLiteral("/inside.txt")));
    QVERIFY(QFile::setPermissions(sealed, QFileDevice::Permissions()));
    const QString path = dbDir + QStringLiteral("/unreadable.sqlite");

    QString program = kCli;
    QStringList arguments{QStringLiteral("import"), QStringLiteral("--db"), path, batch};
    if (::geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            QSKIP("running as root without setpriv (util-linux): cannot drop privileges");
        arguments = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                QStringLiteral("--clear-groups"), kCli}
            + arguments;
        program = setpriv;
    }
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dbDir); // nobody's home may not exist
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    QVERIFY(process.waitForFinished(120000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 1, qPrintable(err));
    QStringList lines = err.split(u'\n', Qt::SkipEmptyParts);
    lines.sort();
    QCOMPARE(lines, (QStringList{locked + QStringLiteral(": unreadable file (permission denied)"),
                                 sealed + QStringLiteral(": unreadable folder (permission denied)")}));

    // The two readable articles are in.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("unreadable"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("SELECT path FROM articles ORDER BY path")));
        QStringList paths;
        while (q.next())
            paths << q.value(0).toString();
        QCOMPARE(paths, (QStringList{batch + QStringLiteral("/alpha.txt"), batch + QStringLiteral("/beta.md")}));
        q = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("unreadable"));
    QFile::setPermissions(sealed, open); // so the folder can be removed
}

void tst_CliImport::statsJson()
{
    const QString path = db(QStringLiteral("stats.sqlite"));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), path, kFolder + QStringLiteral("/nested")}).code,
             0);
    const Run r = run({QStringLiteral("stats"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QStringLiteral("articles")).toInt(), 3);
    QVERIFY(json.value(QStringLiteral("claims")).isDouble());
    const QJsonObject entities = json.value(QStringLiteral("entities_by_type")).toObject();
    for (const char *type : {"person", "company", "product", "organization"})
        QVERIFY2(entities.value(QLatin1StringView(type)).isDouble(), type);
    int sum = 0;
    for (const QJsonValue &v : entities)
        sum += v.toInt();
    QCOMPARE(sum, json.value(QStringLiteral("entities")).toInt());
    const QJsonObject relations = json.value(QStringLiteral("relations_by_type")).toObject();
    QCOMPARE(relations.size(), 11);
    QVERIFY(relations.contains(QStringLiteral("invested_in")));
    const Run text = run({QStringLiteral("stats"), QStringLiteral("--db"), path});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains("Articles: 3"));
}

void tst_CliImport::statsNeedsExistingDatabase()
{
    const QString path = db(QStringLiteral("never-made.sqlite"));
    const Run r = run({QStringLiteral("stats"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("does not exist"));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(run({QStringLiteral("stats"), QStringLiteral("--db"), path, QStringLiteral("extra")}).code, 2);
}

void tst_CliImport::exportJson()
{
    const QString path = db(QStringLiteral("export.sqlite"));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), path, kFolder + QStringLiteral("/nested")}).code,
             0);
    const QString out = db(QStringLiteral("export.json"));
    const Run r = run({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--format"),
                       QStringLiteral("json"), QStringLiteral("-o"), out});
    QVERIFY2(r.code == 0, r.err.constData());
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(readAll(out), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("liaison-export"));
    for (const char *key : {"articles", "entities", "relations", "claims"})
        QVERIFY2(json.value(QLatin1StringView(key)).isArray(), key);
    QCOMPARE(json.value(QStringLiteral("articles")).toArray().size(), 3);
    for (const QJsonValue &v : json.value(QStringLiteral("entities")).toArray()) {
        const QJsonObject e = v.toObject();
        QVERIFY(e.value(QStringLiteral("id")).isDouble());
        QVERIFY(!e.value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(e.value(QStringLiteral("aliases")).isArray());
    }
    for (const QJsonValue &v : json.value(QStringLiteral("claims")).toArray())
        QVERIFY(v.toObject().value(QStringLiteral("relation")).isDouble());
    // Standard output works too.
    const Run stdoutRun = run({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--format"),
                               QStringLiteral("json"), QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(stdoutRun.code, 0);
    QCOMPARE(QJsonDocument::fromJson(stdoutRun.out).object().value(QStringLiteral("articles")).toArray().size(), 3);
}

void tst_CliImport::exportCsv()
{
    const QString path = db(QStringLiteral("csv.sqlite"));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), path, kFolder + QStringLiteral("/nested")}).code,
             0);
    const QString out = db(QStringLiteral("graph.csv"));
    const Run r = run({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--format"),
                       QStringLiteral("csv"), QStringLiteral("-o"), out});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(readAll(out).startsWith("id,type,source_id,source,target_id,target,status,"));
    const QByteArray entities = readAll(db(QStringLiteral("graph-entities.csv")));
    QVERIFY(entities.startsWith("id,type,name,normalized_name,aliases,"));
}

void tst_CliImport::exportGraphFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("nodeTag");
    QTest::addColumn<QByteArray>("edgeTag");
    QTest::newRow("graphml") << QStringLiteral("graphml") << QByteArray("<node ") << QByteArray("<edge ");
    QTest::newRow("gexf") << QStringLiteral("gexf") << QByteArray("<node ") << QByteArray("<edge ");
}

// The graph formats hold one node per entity and one edge per relation with a
// target, counted against what `stats --json` reports for the same database.
void tst_CliImport::exportGraphFormats()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, nodeTag);
    QFETCH(QByteArray, edgeTag);
    const QString path = db(QStringLiteral("graph-") + format + QStringLiteral(".sqlite"));
    const Run imported = run({QStringLiteral("import"), QStringLiteral("--db"), path, kFolder + QStringLiteral("/nested")});
    QCOMPARE(imported.code, 0);
    const QString out = db(QStringLiteral("graph.") + format);
    const Run r = run({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--format"), format,
                       QStringLiteral("-o"), out});
    QVERIFY2(r.code == 0, r.err.constData());
    const QByteArray xml = readAll(out);
    QVERIFY(xml.startsWith("<?xml"));

    const Run stats = run({QStringLiteral("stats"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    QCOMPARE(stats.code, 0);
    const QJsonObject counts = QJsonDocument::fromJson(stats.out).object();
    QVERIFY(counts.value(QStringLiteral("entities")).toInt() > 0);
    QCOMPARE(xml.count(nodeTag), qsizetype(counts.value(QStringLiteral("entities")).toInt()));
    // `raised` has no target, so it is no edge.
    const int raised = counts.value(QStringLiteral("relations_by_type")).toObject().value(QStringLiteral("raised")).toInt();
    QCOMPARE(xml.count(edgeTag), qsizetype(counts.value(QStringLiteral("relations")).toInt() - raised));
}

void tst_CliImport::exportUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"),
                                                   QStringLiteral("-o"), QStringLiteral("x.xlsx")}
                                    << QByteArray("unsupported format");
    QTest::newRow("no output") << QStringList{QStringLiteral("--format"), QStringLiteral("json")}
                               << QByteArray("required");
    QTest::newRow("no format") << QStringList{QStringLiteral("-o"), QStringLiteral("x.json")}
                               << QByteArray("required");
}

void tst_CliImport::exportUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Run r = run(QStringList{QStringLiteral("export"), QStringLiteral("--db"), db(QStringLiteral("e.sqlite"))}
                      + arguments);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
}

QTEST_MAIN(tst_CliImport)
#include "tst_cli_import.moc"
