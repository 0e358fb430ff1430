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
    void alignments();
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
    // Names of every length, abbreviated, accented or in capitals (monthOf
    // rejects a word by its first letter and length before comparing).
    QTest::newRow("fr name lengths") << "fr"_q
        << "mai 2020, juil 2020, FÉVR 2021, août 2021, Aout 2022, déc 2022, FÉVRIER 2023, septembre 2023, décembre 2024, maison 2024"_q
        << QDate() << QStringList{"2020-05"_q, "2020-07"_q, "2021-02"_q, "2021-08"_q, "2022-08"_q, "2022-12"_q, "2023-02"_q,
                                  "2023-09"_q, "2024-12"_q, "2024"_q};
    QTest::newRow("en name lengths") << "en"_q << "Sept 2020, Jan 2021, MAY 2022, September 2023, Marching 2024"_q << QDate()
                                     << QStringList{"2020-09"_q, "2021-01"_q, "2022-05"_q, "2023-09"_q, "2024"_q};
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

// Without a publication date a sentence needs a year, which the finder looks
// for past ASCII non-digits eight units at a time: a year at every position
// of such a block, after padding with letters outside ASCII, reads the same.
void tst_Dates::alignments()
{
    const QString texts[] = {
        QStringLiteral("founded in 2019 by two engineers"), QStringLiteral("le 12 mai 2021, puis 1999"),
        QStringLiteral("\u0662\u0660\u0661\u0669 then 2020"), // digits outside ASCII
        QStringLiteral("sold 12345 units and 999 more"),      // no year
    };
    const QString unit = QStringLiteral("a\u00E9 b; x ");
    for (const QString &text : texts) {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
            const auto plain = Dates::find(text, language, QDate());
            for (int pad = 0; pad < 20; ++pad) {
                const QString padding = unit.repeated(4).left(pad) + u' ';
                const QString padded = padding + text;
                const auto found = Dates::find(padded, language, QDate());
                QCOMPARE(found.size(), plain.size());
                for (qsizetype i = 0; i < found.size(); ++i) {
                    QCOMPARE(found[i].start, plain[i].start + int(padding.size()));
                    QCOMPARE(found[i].end, plain[i].end + int(padding.size()));
                    QCOMPARE(found[i].iso, plain[i].iso);
                }
            }
        }
    }
    QCOMPARE(Dates::find(u"in 2019", u"en", QDate()).size(), 1);
    QCOMPARE(Dates::find(u"no year in sight, none at all", u"en", QDate()).size(), 0);
}

QTEST_MAIN(tst_Dates)
#include "tst_dates.moc"
