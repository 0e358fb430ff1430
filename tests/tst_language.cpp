#include "text/language.h"
#include "text/loader.h"

#include <QRandomGenerator>
#include <QTest>

using namespace liaison;

namespace {

// Written for these tests: plain news prose, long enough for the shortcut.
QString french()
{
    return QStringLiteral(
        "Le fabricant de machines agricoles a annoncé mardi la fermeture de son usine du nord, qui emploie près "
        "de quatre cents personnes. La direction explique que les ventes de tracteurs ont reculé depuis deux ans "
        "et que la concurrence des modèles importés pèse sur les marges. Les syndicats dénoncent une décision "
        "prise sans concertation et demandent un plan de reprise. Le maire de la commune a promis de recevoir "
        "les salariés dans la semaine. Selon un porte-parole du groupe, une partie de la production sera "
        "transférée vers un site plus moderne, où des postes seront proposés aux volontaires. Les élus de la "
        "région craignent que la fermeture ne touche aussi les sous-traitants, qui dépendent souvent d'un seul "
        "client pour leur chiffre d'affaires.");
}

QString english()
{
    return QStringLiteral(
        "The maker of farm machinery said on Tuesday that it would close its northern plant, which employs "
        "nearly four hundred people. The company explained that sales of tractors have fallen for two years and "
        "that cheaper imported models are putting pressure on its margins. The unions said the decision was "
        "taken without any consultation and called for a rescue plan. The mayor of the town has promised to "
        "meet the workers within the week. According to a spokesman for the group, part of the production will "
        "be moved to a more modern site, where jobs will be offered to those who are willing to relocate. Local "
        "officials fear that the closure will also hurt suppliers, which often depend on a single customer for "
        "most of their revenue.");
}

QString german()
{
    return QStringLiteral(
        "Der Hersteller von Landmaschinen hat am Dienstag angekündigt, sein Werk im Norden zu schließen, in dem "
        "fast vierhundert Menschen arbeiten. Die Geschäftsführung erklärte, der Absatz von Traktoren sei seit "
        "zwei Jahren rückläufig und die Konkurrenz durch billigere Importe drücke auf die Margen. Die "
        "Gewerkschaften kritisieren, dass die Entscheidung ohne jede Absprache gefallen sei, und fordern einen "
        "Plan zur Rettung des Standorts. Der Bürgermeister der Gemeinde will die Beschäftigten noch in dieser "
        "Woche empfangen. Ein Teil der Produktion soll nach Angaben des Konzerns in ein moderneres Werk verlegt "
        "werden, wo den Mitarbeitern neue Stellen angeboten werden.");
}

QString spanish()
{
    return QStringLiteral(
        "El fabricante de maquinaria agrícola anunció el martes el cierre de su fábrica del norte, que emplea a "
        "casi cuatrocientas personas. La dirección explicó que las ventas de tractores han caído durante dos años "
        "y que la competencia de los modelos importados presiona sus márgenes. Los sindicatos denuncian una "
        "decisión tomada sin consulta y piden un plan de rescate. El alcalde del municipio prometió recibir a los "
        "trabajadores esta misma semana. Según un portavoz del grupo, una parte de la producción se trasladará a "
        "una planta más moderna, donde se ofrecerán puestos a los voluntarios que acepten mudarse.");
}

QString italian()
{
    return QStringLiteral(
        "Il produttore di macchine agricole ha annunciato martedì la chiusura del suo stabilimento del nord, che "
        "impiega quasi quattrocento persone. La direzione spiega che le vendite di trattori sono in calo da due "
        "anni e che la concorrenza dei modelli importati pesa sui margini. I sindacati denunciano una decisione "
        "presa senza alcun confronto e chiedono un piano di rilancio. Il sindaco del comune ha promesso di "
        "ricevere i lavoratori entro la settimana. Secondo un portavoce del gruppo, una parte della produzione "
        "sarà trasferita in un impianto più moderno, dove saranno offerti posti di lavoro a chi è disposto a "
        "spostarsi.");
}

QString portuguese()
{
    return QStringLiteral(
        "O fabricante de máquinas agrícolas anunciou na terça-feira o encerramento da sua fábrica do norte, que "
        "emprega quase quatrocentas pessoas. A direção explica que as vendas de tratores caíram nos últimos dois "
        "anos e que a concorrência dos modelos importados pesa sobre as margens. Os sindicatos denunciam uma "
        "decisão tomada sem qualquer diálogo e pedem um plano de recuperação. O presidente da câmara prometeu "
        "receber os trabalhadores ainda esta semana. Segundo um porta-voz do grupo, parte da produção será "
        "transferida para uma unidade mais moderna, onde serão oferecidos postos aos voluntários.");
}

QString dutch()
{
    return QStringLiteral(
        "De fabrikant van landbouwmachines heeft dinsdag aangekondigd dat de fabriek in het noorden sluit, waar "
        "bijna vierhonderd mensen werken. Volgens de directie is de verkoop van tractoren al twee jaar aan het "
        "dalen en drukt de concurrentie van goedkopere modellen uit het buitenland op de marges. De vakbonden "
        "vinden dat het besluit zonder enig overleg is genomen en eisen een reddingsplan. De burgemeester van de "
        "gemeente heeft beloofd de werknemers nog deze week te ontvangen. Een deel van de productie wordt volgens "
        "een woordvoerder van het concern verplaatst naar een modernere fabriek, waar de medewerkers een nieuwe "
        "baan krijgen aangeboden.");
}

QString russian()
{
    return QStringLiteral(
        "Производитель сельскохозяйственной техники объявил во вторник о закрытии своего завода на севере, где "
        "работают почти четыреста человек. Руководство объясняет это падением продаж тракторов в течение двух лет.");
}

// A French article thick with English company names (most of its words
// start with a capital).
QString frenchWithNames()
{
    return QStringLiteral(
        "Harbor Point Software et Blue Ridge Data Labs ont signé mardi un accord avec Northwind Cloud Systems, "
        "qui reprend pour sa part la division Silver Creek Analytics de Granite Peak Holdings. Selon Evening "
        "Star Capital, le montant de la vente dépasse celui que Copper Lane Ventures avait payé pour Maple "
        "Grove Robotics. Dans un message, le patron de Northwind Cloud Systems a dit que les équipes de Harbor "
        "Point Software et de Blue Ridge Data Labs resteront à Boston. Le groupe Red Fern Networks, qui "
        "détient une part de Silver Creek Analytics, a voté pour la vente. La marque Quiet Harbor Cloud sera "
        "gardée par Northwind Cloud Systems pour les clients de Granite Peak Holdings et de Copper Lane "
        "Ventures, et les deux sociétés ne seront pas fusionnées avant la fin de l'année.");
}

} // namespace

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

    // A plain French or English text is answered without CLD2, and as CLD2
    // would answer.
    void shortcut_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("french") << french() << QStringLiteral("fr");
        QTest::newRow("english") << english() << QStringLiteral("en");
        // A short quotation in the other language does not change the verdict.
        QTest::newRow("french quoting english")
            << french() + QStringLiteral("\n\n« We will not give up », said one of them.") + QStringLiteral("\n\n")
                   + french()
            << QStringLiteral("fr");
    }
    void shortcut()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const std::optional<Language::Guess> fast = Language::clearFrenchOrEnglish(text);
        QVERIFY(fast);
        QCOMPARE(fast->code, code);
        QVERIFY(fast->reliable);
        const Language::Guess cld = Language::identifyWithCld(text);
        QCOMPARE(cld.code, code);
        QCOMPARE(Language::identify(text).code, code);
    }

    // A French article thick with English company and product names is
    // French: capitals are not held against it (CLD2 can hear English there,
    // which would send the article through the English rules).
    void frenchThickWithNames()
    {
        const QString text = frenchWithNames();
        const std::optional<Language::Guess> fast = Language::clearFrenchOrEnglish(text);
        QVERIFY(fast);
        QCOMPARE(fast->code, QStringLiteral("fr"));
        QVERIFY(fast->reliable);
        const Language::StopwordCounts counts = Language::countStopwords(text);
        // Most of its words are names: the case the capitals rule used to send to CLD2.
        QVERIFY2(counts.capitalized * 3 > counts.words, qPrintable(QString::number(counts.capitalized)));
        QCOMPARE(Language::identify(text).code, QStringLiteral("fr"));
    }

    // Everything else goes to CLD2 as before: other languages (still refused
    // by the loader), mixes, short texts, other scripts.
    void noShortcut_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code"); // what CLD2 and its fallbacks say
        QTest::newRow("german") << german() << QStringLiteral("de");
        QTest::newRow("spanish") << spanish() << QStringLiteral("es");
        QTest::newRow("italian") << italian() << QStringLiteral("it");
        QTest::newRow("portuguese") << portuguese() << QStringLiteral("pt");
        QTest::newRow("dutch") << dutch() << QStringLiteral("nl");
        QTest::newRow("russian") << russian() << QStringLiteral("ru");
        QTest::newRow("short french") << QStringLiteral("Le conseil a validé la vente de la filiale.")
                                      << QStringLiteral("fr");
        QTest::newRow("french then english, halves") << french() + QStringLiteral("\n\n") + english()
                                                     << QString();
        QTest::newRow("english then french, halves") << english() + QStringLiteral("\n\n") + french()
                                                     << QString();
        QTest::newRow("french and german") << french() + QStringLiteral("\n\n") + german() << QString();
        QTest::newRow("english and spanish") << english() + QStringLiteral("\n\n") + spanish() << QString();
        QTest::newRow("french and russian") << french() + QStringLiteral("\n\n") + russian() << QString();
        // Names do not count against French, but lower-case words in no list
        // do: French names and a block of them is not plainly French.
        QTest::newRow("french names and unknown words")
            << frenchWithNames() + QStringLiteral("\n\n")
                   + QStringLiteral("make install prefix usr local bin lib share doc etc var tmp opt srv "
                                    "boot dev proc sys run mnt media home root sbin lost found cache spool "
                                    "log mail games backups crash lock cron mount umount chmod chown grep sed "
                                    "awk tar gzip rsync curl wget ls cp mv rm ln cat head tail sort uniq cut "
                                    "paste join split wc tee xargs find locate which")
            << QString();
    }
    void noShortcut()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QVERIFY(!Language::clearFrenchOrEnglish(text));
        const Language::Guess cld = Language::identifyWithCld(text);
        const Language::Guess g = Language::identify(text);
        QCOMPARE(g.code, cld.code);
        QCOMPARE(g.reliable, cld.reliable);
        if (!code.isEmpty())
            QCOMPARE(g.code, code);
    }

    void otherLanguagesStillRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::newRow("german") << german() << QStringLiteral("German");
        QTest::newRow("spanish") << spanish() << QStringLiteral("Spanish");
        QTest::newRow("italian") << italian() << QStringLiteral("Italian");
        QTest::newRow("portuguese") << portuguese() << QStringLiteral("Portuguese");
        QTest::newRow("dutch") << dutch() << QStringLiteral("Dutch");
    }
    void otherLanguagesStillRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        const LoadResult r = loadBytes(text.toUtf8(), QStringLiteral("article.txt"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(name), qPrintable(r.error));
    }

    void loaderTakesShortcut()
    {
        const LoadResult fr = loadBytes(french().toUtf8(), QStringLiteral("article.txt"));
        QVERIFY(fr.ok());
        QCOMPARE(fr.source->language, QStringLiteral("fr"));
        const LoadResult en = loadBytes(english().toUtf8(), QStringLiteral("article.txt"));
        QVERIFY(en.ok());
        QCOMPARE(en.source->language, QStringLiteral("en"));
    }

    // The shortcut reads what CLD2 would be given: the first 64 KB of UTF-8,
    // cut on a character boundary.
    void window()
    {
        QString body;
        while (body.size() < 70000)
            body += english() + QStringLiteral("\n\n");
        // 65,530 one-byte characters, then two-byte Cyrillic letters: three of
        // them fit in the 65,536 bytes.
        const QString edge = body.left(65529) + u' ' + russian();
        QCOMPARE(Language::countStopwords(edge).otherLetters, 3);
        QVERIFY(Language::clearFrenchOrEnglish(edge));
        // Well past the window, another script changes nothing...
        QString past = body;
        for (int i = 0; i < 20; ++i)
            past += russian();
        QCOMPARE(Language::countStopwords(past).otherLetters, 0);
        QCOMPARE(Language::clearFrenchOrEnglish(past)->code, QStringLiteral("en"));
        // ...but inside it, it sends the text to CLD2.
        QString inside = body.left(20000);
        for (int i = 0; i < 20; ++i)
            inside += russian();
        QVERIFY(!Language::clearFrenchOrEnglish(inside));
    }

    // Words are read without Qt's case tables: capitals and accented capitals
    // are folded like lower case, and a letter of another script inside a
    // word makes it no stopword.
    void wordReading()
    {
        const Language::StopwordCounts upper = Language::countStopwords(QStringLiteral("LE À ÉTÉ THE Été"));
        QCOMPARE(upper.words, 5);
        QCOMPARE(upper.counts[0], 4); // le, à, été, été
        QCOMPARE(upper.counts[1], 1); // the
        QCOMPARE(upper.capitalized, 5);
        const Language::StopwordCounts mixed = Language::countStopwords(QStringLiteral("thе lеs")); // Cyrillic е
        QCOMPARE(mixed.words, 2);
        QCOMPARE(mixed.counts[0] + mixed.counts[1], 0);
        QCOMPARE(mixed.otherLetters, 2);
        const Language::StopwordCounts foreign = Language::countStopwords(QStringLiteral("straße año ça"));
        QCOMPARE(foreign.foreignLetters, 2);
        QCOMPARE(Language::countStopwords(QString()).words, 0);
    }

    // The scan reads Latin-1 32 UTF-16 units at a time and anything else
    // one by one; both must count the same whatever the alignment of a word on
    // those blocks, and wherever the other characters fall.
    void fastScanMatchesReference()
    {
        const QStringList pieces = {
            QStringLiteral("le"), QStringLiteral("The"), QStringLiteral("LES"), QStringLiteral("à"),
            QStringLiteral("À"), QStringLiteral("été"), QStringLiteral("Été"), QStringLiteral("which"),
            QStringLiteral("dans"), QStringLiteral("anticonstitutionnellement"), QStringLiteral("thе"),
            QStringLiteral("straße"), QStringLiteral("año"), QStringLiteral("д"), QStringLiteral("x"),
            QStringLiteral("C'est"), QStringLiteral("l\u2019"), QStringLiteral("qu\u02BC"),
            QStringLiteral("e\u0301t\u00E9"), QStringLiteral("\U0001F600"), QStringLiteral("l'été"),
            QStringLiteral("Abcdef"), QStringLiteral("abcdefg"), QStringLiteral("42"), QStringLiteral("a1b"),
            QStringLiteral("[the]"), QStringLiteral("\u00A0"), QStringLiteral("\n\n"), QStringLiteral("@"),
            QStringLiteral("`"), QStringLiteral("{"), QStringLiteral("Z"), QStringLiteral("\u0250"),
            QStringLiteral("ÀÉÎÕÜÞ"), QStringLiteral("ßàéîõüÿ"), QStringLiteral("ªºµ"), QStringLiteral("×÷"),
            QStringLiteral("«\u00A0"), QStringLiteral("Là"), QStringLiteral("ÇA"), QStringLiteral("Où"),
            QStringLiteral("œuvre"), QStringLiteral("\u00AD"), QStringLiteral("\u0080"), QStringLiteral("Ÿ"),
        };
        const QStringList separators = {QStringLiteral(" "), QString(), QStringLiteral(", "), QStringLiteral("\n"),
                                        QStringLiteral("\u2014"), QStringLiteral("-")};
        auto same = [](const QString &text) {
            const Language::StopwordCounts fast = Language::countStopwords(text);
            const Language::StopwordCounts reference
                = Language::countStopwords(text, Language::Scanning::Reference);
            return fast.counts == reference.counts && fast.rivalOfFrench == reference.rivalOfFrench
                && fast.rivalOfEnglish == reference.rivalOfEnglish && fast.words == reference.words
                && fast.capitalized == reference.capitalized && fast.latinLetters == reference.latinLetters
                && fast.foreignLetters == reference.foreignLetters && fast.otherLetters == reference.otherLetters;
        };
        QRandomGenerator random(12345);
        auto next = [&random](quint32 n) { return random.bounded(n); };
        for (int round = 0; round < 300; ++round) {
            QString text;
            const quint32 count = 1 + next(40);
            for (quint32 i = 0; i < count; ++i)
                text += pieces.at(next(quint32(pieces.size()))) + separators.at(next(quint32(separators.size())));
            // Every shift of the text against the 32-unit blocks.
            for (int shift = 0; shift < 33; ++shift) {
                const QString shifted = QString(shift, u' ') + text;
                if (!same(shifted))
                    QFAIL(qPrintable(QStringLiteral("differs on \"%1\"").arg(shifted)));
            }
        }
        QVERIFY(same(french()));
        QVERIFY(same(english()));
        QVERIFY(same(german() + russian() + french()));
        const Language::StopwordCounts counts = Language::countStopwords(english());
        QCOMPARE(counts.words, Language::countStopwords(english(), Language::Scanning::Reference).words);
        QVERIFY(counts.counts[1] > 20);
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
