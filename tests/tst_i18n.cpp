#include "i18n/amountformat.h"
#include "i18n/translations.h"
#include "text/loader.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTemporaryFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace liaison;

namespace {

// What is wrong with a .ts file's messages: unfinished or empty translations,
// each as "context: source".
QStringList untranslated(const QString &path, int *messageCount)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot open %1").arg(path)};
    QStringList problems;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool numerus = false;
    int count = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"context") {
            context.clear();
        } else if (name == u"name" && context.isEmpty()) {
            context = xml.readElementText();
        } else if (name == u"message") {
            numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            ++count;
        } else if (name == u"source") {
            source = xml.readElementText();
        } else if (name == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const QString where = context + QStringLiteral(": ") + source.left(60);
            if (type == u"unfinished")
                problems << QStringLiteral("unfinished: ") + where;
            else if (type == u"obsolete" || type == u"vanished")
                continue;
            if (numerus) {
                // Plural forms: every <numerusform> must be filled in.
                int forms = 0;
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform") {
                        ++forms;
                        if (xml.readElementText().trimmed().isEmpty())
                            problems << QStringLiteral("empty plural form: ") + where;
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                if (forms == 0)
                    problems << QStringLiteral("no plural forms: ") + where;
            } else if (xml.readElementText().trimmed().isEmpty()) {
                problems << QStringLiteral("empty: ") + where;
            }
        }
    }
    if (xml.hasError())
        problems << QStringLiteral("XML error at line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    if (messageCount)
        *messageCount = count;
    return problems;
}

} // namespace

class tst_I18n : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The lead refreshes and translates the .ts files last; this keeps them complete.
    void frenchTranslationIsComplete()
    {
        int messages = 0;
        const QStringList problems =
            untranslated(QStringLiteral(LIAISON_SOURCE_DIR "/translations/liaison_fr.ts"), &messages);
        QVERIFY2(messages > 100, qPrintable(QStringLiteral("only %1 messages").arg(messages)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The checker itself: it must catch what it is there to catch.
    void checkerFindsUnfinishedAndEmpty()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Ctx</name>
    <message><source>Done</source><translation>Fait</translation></message>
    <message><source>Todo</source><translation type="unfinished">Pas fini</translation></message>
    <message><source>Empty</source><translation></translation></message>
    <message numerus="yes"><source>%n file(s)</source><translation><numerusform>%n fichier</numerusform><numerusform></numerusform></translation></message>
    <message><source>Gone</source><translation type="vanished">Parti</translation></message>
</context>
</TS>
)");
        file.close();
        int messages = 0;
        const QStringList problems = untranslated(file.fileName(), &messages);
        QCOMPARE(messages, 5);
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.at(0).startsWith(QStringLiteral("unfinished: Ctx: Todo")));
        QVERIFY(problems.at(1).startsWith(QStringLiteral("empty: Ctx: Empty")));
        QVERIFY(problems.at(2).startsWith(QStringLiteral("empty plural form: Ctx: %n file(s)")));
    }

    // The compiled French catalogue is embedded and answers for lib/ and the CLI.
    void frenchTranslatorsInstall()
    {
        QCOMPARE(installTranslators(QStringLiteral("fr")), QStringLiteral("fr"));
        QCOMPARE(QLocale().language(), QLocale::French);
        QCOMPARE(QCoreApplication::translate("Labels", "in talks"), QStringLiteral("en discussions"));
        QCOMPARE(QCoreApplication::translate("Labels", "Company"), QStringLiteral("Entreprise"));
        QCOMPARE(installTranslators(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("Labels", "in talks"), QStringLiteral("in talks"));
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    // A refused file's reason reads in French under French: the loaders' own
    // tr() helpers find the catalogue's entries.
    void refusalReasonsInFrench_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("french");
        QTest::newRow("empty text") << QByteArray() << QStringLiteral("a.txt") << QStringLiteral("fichier vide");
        QTest::newRow("not a zip") << QByteArray("plain words, not a zip archive") << QStringLiteral("a.docx")
                                   << QStringLiteral("document corrompu");
        QTest::newRow("not a pdf") << QByteArray("plain words, not a PDF") << QStringLiteral("a.pdf")
                                   << QStringLiteral("PDF corrompu");
    }

    void refusalReasonsInFrench()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fileName);
        QFETCH(QString, french);
        QCOMPARE(installTranslators(QStringLiteral("fr")), QStringLiteral("fr"));
        const LoadResult result = loadBytes(bytes, fileName);
        installTranslators(QStringLiteral("en"));
        QVERIFY(!result.source);
        QVERIFY2(result.error.startsWith(french, Qt::CaseInsensitive), qPrintable(result.error));
    }

    void formatAmount_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        const QString nbsp(QChar(0x00A0));
        auto row = [](const char *name, const char *locale, double value, const char *currency,
                      const QString &expected) {
            QTest::newRow(name) << QString::fromLatin1(locale) << value << QString::fromLatin1(currency) << expected;
        };
        auto fr = [](const char *text) { return QString::fromUtf8(text).replace(u'_', QChar(0x00A0)); };
        const QString frGroup = QLocale(QStringLiteral("fr_FR")).groupSeparator();

        row("fr billions EUR", "fr_FR", 1.5e9, "EUR", fr("1,5_Md€"));
        row("fr billions USD", "fr_FR", 2e9, "USD", fr("2_Md$"));
        row("fr millions EUR", "fr_FR", 250e6, "EUR", fr("250_M€"));
        row("fr millions two decimals", "fr_FR", 1.25e6, "GBP", fr("1,25_M£"));
        row("fr tens of millions", "fr_FR", 12.34e6, "EUR", fr("12,3_M€"));
        row("fr thousands", "fr_FR", 40000.0, "EUR", QStringLiteral("40") + frGroup + QStringLiteral("000") + nbsp + QStringLiteral("€"));
        row("fr other currency", "fr_FR", 1.2e9, "CHF", fr("1,2_Md_CHF"));
        row("fr no currency", "fr_FR", 3e6, "", fr("3_M"));
        row("fr rounds up to billions", "fr_FR", 999.7e6, "EUR", fr("1_Md€"));
        row("fr Canada", "fr_CA", 1.5e9, "EUR", fr("1,5_Md€"));
        row("en billions EUR", "en_GB", 1.5e9, "EUR", QStringLiteral("€1.5bn"));
        row("en billions USD", "en_US", 2e9, "USD", QStringLiteral("$2bn"));
        row("en millions", "en_US", 250e6, "USD", QStringLiteral("$250m"));
        row("en thousands", "en_US", 40000.0, "GBP", QStringLiteral("£40,000"));
        row("en other currency", "en_US", 1.2e9, "CHF", QStringLiteral("CHF") + nbsp + QStringLiteral("1.2bn"));
        row("en no currency", "en_US", 7.5e6, "", QStringLiteral("7.5m"));
        row("en trillion stays in bn", "en_US", 1.2e12, "USD", QStringLiteral("$1,200bn"));
        // Any language but French writes the English way, with its own digits.
        row("de falls back to English style", "de_DE", 1.5e9, "EUR", QStringLiteral("€1,5bn"));
    }

    void formatAmount()
    {
        QFETCH(QString, locale);
        QFETCH(double, value);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(liaison::formatAmount(Amount{value, currency}, QLocale(locale)), expected);
    }
};

QTEST_MAIN(tst_I18n)
#include "tst_i18n.moc"
