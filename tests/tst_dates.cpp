#include "extract/dates.h"

#include <QTest>

using namespace liaison;

static QString operator""_q(const char *s, std::size_t n) { return QString::fromUtf8(s, qsizetype(n)); }

// Dates in French and English, resolved against the publication date.
class tst_Dates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void find_data();
    void find();
};

void tst_Dates::find_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QStringList>("expected");

    const QDate pub(2024, 9, 20);
    QTest::newRow("fr month year") << "fr"_q << "L'accord a été signé en mars 2023."_q << QDate() << QStringList{"2023-03"_q};
    QTest::newRow("fr full") << "fr"_q << "Le 14 février 2022, la société a changé de nom."_q << QDate() << QStringList{"2022-02-14"_q};
    QTest::newRow("fr premier") << "fr"_q << "depuis le 1er juillet 2021"_q << QDate() << QStringList{"2021-07-01"_q};
    QTest::newRow("fr month alone") << "fr"_q << "Elle avait levé des fonds en juin."_q << pub << QStringList{"2024-06"_q};
    QTest::newRow("fr month alone no date") << "fr"_q << "Elle avait levé des fonds en juin."_q << QDate() << QStringList{};
    QTest::newRow("fr dernier") << "fr"_q << "le rachat annoncé en octobre dernier"_q << pub << QStringList{"2023-10"_q};
    QTest::newRow("fr year") << "fr"_q << "créée en 2017 à Lyon"_q << QDate() << QStringList{"2017"_q};
    QTest::newRow("en month day year") << "en"_q << "On August 3, 2020 the firm listed."_q << QDate() << QStringList{"2020-08-03"_q};
    QTest::newRow("en day month year") << "en"_q << "It closed on 5 January 2019."_q << QDate() << QStringList{"2019-01-05"_q};
    QTest::newRow("en month year") << "en"_q << "launched in November 2022"_q << QDate() << QStringList{"2022-11"_q};
    QTest::newRow("en in month") << "en"_q << "the round it closed in April"_q << pub << QStringList{"2024-04"_q};
    QTest::newRow("en last month") << "en"_q << "talks that ended last December"_q << pub << QStringList{"2023-12"_q};
    QTest::newRow("en modal may") << "en"_q << "the deal may close in 2026"_q << pub << QStringList{"2026"_q};
    QTest::newRow("en iso") << "en"_q << "filed on 2023-11-07 with the SEC"_q << QDate() << QStringList{"2023-11-07"_q};
    QTest::newRow("not a year amount") << "en"_q << "a $2000 fee and 1999% growth"_q << QDate() << QStringList{};
    QTest::newRow("two years") << "en"_q << "founded in 2015 and sold in 2021"_q << QDate() << QStringList{"2015"_q, "2021"_q};
}

void tst_Dates::find()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QDate, published);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const DateMention &d : Dates::find(text, language, published))
        got << d.iso;
    QCOMPARE(got, expected);
}

QTEST_MAIN(tst_Dates)
#include "tst_dates.moc"
