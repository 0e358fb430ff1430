#include "entitypane.h"
#include "mainwindow.h"

#include "i18n/translations.h"
#include "storage/articlewriter.h"
#include "storage/database.h"

#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace liaison;

namespace {

// One French article in which Northwind rachète Corvane for 1.5 billion euros.
bool seed(const QString &path)
{
    Database db;
    if (!db.open(path))
        return false;
    SourceText source;
    source.path = QStringLiteral("/tmp/i18n-seed.txt");
    source.title = QStringLiteral("Northwind rachète Corvane");
    source.language = QStringLiteral("fr");
    source.published = QDate(2025, 3, 11);
    source.sha256 = QByteArrayLiteral("ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100");
    source.text = QStringLiteral("Northwind Analytics a racheté Corvane AI pour 1,5 milliard d'euros.");
    Extraction x;
    x.language = QStringLiteral("fr");
    for (const QString &name : {QStringLiteral("Northwind Analytics"), QStringLiteral("Corvane AI")}) {
        ExtractedEntity e;
        e.name = name;
        e.type = EntityType::Company;
        const int start = int(source.text.indexOf(name));
        e.mentions << Span{start, start + int(name.size())};
        x.entities << e;
    }
    ExtractedRelation r;
    r.type = RelationType::Acquired;
    r.source = 0;
    r.target = 1;
    r.status = Status::Talks;
    r.amount = Amount{1.5e9, QStringLiteral("EUR")};
    r.evidence = {0, int(source.text.size())};
    r.confidence = 0.9;
    x.relations << r;
    return ArticleWriter(db).store(source, x).outcome == StoreResult::Outcome::Stored;
}

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text().remove(u'&');
    return titles;
}

} // namespace

// The interface under a French setting, as main() sets it up: Qt's and
// Liaison's translators for "fr" installed before the window is built.
class tst_GuiI18n : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LiaisonTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_i18n"));
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("fr.sqlite"));
        QVERIFY(seed(m_db));
    }

    void cleanup() { installTranslators(QStringLiteral("en")); }

    void frenchMenusAndLabels()
    {
        QCOMPARE(installTranslators(QStringLiteral("fr")), QStringLiteral("fr"));
        MainWindow window(m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList menus = menuTitles(window);
        QVERIFY2(menus.contains(QStringLiteral("Fichier")), qPrintable(menus.join(u',')));
        QVERIFY2(menus.contains(QStringLiteral("Édition")), qPrintable(menus.join(u',')));
        QVERIFY2(menus.contains(QStringLiteral("Aide")), qPrintable(menus.join(u',')));
        QVERIFY(!menus.contains(QStringLiteral("File")));

        QVERIFY(window.selectEntityNamed(QStringLiteral("Northwind")));
        QTRY_COMPARE(window.entityPane()->title(), QStringLiteral("Northwind Analytics"));
        const QString body = window.entityPane()->bodyText();
        // The relation type and its status in French, the amount the French way.
        QVERIFY2(body.contains(QStringLiteral("Rachats")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("A racheté Corvane AI")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("en discussions")), qPrintable(body));
        // (The pane's plain text turns the no-break space into a space.)
        QVERIFY2(body.contains(QRegularExpression(QStringLiteral("1,5[ \u00a0]Md€"))), qPrintable(body));
    }

    // The same window in English, so the French above is the translation's doing.
    void englishMenusAndLabels()
    {
        QCOMPARE(installTranslators(QStringLiteral("en")), QStringLiteral("en"));
        MainWindow window(m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(menuTitles(window).contains(QStringLiteral("File")));
        QVERIFY(window.selectEntityNamed(QStringLiteral("Northwind")));
        QTRY_COMPARE(window.entityPane()->title(), QStringLiteral("Northwind Analytics"));
        const QString body = window.entityPane()->bodyText();
        QVERIFY2(body.contains(QStringLiteral("Acquired Corvane AI")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("€1.5bn")), qPrintable(body));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_MAIN(tst_GuiI18n)
#include "tst_gui_i18n.moc"
