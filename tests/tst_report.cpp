#include "chartseed.h"

#include "report/entitybrief.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "storage/relationstore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace liaison;

namespace {

qint64 idOf(Database &db, const QString &name)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT id FROM entities WHERE name = :name"));
    q.bindValue(QStringLiteral(":name"), name);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

const EntityBrief::Line *findLine(const EntityBrief &brief, const QString &section, const QString &text)
{
    for (const EntityBrief::Section &s : brief.sections()) {
        if (s.title != section)
            continue;
        for (const EntityBrief::Line &line : s.lines) {
            if (line.text == text)
                return &line;
        }
    }
    return nullptr;
}

} // namespace

class tst_Report : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("report.sqlite"));
        QVERIFY(testseed::seedChartDatabase(m_path));
        QVERIFY(m_db.open(m_path, Database::OpenMode::MustExist));
    }

    void companyBriefGroupsRelationsWithFootnotes()
    {
        const EntityBrief brief = EntityBrief::build(m_db, idOf(m_db, QStringLiteral("Northwind Analytics")));
        QVERIFY(brief.isValid());
        QCOMPARE(brief.name(), QStringLiteral("Northwind Analytics"));
        QVERIFY(brief.type() == EntityType::Company);

        // The acquisition of Corvane is told by two articles: two footnotes.
        const EntityBrief::Line *corvane = findLine(brief, QStringLiteral("Acquisitions"), QStringLiteral("Acquired Corvane AI"));
        QVERIFY(corvane);
        QCOMPARE(corvane->footnotes.size(), 2);
        const EntityBrief::Line *brightlake =
            findLine(brief, QStringLiteral("Acquisitions"), QStringLiteral("Acquired Brightlake — in talks"));
        QVERIFY(brightlake);
        QCOMPARE(brightlake->footnotes.size(), 1);
        QVERIFY(findLine(brief, QStringLiteral("Rivals"), QStringLiteral("Competes with Halden Systems")));
        QVERIFY(findLine(brief, QStringLiteral("People"), QStringLiteral("Employed Priya Raman")));

        // Every article that says something about Northwind is a source, once.
        QCOMPARE(brief.sources().size(), 3);
        QStringList titles;
        for (const EntityBrief::Source &s : brief.sources())
            titles << s.title;
        titles.sort();
        QCOMPARE(titles, (QStringList{QStringLiteral("Brightlake round"), QStringLiteral("Halden backs Corvane"),
                                      QStringLiteral("Northwind buys Corvane")}));
        for (const EntityBrief::Source &s : brief.sources()) {
            QVERIFY(s.published.isValid());
            QVERIFY(s.source == u"Tech Ledger" || s.source == u"Le Journal Tech");
        }
        // Footnote numbers point into the sources, and every source is cited.
        QSet<int> cited;
        for (const EntityBrief::Section &s : brief.sections()) {
            for (const EntityBrief::Line &line : s.lines) {
                for (int n : line.footnotes) {
                    QVERIFY(n >= 1 && n <= brief.sources().size());
                    cited.insert(n);
                }
            }
        }
        QCOMPARE(cited.size(), brief.sources().size());
    }

    void personBriefReadsFromItsSide()
    {
        const EntityBrief brief = EntityBrief::build(m_db, idOf(m_db, QStringLiteral("Priya Raman")));
        QVERIFY(brief.isValid());
        QVERIFY(brief.type() == EntityType::Person);
        QVERIFY(findLine(brief, QStringLiteral("Companies founded"), QStringLiteral("Founded Corvane AI")));
        const EntityBrief::Line *hired = findLine(brief, QStringLiteral("Career moves"), QStringLiteral("Hired by Halden Systems"));
        QVERIFY(hired);
        QVERIFY(hired->details.contains(QStringLiteral("as CTO")));
        QVERIFY(findLine(brief, QStringLiteral("Career moves"), QStringLiteral("Worked at Northwind Analytics")));
    }

    void documentHasTextAndFootnotes()
    {
        const EntityBrief brief = EntityBrief::build(m_db, idOf(m_db, QStringLiteral("Corvane AI")));
        QVERIFY(brief.isValid());
        std::unique_ptr<QTextDocument> doc(brief.toDocument());
        const QString text = doc->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Corvane AI")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Acquired by Northwind Analytics")));
        QVERIFY(text.contains(QStringLiteral("Backed by Halden Systems")));
        QVERIFY(text.contains(QStringLiteral("Founded by Priya Raman")));
        QVERIFY(text.contains(QStringLiteral("Sources")));
        QVERIFY(text.contains(QStringLiteral("Halden backs Corvane")));
        QVERIFY(text.contains(QStringLiteral("Le Journal Tech")));
        // The footnote markers are superscripts in the HTML.
        QVERIFY(brief.toHtml().contains(QStringLiteral("<sup>")));
        QCOMPARE(doc->metaInformation(QTextDocument::DocumentTitle), QStringLiteral("Corvane AI"));
    }

    void rejectedClaimsAreNotSources()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rejected.sqlite"));
        QVERIFY(testseed::seedChartDatabase(path));
        Database db;
        QVERIFY(db.open(path, Database::OpenMode::MustExist));
        const qint64 brightlake = idOf(db, QStringLiteral("Brightlake"));
        RelationStore relations(db);
        const QList<RelationDetail> details = relations.relationsOf(brightlake);
        qint64 talksClaim = 0;
        for (const RelationDetail &d : details) {
            if (d.relation.type == RelationType::Acquired)
                talksClaim = d.claims.value(0).claim.id;
        }
        QVERIFY(talksClaim > 0);
        QVERIFY(relations.rejectClaim(talksClaim));
        const EntityBrief brief = EntityBrief::build(db, brightlake);
        QVERIFY(!brief.toHtml().contains(QStringLiteral("Halden backs Corvane")));
        QCOMPARE(brief.sources().size(), 1); // the funding round's article only
    }

    void unknownEntityIsInvalid()
    {
        const EntityBrief brief = EntityBrief::build(m_db, 987654);
        QVERIFY(!brief.isValid());
        QVERIFY(brief.sections().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
};

QTEST_MAIN(tst_Report)
#include "tst_report.moc"
