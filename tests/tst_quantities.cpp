#include "extract/quantities.h"

#include <QTest>

#include <bit>

using namespace liaison;

static QString operator""_q(const char *s, std::size_t n) { return QString::fromUtf8(s, qsizetype(n)); }

// Amounts and percentages in French and English conventions.
class tst_Quantities : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void amounts_data();
    void amounts();
    void notAmounts_data();
    void notAmounts();
    void percents_data();
    void percents();
    void numberValues_data();
    void numberValues();
    void offsets();
    void alignments();
};

void tst_Quantities::amounts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("surface");

    QTest::newRow("en bn glued") << "en"_q << "The buyer pays $4.5bn in cash."_q << 4.5e9 << "USD"_q << "$4.5bn"_q;
    QTest::newRow("en billion") << "en"_q << "a $2.75 billion deal"_q << 2.75e9 << "USD"_q << "$2.75 billion"_q;
    QTest::newRow("en m euro") << "en"_q << "it raised \u20AC450m last week"_q << 450e6 << "EUR"_q << "\u20AC450m"_q;
    QTest::newRow("en iso before") << "en"_q << "for USD 7 million, said the filing"_q << 7e6 << "USD"_q << "USD 7 million"_q;
    QTest::newRow("en thousands") << "en"_q << "a grant of $250,000 from the city"_q << 250000.0 << "USD"_q << "$250,000"_q;
    QTest::newRow("en pounds") << "en"_q << "\u00A3120m for the lab"_q << 120e6 << "GBP"_q << "\u00A3120m"_q;
    QTest::newRow("en words") << "en"_q << "paid 80 million dollars"_q << 80e6 << "USD"_q << "80 million dollars"_q;
    QTest::newRow("fr milliard") << "fr"_q << "une offre de 2,4 milliards d'euros"_q << 2.4e9 << "EUR"_q << "2,4 milliards d'euros"_q;
    QTest::newRow("fr millions dollars") << "fr"_q << "pour 350 millions de dollars"_q << 350e6 << "USD"_q << "350 millions de dollars"_q;
    QTest::newRow("fr Md symbol") << "fr"_q << "un chèque de 3 Md\u20AC"_q << 3e9 << "EUR"_q << "3 Md\u20AC"_q;
    QTest::newRow("fr M symbol") << "fr"_q << "soit 45 M\u20AC"_q << 45e6 << "EUR"_q << "45 M\u20AC"_q;
    QTest::newRow("fr nbsp groups") << "fr"_q << "une aide de 1\u202F200\u202F000 euros"_q << 1.2e6 << "EUR"_q << "1\u202F200\u202F000 euros"_q;
    QTest::newRow("fr typographic apostrophe") << "fr"_q << "1,5 milliard d\u2019euros"_q << 1.5e9 << "EUR"_q << "1,5 milliard d\u2019euros"_q;
    QTest::newRow("fr billion is 1e12") << "fr"_q << "un marché de 2 billions de dollars"_q << 2e12 << "USD"_q << "2 billions de dollars"_q;
    QTest::newRow("en fifteen digits") << "en"_q << "$123,456,789,012,345 in debt"_q << 123456789012345.0 << "USD"_q
                                       << "$123,456,789,012,345"_q;
    QTest::newRow("en sixteen digits") << "en"_q << "$1,234,567,890,123,456 in debt"_q << 1234567890123456.0
                                       << "USD"_q << "$1,234,567,890,123,456"_q;
    QTest::newRow("fr accented currency in capitals") << "fr"_q << "pour 80 millions de DOLLARS AMÉRICAINS"_q << 80e6
                                                     << "USD"_q << "80 millions de DOLLARS AMÉRICAINS"_q;
    QTest::newRow("fr dollar prefix") << "fr"_q << "un rachat à $900m"_q << 900e6 << "USD"_q << "$900m"_q;
}

void tst_Quantities::amounts()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(double, value);
    QFETCH(QString, currency);
    QFETCH(QString, surface);
    const auto found = Quantities::findAmounts(text, language);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().amount.value, value);
    QCOMPARE(found.first().amount.currency, currency);
    QCOMPARE(text.mid(found.first().start, found.first().end - found.first().start), surface);
}

void tst_Quantities::notAmounts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain number") << "en"_q << "It employs 4,000 people in 12 countries."_q;
    QTest::newRow("year") << "fr"_q << "Fondée en 2019, elle compte 300 salariés."_q;
    QTest::newRow("percent") << "en"_q << "a 30% stake"_q;
    QTest::newRow("metres") << "en"_q << "a tower 300 m tall"_q;
}

void tst_Quantities::notAmounts()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QVERIFY(Quantities::findAmounts(text, language).isEmpty());
}

void tst_Quantities::percents_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::newRow("fr nbsp") << "fr"_q << "prend 18\u00A0% du capital"_q << 18.0;
    QTest::newRow("fr narrow nbsp decimal") << "fr"_q << "environ 7,5\u202F% des parts"_q << 7.5;
    QTest::newRow("en glued") << "en"_q << "a 25% holding"_q << 25.0;
    QTest::newRow("en word") << "en"_q << "a 33 percent stake"_q << 33.0;
    QTest::newRow("en per cent") << "en"_q << "about 12.5 per cent of the shares"_q << 12.5;
    QTest::newRow("fr pour cent") << "fr"_q << "40 pour cent du capital"_q << 40.0;
}

void tst_Quantities::percents()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(double, value);
    const auto found = Quantities::findPercents(text, language);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().value, value);
}

// Numbers are read as an exact mantissa and a power of ten when they fit
// (ASCII, at most 15 digits), else through QString::toDouble: both must give
// what toDouble gives for the digit string, to the last bit.
void tst_Quantities::numberValues_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("digits"); // as QString::toDouble reads it

    QTest::newRow("tenth") << "en"_q << "a 0.1% stake"_q << "0.1"_q;
    QTest::newRow("many decimals") << "en"_q << "up 12.345678901234%"_q << "12.345678901234"_q;
    QTest::newRow("fifteen digits") << "en"_q << "3.14159265358979%"_q << "3.14159265358979"_q;
    QTest::newRow("sixteen digits") << "en"_q << "3.141592653589793%"_q << "3.141592653589793"_q;
    QTest::newRow("seventeen digits") << "en"_q << "1.0000000000000005%"_q << "1.0000000000000005"_q;
    QTest::newRow("fr decimal comma") << "fr"_q << "7,25 % du capital"_q << "7.25"_q;
    QTest::newRow("fr groups and decimals") << "fr"_q << "soit 0,075 %"_q << "0.075"_q;
    QTest::newRow("leading zeros") << "en"_q << "a 007.50% rate"_q << "007.50"_q;
}

void tst_Quantities::numberValues()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, digits);
    const auto found = Quantities::findPercents(text, language);
    QCOMPARE(found.size(), 1);
    bool ok = false;
    const double expected = digits.toDouble(&ok);
    QVERIFY(ok);
    QCOMPARE(std::bit_cast<quint64>(found.first().value), std::bit_cast<quint64>(expected));
}

void tst_Quantities::offsets()
{
    const QString text = QStringLiteral("Shares rose 4% after the $3bn and \u20AC200m deals.");
    const auto amounts = Quantities::findAmounts(QStringView(text).mid(10), u"en", 10);
    QCOMPARE(amounts.size(), 2);
    QCOMPARE(text.mid(amounts[0].start, amounts[0].end - amounts[0].start), QStringLiteral("$3bn"));
    QCOMPARE(text.mid(amounts[1].start, amounts[1].end - amounts[1].start), QStringLiteral("\u20AC200m"));
    const auto percents = Quantities::findPercents(text, u"en");
    QCOMPARE(percents.size(), 1);
    QCOMPARE(text.mid(percents[0].start, percents[0].end - percents[0].start), QStringLiteral("4%"));
}

// The scans pass over ASCII non-digits eight units at a time: a number
// found at every position of such a block, after padding that holds letters
// outside ASCII, must read as it does without the padding.
void tst_Quantities::alignments()
{
    const QString texts[] = {
        QStringLiteral("25% and $3bn"), QStringLiteral("about 12.5 per cent of \u20AC200m"),
        QStringLiteral("7,5\u202F% du capital pour 40 millions d'euros"),
        QStringLiteral("\u0663\u0660% or \uFF15% then 9%"), // digits outside ASCII
    };
    const QString unit = QStringLiteral("a\u00E9 b; x ");
    for (const QString &text : texts) {
        const auto amounts = Quantities::findAmounts(text, u"fr");
        const auto percents = Quantities::findPercents(text, u"en");
        for (int pad = 0; pad < 20; ++pad) {
            const QString padding = unit.repeated(4).left(pad) + u' ';
            const QString padded = padding + text;
            const auto a = Quantities::findAmounts(padded, u"fr");
            QCOMPARE(a.size(), amounts.size());
            for (qsizetype i = 0; i < a.size(); ++i) {
                QCOMPARE(a[i].start, amounts[i].start + int(padding.size()));
                QCOMPARE(a[i].end, amounts[i].end + int(padding.size()));
                QCOMPARE(a[i].amount.value, amounts[i].amount.value);
            }
            const auto p = Quantities::findPercents(padded, u"en");
            QCOMPARE(p.size(), percents.size());
            for (qsizetype i = 0; i < p.size(); ++i) {
                QCOMPARE(p[i].start, percents[i].start + int(padding.size()));
                QCOMPARE(p[i].value, percents[i].value);
            }
        }
    }
    QCOMPARE(Quantities::findPercents(QStringLiteral("9%"), u"en").size(), 1);
    QCOMPARE(Quantities::findPercents(QStringLiteral("no digits here at all, none"), u"en").size(), 0);
}

QTEST_MAIN(tst_Quantities)
#include "tst_quantities.moc"
