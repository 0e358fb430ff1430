#include "articlesview.h"

#include "storage/articlewriter.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace liaison;

namespace {

// Stores one article whose text is `text`, with one entity at `entity`.
qint64 store(Database &db, const QString &title, const QString &text, const QString &entity, const QByteArray &sha)
{
    SourceText source;
    source.path = QStringLiteral("/tmp/articles-view.html");
    source.title = title;
    source.language = QStringLiteral("en");
    source.sha256 = sha;
    source.text = text;
    Extraction x;
    x.language = QStringLiteral("en");
    ExtractedEntity e;
    e.name = entity;
    e.type = EntityType::Company;
    const int start = int(text.lastIndexOf(entity));
    e.mentions << Span{start, start + int(entity.size())};
    x.entities << e;
    const StoreResult result = ArticleWriter(db).store(source, x);
    return result.outcome == StoreResult::Outcome::Stored ? result.articleId : 0;
}

} // namespace

// The Articles tab's reading pane, as a user reads it.
class tst_GuiArticles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headlineIsNotRepeated_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("titleCount");

        // A saved page's text opens with its headline: shown once, as the heading.
        QTest::newRow("headline opens the text")
            << QStringLiteral("Harbor Metrics opens a lab")
            << QStringLiteral("Harbor Metrics opens a lab\n\nThe firm Harbor Metrics opened a lab in Lyon.") << 1;
        QTest::newRow("spacing differs")
            << QStringLiteral("Harbor Metrics opens a lab")
            << QStringLiteral("  Harbor  Metrics opens a lab \nThe firm Harbor Metrics opened a lab in Lyon.") << 1;
        // Text that merely starts like the title keeps every word.
        QTest::newRow("longer first line")
            << QStringLiteral("Harbor Metrics opens a lab")
            << QStringLiteral("Harbor Metrics opens a lab in Lyon, the firm said.\nIt hires ten engineers at Harbor Metrics.")
            << 2;
        // A one-line text is never emptied.
        QTest::newRow("title only") << QStringLiteral("Harbor Metrics") << QStringLiteral("Harbor Metrics") << 2;
    }

    void headlineIsNotRepeated()
    {
        QFETCH(QString, title);
        QFETCH(QString, text);
        QFETCH(int, titleCount);
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("a.sqlite"))));
        const qint64 id = store(db, title, text, QStringLiteral("Harbor Metrics"), QByteArray(64, 'a'));
        QVERIFY(id > 0);

        ArticlesView view;
        view.setDatabase(&db);
        view.show();
        view.showArticle(id);
        const QString shown = view.articleText();
        QCOMPARE(shown.count(title.simplified()), titleCount);
        // The rest of the text is all there, entity included.
        QVERIFY(shown.contains(QStringLiteral("Harbor Metrics")));
        const QString last = text.section(u'\n', -1).simplified();
        QVERIFY2(shown.simplified().contains(last), qPrintable(shown));
    }

    void evidenceInHeadlineIsShown()
    {
        // When the evidence is the headline itself, the text is shown whole so it can be marked.
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("a.sqlite"))));
        const QString title = QStringLiteral("Harbor Metrics buys Quillon");
        const QString text = title + QStringLiteral("\n\nThe deal closed on Monday for Harbor Metrics.");
        const qint64 id = store(db, title, text, QStringLiteral("Harbor Metrics"), QByteArray(64, 'b'));
        QVERIFY(id > 0);
        ArticlesView view;
        view.setDatabase(&db);
        view.show();
        view.showArticle(id, 0, int(title.size()));
        QCOMPARE(view.articleText().count(title), 2);
    }

    void everyMentionIsLinked()
    {
        // An entity named three times is one mentions row with its spans
        // packed (schema 7): each of them is still a link of its own.
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("a.sqlite"))));
        const QString text = QStringLiteral("Harbor Metrics hired Jane Roe. Harbor Metrics grew; Harbor Metrics won.");
        SourceText source;
        source.path = QStringLiteral("/tmp/articles-links.html");
        source.title = QStringLiteral("Links");
        source.language = QStringLiteral("en");
        source.sha256 = QByteArray(64, 'c');
        source.text = text;
        Extraction x;
        x.language = QStringLiteral("en");
        ExtractedEntity harbor;
        harbor.name = QStringLiteral("Harbor Metrics");
        harbor.type = EntityType::Company;
        for (qsizetype from = 0; (from = text.indexOf(harbor.name, from)) >= 0; from += harbor.name.size())
            harbor.mentions << Span{int(from), int(from + harbor.name.size())};
        QCOMPARE(harbor.mentions.size(), 3);
        ExtractedEntity jane;
        jane.name = QStringLiteral("Jane Roe");
        jane.type = EntityType::Person;
        jane.mentions << Span{int(text.indexOf(jane.name)), int(text.indexOf(jane.name) + jane.name.size())};
        x.entities = {harbor, jane};
        const StoreResult stored = ArticleWriter(db).store(source, x);
        QCOMPARE(stored.outcome, StoreResult::Outcome::Stored);

        ArticlesView view;
        view.setDatabase(&db);
        view.show();
        view.showArticle(stored.articleId);
        auto *browser = view.findChild<QTextBrowser *>(QStringLiteral("articleText"));
        QVERIFY(browser);
        const QString html = browser->toHtml();
        QCOMPARE(html.count(QStringLiteral("href=\"entity:")), 4);
        QVERIFY(view.articleText().contains(text));
    }
};

QTEST_MAIN(tst_GuiArticles)
#include "tst_gui_articles.moc"
