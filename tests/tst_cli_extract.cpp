#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `liaison-cli extract --json` as a user runs it: JSON Lines in input order,
// code-point offsets, per-file errors and exit codes.
class tst_CliExtract : public QObject
{
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(LIAISON_BIN_DIR "/liaison-cli"), QStringList{QStringLiteral("extract")} + args);
        p.waitForFinished(120000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    static QString data(const char *name) { return QStringLiteral(LIAISON_TEST_DATA "/extract/") + QLatin1StringView(name); }
    static QList<QJsonObject> lines(const QByteArray &out)
    {
        QList<QJsonObject> objects;
        for (const QByteArray &line : out.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument d = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !d.isObject())
                return {};
            objects.append(d.object());
        }
        return objects;
    }
    static QJsonObject entity(const QJsonObject &o, const QString &name)
    {
        for (const QJsonValue &v : o.value(QStringLiteral("entities")).toArray()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void shapeAndOrder()
    {
        const Run r = run({QStringLiteral("--json"), data("fr-article.txt"), data("en-article.txt")});
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> objects = lines(r.out);
        QCOMPARE(objects.size(), 2);
        QCOMPARE(objects[0].value(QStringLiteral("file")).toString(), data("fr-article.txt"));
        QCOMPARE(objects[0].value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
        QCOMPARE(objects[1].value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        QCOMPARE(objects[0].value(QStringLiteral("title")).toString(),
                 QStringLiteral("Zéphyrine Labs lève 40 millions d'euros"));
        for (const QJsonObject &o : objects) {
            QVERIFY(o.value(QStringLiteral("entities")).isArray());
            QVERIFY(o.value(QStringLiteral("relations")).isArray());
            for (const QJsonValue &v : o.value(QStringLiteral("entities")).toArray()) {
                const QJsonObject e = v.toObject();
                QVERIFY(!e.value(QStringLiteral("name")).toString().isEmpty());
                QVERIFY(QStringList({QStringLiteral("person"), QStringLiteral("company"), QStringLiteral("product"),
                                     QStringLiteral("organization")})
                            .contains(e.value(QStringLiteral("type")).toString()));
                QVERIFY(e.value(QStringLiteral("aliases")).isArray());
                QVERIFY(!e.value(QStringLiteral("mentions")).toArray().isEmpty());
            }
            for (const QJsonValue &v : o.value(QStringLiteral("relations")).toArray()) {
                const QJsonObject rel = v.toObject();
                QVERIFY(rel.contains(QStringLiteral("type")));
                QVERIFY(rel.contains(QStringLiteral("source")));
                QVERIFY(rel.value(QStringLiteral("evidence")).isObject());
            }
        }
        const QJsonObject zeph = entity(objects[0], QStringLiteral("Zéphyrine Labs"));
        QCOMPARE(zeph.value(QStringLiteral("type")).toString(), QStringLiteral("company"));
        const QJsonObject helene = entity(objects[0], QStringLiteral("Hélène Marchetti"));
        QCOMPARE(helene.value(QStringLiteral("type")).toString(), QStringLiteral("person"));
        QVERIFY(helene.value(QStringLiteral("aliases")).toArray().contains(QStringLiteral("Marchetti")));
    }

    void codePointOffsets()
    {
        // The English article's title ends with an emoji (two UTF-16 units):
        // every later offset must count it once.
        const Run r = run({QStringLiteral("--json"), data("en-article.txt"), data("fr-article.txt")});
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> objects = lines(r.out);
        QCOMPARE(objects.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QFile f(i == 0 ? data("en-article.txt") : data("fr-article.txt"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QList<uint> codePoints = QString::fromUtf8(f.readAll()).toUcs4();
            int checked = 0;
            for (const QJsonValue &v : objects[i].value(QStringLiteral("entities")).toArray()) {
                const QJsonObject e = v.toObject();
                QStringList forms = {e.value(QStringLiteral("name")).toString()};
                for (const QJsonValue &a : e.value(QStringLiteral("aliases")).toArray())
                    forms << a.toString();
                for (const QJsonValue &m : e.value(QStringLiteral("mentions")).toArray()) {
                    const int start = m.toObject().value(QStringLiteral("start")).toInt();
                    const int end = m.toObject().value(QStringLiteral("end")).toInt();
                    QVERIFY(start >= 0 && start < end && end <= codePoints.size());
                    const QList<uint> slice = codePoints.mid(start, end - start);
                    const QString text = QString::fromUcs4(reinterpret_cast<const char32_t *>(slice.constData()),
                                                           slice.size());
                    QVERIFY2(forms.contains(text.simplified()), qPrintable(text + QStringLiteral(" not in ") + forms.join(QLatin1Char(0x7c))));
                    ++checked;
                }
            }
            QVERIFY(checked >= 5);
        }
    }

    void unreadableFile()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("empty.txt"));
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString missing = dir.filePath(QStringLiteral("missing.txt"));
        const Run r = run({QStringLiteral("--json"), missing, data("en-article.txt"), empty});
        QCOMPARE(r.exitCode, 1);
        const QList<QJsonObject> objects = lines(r.out);
        QCOMPARE(objects.size(), 3);
        QCOMPARE(objects[0].value(QStringLiteral("file")).toString(), missing);
        QVERIFY(!objects[0].value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY(!objects[1].contains(QStringLiteral("error")));
        QVERIFY(objects[2].contains(QStringLiteral("error")));
        QVERIFY(r.err.contains(QByteArray(missing.toUtf8() + ": ")));
        QVERIFY(r.err.contains(QByteArray(empty.toUtf8() + ": ")));
    }

    void bytesAreQtJson()
    {
        // The writer makes the bytes QJsonDocument would, with fast paths for
        // plain ASCII (eight units at once, the last block overlapping the one
        // before) and for numbers. File names and titles put any character at
        // any place around those eight-unit blocks; every line must be what
        // Qt writes for the object it parses to.
        QTemporaryDir dir;
        QFile article(data("en-article.txt"));
        QVERIFY(article.open(QIODevice::ReadOnly));
        const QByteArray body = article.readAll();
        const QStringList specials = {QStringLiteral("\""), QStringLiteral("\\"), QStringLiteral("\t"),
                                      QString(QChar(0x01)), QStringLiteral("\u00e9"), QStringLiteral("\u20ac"),
                                      QStringLiteral("\U0001F600")};
        QStringList files;
        QStringList titles;
        for (int length = 1; length <= 18; ++length) {
            for (const QString &special : specials) {
                for (int at : {0, length / 2, length - 1}) {
                    QString name(length, QLatin1Char('a'));
                    name.insert(at, special);
                    const QString path = dir.filePath(name + QStringLiteral(".txt"));
                    if (files.contains(path))
                        continue;
                    QFile f(path);
                    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
                    f.write(QByteArray(name.toUtf8() + "\n\n" + body)); // the title: short texts too
                    files << path;
                }
            }
        }
        files << dir.filePath(QStringLiteral("missing \"\\ \u00e9\U0001F600 file.txt"));
        const Run r = run(QStringList{QStringLiteral("--json"), QStringLiteral("--jobs"), QStringLiteral("1")} + files);
        QCOMPARE(r.exitCode, 1); // the missing file
        const QList<QByteArray> out = r.out.split('\n');
        QCOMPARE(out.size(), files.size() + 1); // the last line's newline
        for (qsizetype i = 0; i < files.size(); ++i) {
            const QJsonObject o = QJsonDocument::fromJson(out.at(i)).object();
            QCOMPARE(o.value(QStringLiteral("file")).toString(), files.at(i));
            QCOMPARE(QJsonDocument(o).toJson(QJsonDocument::Compact), out.at(i));
        }
        // Both cores: the lines are the same bytes.
        const Run both = run(QStringList{QStringLiteral("--json"), QStringLiteral("--jobs"), QStringLiteral("2")} + files);
        QCOMPARE(both.out, r.out);
    }

    void usageErrors()
    {
        QCOMPARE(run({QStringLiteral("--json")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--no-such-option"), data("en-article.txt")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--language"), QStringLiteral("de"), data("en-article.txt")}).exitCode, 2);
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--json"));
    }

    void jobsKeepInputOrder_data()
    {
        QTest::addColumn<QStringList>("jobs");
        QTest::newRow("one thread") << QStringList{QStringLiteral("--jobs"), QStringLiteral("1")};
        QTest::newRow("two threads") << QStringList{QStringLiteral("--jobs"), QStringLiteral("2")};
        QTest::newRow("more threads than files") << QStringList{QStringLiteral("-j"), QStringLiteral("16")};
        QTest::newRow("default") << QStringList();
    }

    // Many files on several threads: one line per file, in input order (a
    // missing file included), and the same bytes whatever the thread count.
    void jobsKeepInputOrder()
    {
        QFETCH(QStringList, jobs);
        QStringList files;
        for (int i = 0; i < 6; ++i)
            files << data("fr-article.txt") << data("en-article.txt");
        files.insert(5, data("missing-file.txt"));
        const Run sequential = run(QStringList{QStringLiteral("--json"), QStringLiteral("--jobs"), QStringLiteral("1")} + files);
        const Run r = run(QStringList{QStringLiteral("--json")} + jobs + files);
        QCOMPARE(r.exitCode, 1); // the missing file
        QCOMPARE(r.out, sequential.out);
        QCOMPARE(r.err, sequential.err);
        const QList<QJsonObject> objects = lines(r.out);
        QCOMPARE(objects.size(), files.size());
        for (int i = 0; i < files.size(); ++i) {
            QCOMPARE(objects[i].value(QStringLiteral("file")).toString(), files[i]);
            const bool missing = files[i].endsWith(QLatin1StringView("missing-file.txt"));
            QCOMPARE(objects[i].contains(QStringLiteral("error")), missing);
            if (!missing)
                QCOMPARE(objects[i].value(QStringLiteral("language")).toString(),
                         files[i].endsWith(QLatin1StringView("fr-article.txt")) ? QStringLiteral("fr")
                                                                                : QStringLiteral("en"));
        }
        QVERIFY(!entity(objects[0], QStringLiteral("Zéphyrine Labs")).isEmpty());
    }

    void badJobs()
    {
        QCOMPARE(run({QStringLiteral("--jobs"), QStringLiteral("0"), data("en-article.txt")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--jobs"), QStringLiteral("many"), data("en-article.txt")}).exitCode, 2);
    }

    void languageOverride()
    {
        const Run r = run({QStringLiteral("--json"), QStringLiteral("--language"), QStringLiteral("en"),
                           data("fr-article.txt")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(lines(r.out).value(0).value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    }
};

QTEST_MAIN(tst_CliExtract)
#include "tst_cli_extract.moc"
