#include "chartseed.h"

#include "report/entitybrief.h"
#include "report/relationsentences.h"
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

// An edge between entities 1 (the one read) and 2, in the given direction.
RelationDetail detailOf(RelationType type, bool outgoing, Status status = Status::Completed, const QString &date = {})
{
    static qint64 nextId = 1;
    RelationDetail d;
    d.relation.id = nextId++;
    d.relation.type = type;
    d.relation.sourceId = outgoing ? 1 : 2;
    if (type != RelationType::Raised)
        d.relation.targetId = outgoing ? 2 : 1;
    d.relation.status = status;
    d.relation.date = date;
    d.relation.articleCount = 1;
    d.sourceName = outgoing ? QStringLiteral("Self") : QStringLiteral("Other & Co");
    d.targetName = type == RelationType::Raised ? QString() : outgoing ? QStringLiteral("Other & Co") : QStringLiteral("Self");
    return d;
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

    // Every type read from each end: the section it goes in and its sentence.
    void sentencePerTypeAndDirection_data()
    {
        QTest::addColumn<RelationType>("type");
        QTest::addColumn<bool>("outgoing");
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("text");
        const QString o = QStringLiteral("Other & Co");
        const struct {
            RelationType type;
            const char *outSection, *outText, *inSection, *inText;
        } rows[] = {
            {RelationType::Acquired, "Acquisitions", "Acquired %1", "Acquired by", "Acquired by %1"},
            {RelationType::InvestedIn, "Investments", "Invested in %1", "Investors", "Backed by %1"},
            {RelationType::Hired, "People", "Hired %1", "Career moves", "Hired by %1"},
            {RelationType::Founded, "Companies founded", "Founded %1", "Founders", "Founded by %1"},
            {RelationType::Leads, "Roles", "Leads %1", "People", "Led by %1"},
            {RelationType::WorkedAt, "Career moves", "Worked at %1", "People", "Employed %1"},
            {RelationType::CompetesWith, "Rivals", "Competes with %1", "Rivals", "Competes with %1"},
            {RelationType::PartnersWith, "Partners", "Partners with %1", "Partners", "Partners with %1"},
            {RelationType::Owns, "Products and holdings", "Owns %1", "Owners", "Owned by %1"},
            {RelationType::Uses, "Uses", "Uses %1", "Used by", "Used by %1"},
        };
        for (const auto &row : rows) {
            const QString name = toString(row.type);
            QTest::newRow(qPrintable(name + u" out")) << row.type << true << QString::fromUtf8(row.outSection)
                                                     << QString::fromUtf8(row.outText).arg(o);
            QTest::newRow(qPrintable(name + u" in")) << row.type << false << QString::fromUtf8(row.inSection)
                                                    << QString::fromUtf8(row.inText).arg(o);
        }
        QTest::newRow("raised") << RelationType::Raised << true << QStringLiteral("Funding rounds")
                                << QStringLiteral("Raised funds");
    }

    void sentencePerTypeAndDirection()
    {
        QFETCH(RelationType, type);
        QFETCH(bool, outgoing);
        QFETCH(QString, section);
        QFETCH(QString, text);
        const QList<RelationDetail> relations{detailOf(type, outgoing)};
        const QList<RelationSentences::Section> sections = RelationSentences::build(1, relations);
        QCOMPARE(sections.size(), 1);
        QCOMPARE(sections[0].title, section);
        QCOMPARE(sections[0].lines.size(), 1);
        const RelationSentences::Line &line = sections[0].lines[0];
        QCOMPARE(line.text, text);
        QCOMPARE(line.relation, qsizetype(0));
        QCOMPARE(line.otherId, type == RelationType::Raised ? 0 : 2);
        QCOMPARE(line.otherName, type == RelationType::Raised ? QString() : QStringLiteral("Other & Co"));
        QCOMPARE(line.articleCount, 1);
    }

    // The pane parenthesizes uncertain statuses; the brief dashes them all.
    void statusWording_data()
    {
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("pane");
        QTest::addColumn<QString>("brief");
        const QString s = QStringLiteral("Hired by Other & Co");
        QTest::newRow("completed") << Status::Completed << s << s;
        QTest::newRow("rumoured") << Status::Rumoured << s + u" (rumoured)" << s + u" — rumoured";
        QTest::newRow("expected") << Status::Expected << s + u" (expected)" << s + u" — expected";
        QTest::newRow("talks") << Status::Talks << s + u" — in talks" << s + u" — in talks";
        QTest::newRow("announced") << Status::Announced << s + u" — announced" << s + u" — announced";
        QTest::newRow("failed") << Status::Failed << s + u" — failed" << s + u" — failed";
        QTest::newRow("denied") << Status::Denied << s + u" — denied" << s + u" — denied";
    }

    void statusWording()
    {
        QFETCH(Status, status);
        QFETCH(QString, pane);
        QFETCH(QString, brief);
        const QList<RelationDetail> relations{detailOf(RelationType::Hired, false, status)};
        QCOMPARE(RelationSentences::build(1, relations).value(0).lines.value(0).text, pane);
        RelationSentences::Options dash;
        dash.statusStyle = RelationSentences::StatusStyle::Dash;
        QCOMPARE(RelationSentences::build(1, relations, dash).value(0).lines.value(0).text, brief);
    }

    void detailsAndMarkup()
    {
        RelationDetail lead = detailOf(RelationType::Leads, true, Status::Expected, QStringLiteral("2024-03"));
        lead.relation.role = QStringLiteral("CEO <interim>");
        lead.relation.amount = Amount{2e6, QStringLiteral("USD")};
        RelationDetail stake = detailOf(RelationType::InvestedIn, true, Status::Completed, QStringLiteral("2023"));
        stake.relation.stakePercent = 12.5;
        stake.relation.role = QStringLiteral("lead investor");
        stake.relation.articleCount = 3;
        RelationDetail raised = detailOf(RelationType::Raised, true);
        raised.relation.amount = Amount{2e6, QStringLiteral("USD")};
        const QList<RelationDetail> relations{lead, stake, raised};

        // Plain text: names and roles as written; the role of a lead is in its
        // sentence, a round's amount too, so neither repeats in the details.
        QList<RelationSentences::Section> plain = RelationSentences::build(1, relations);
        QCOMPARE(plain.size(), 3);
        QCOMPARE(plain[0].group, RelationSentences::Group::Roles);
        QCOMPARE(plain[0].lines[0].text, QStringLiteral("CEO <interim> of Other & Co (expected)"));
        QCOMPARE(plain[0].lines[0].details, (QStringList{QStringLiteral("$2m"), QStringLiteral("March 2024")}));
        QCOMPARE(plain[1].group, RelationSentences::Group::Funding);
        QCOMPARE(plain[1].lines[0].text, QStringLiteral("Raised $2m"));
        QVERIFY(plain[1].lines[0].details.isEmpty());
        QCOMPARE(plain[2].group, RelationSentences::Group::Investments);
        QCOMPARE(plain[2].lines[0].details,
                 (QStringList{QStringLiteral("12.5% stake"), QStringLiteral("as lead investor"), QStringLiteral("2023")}));
        QCOMPARE(plain[2].lines[0].articleCount, 3);

        // Html: the role escaped, the name as the caller formats it, details still plain.
        RelationSentences::Options html;
        html.markup = RelationSentences::Markup::Html;
        html.formatName = [](qint64 id, const QString &name) {
            return QStringLiteral("<a href=\"entity:%1\">%2</a>").arg(id).arg(name.toHtmlEscaped());
        };
        const QList<RelationSentences::Section> rich = RelationSentences::build(1, relations, html);
        QCOMPARE(rich[0].lines[0].text,
                 QStringLiteral("CEO &lt;interim&gt; of <a href=\"entity:2\">Other &amp; Co</a> (expected)"));
        QCOMPARE(rich[0].lines[0].details, plain[0].lines[0].details);
        // Without a formatter, Html escapes the name.
        html.formatName = nullptr;
        QCOMPARE(RelationSentences::build(1, relations, html)[2].lines[0].text,
                 QStringLiteral("Invested in Other &amp; Co"));
    }

    void sectionsInPaneOrderCareerOldestFirst()
    {
        const QList<RelationDetail> relations{
            detailOf(RelationType::PartnersWith, true, Status::Completed, QStringLiteral("2020")),
            detailOf(RelationType::WorkedAt, true, Status::Completed, QStringLiteral("2019")),
            detailOf(RelationType::Hired, false, Status::Completed, QStringLiteral("2015")),
            detailOf(RelationType::Acquired, true, Status::Completed, QStringLiteral("2018")),
            detailOf(RelationType::Acquired, true, Status::Completed, QStringLiteral("2022-05")),
            detailOf(RelationType::Acquired, true, Status::Completed, QString()),
            // Symmetric, stored from the other end: still "Competes with", in Rivals.
            detailOf(RelationType::CompetesWith, false),
        };
        const QList<RelationSentences::Section> sections = RelationSentences::build(1, relations);
        QStringList titles;
        for (const RelationSentences::Section &s : sections)
            titles << s.title;
        QCOMPARE(titles, (QStringList{QStringLiteral("Career moves"), QStringLiteral("Acquisitions"),
                                      QStringLiteral("Rivals"), QStringLiteral("Partners")}));
        QList<qsizetype> career, acquisitions;
        for (const RelationSentences::Line &line : sections[0].lines)
            career << line.relation;
        for (const RelationSentences::Line &line : sections[1].lines)
            acquisitions << line.relation;
        QCOMPARE(career, (QList<qsizetype>{2, 1}));          // 2015, then 2019
        QCOMPARE(acquisitions, (QList<qsizetype>{4, 3, 5})); // newest first, undated last
        QCOMPARE(sections[2].lines[0].text, QStringLiteral("Competes with Other & Co"));
    }

    // The brief's lines are the shared sentences, dashed, with the same details.
    void briefUsesTheSharedSentences()
    {
        const qint64 northwind = idOf(m_db, QStringLiteral("Northwind Analytics"));
        const EntityBrief brief = EntityBrief::build(m_db, northwind);
        RelationSentences::Options dash;
        dash.statusStyle = RelationSentences::StatusStyle::Dash;
        const QList<RelationSentences::Section> sections =
            RelationSentences::build(northwind, RelationStore(m_db).relationsOf(northwind), dash);
        QCOMPARE(brief.sections().size(), sections.size());
        for (int i = 0; i < sections.size(); ++i) {
            QCOMPARE(brief.sections()[i].title, sections[i].title);
            QCOMPARE(brief.sections()[i].lines.size(), sections[i].lines.size());
            for (int j = 0; j < sections[i].lines.size(); ++j) {
                QCOMPARE(brief.sections()[i].lines[j].text, sections[i].lines[j].text);
                QCOMPARE(brief.sections()[i].lines[j].details, sections[i].lines[j].details);
            }
        }
        const EntityBrief::Line *corvane = findLine(brief, QStringLiteral("Acquisitions"), QStringLiteral("Acquired Corvane AI"));
        QVERIFY(corvane);
        QCOMPARE(corvane->details, (QStringList{QStringLiteral("$200m"), QStringLiteral("March 2025")}));
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
