#include "text/language.h"

#include <QTest>

using namespace liaison;

class tst_Language : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identify_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::newRow("english") << QStringLiteral(
            "The chip designer said on Wednesday that it had agreed to buy a start-up that builds software for "
            "testing processors, in a deal that values the smaller company at about $400m. The two firms have "
            "worked together for several years.")
                                 << QStringLiteral("en") << QStringLiteral("English");
        QTest::newRow("french") << QStringLiteral(
            "Le concepteur de puces a annoncé mercredi le rachat d'une jeune pousse qui conçoit des logiciels de "
            "test pour les processeurs, une opération qui valorise la petite société à environ 400 millions de "
            "dollars. Les deux entreprises travaillent ensemble depuis plusieurs années.")
                                << QStringLiteral("fr") << QStringLiteral("French");
        QTest::newRow("german") << QStringLiteral(
            "Der Chipentwickler hat am Mittwoch mitgeteilt, dass er ein junges Unternehmen übernehmen will, das "
            "Software für das Testen von Prozessoren entwickelt. Die beiden Firmen arbeiten seit mehreren Jahren "
            "zusammen.")
                                << QStringLiteral("de") << QStringLiteral("German");
        QTest::newRow("italian") << QStringLiteral(
            "La società ha annunciato mercoledì di aver raggiunto un accordo per acquistare una giovane azienda che "
            "sviluppa software per il collaudo dei processori. Le due imprese collaborano da diversi anni.")
                                 << QStringLiteral("it") << QStringLiteral("Italian");
        QTest::newRow("dutch") << QStringLiteral(
            "Het bedrijf heeft woensdag bekendgemaakt dat het een jonge onderneming overneemt die software maakt "
            "voor het testen van processors. De twee bedrijven werken al jaren samen.")
                               << QStringLiteral("nl") << QStringLiteral("Dutch");
        // Short texts: the stopword fallback.
        QTest::newRow("short english") << QStringLiteral("The board approved the deal on Monday.")
                                       << QStringLiteral("en") << QStringLiteral("English");
        QTest::newRow("short french") << QStringLiteral("Le conseil a validé la vente de la filiale.")
                                      << QStringLiteral("fr") << QStringLiteral("French");
        QTest::newRow("short german") << QStringLiteral("Der Vorstand hat die Übernahme nicht genehmigt.")
                                      << QStringLiteral("de") << QStringLiteral("German");
    }
    void identify()
    {
        QFETCH(QString, text);
        const Language::Guess g = Language::identify(text);
        QTEST(g.code, "code");
        QTEST(g.name(), "name");
    }

    void unsureOnNoise()
    {
        // Names and numbers alone say nothing reliable about a language.
        const Language::Guess g = Language::identify(QStringLiteral("Acme 2024 Q3 42 %"));
        QVERIFY(!g.reliable);
    }

    void supported()
    {
        QVERIFY(Language::isSupported(QStringLiteral("fr")));
        QVERIFY(Language::isSupported(QStringLiteral("en")));
        QVERIFY(!Language::isSupported(QStringLiteral("de")));
        QVERIFY(!Language::isSupported(QString()));
        QCOMPARE(Language::englishName(QStringLiteral("es")), QStringLiteral("Spanish"));
        QCOMPARE(Language::englishName(QStringLiteral("ja")), QStringLiteral("Japanese"));
    }
};

QTEST_MAIN(tst_Language)
#include "tst_language.moc"
