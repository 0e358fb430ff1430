#include "text/textnormalizer.h"

#include <QCryptographicHash>
#include <QTest>

using namespace liaison;

class tst_TextNormalizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalizeLayout_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("spaces only") << QStringLiteral("  \t ") << QString();
        QTest::newRow("plain") << QStringLiteral("Plain line.") << QStringLiteral("Plain line.");
        QTest::newRow("crlf and cr") << QStringLiteral("a\r\nb\rc") << QStringLiteral("a\nb\nc");
        QTest::newRow("trailing spaces") << QStringLiteral("line  \t\nnext \u00A0") << QStringLiteral("line\nnext");
        QTest::newRow("blank runs") << QStringLiteral("a\n\n\n\nb") << QStringLiteral("a\n\nb");
        QTest::newRow("blank line of spaces") << QStringLiteral("a\n \t\nb") << QStringLiteral("a\n\nb");
        QTest::newRow("leading blank and spaces") << QStringLiteral("\n\n  \n  lead") << QStringLiteral("lead");
        QTest::newRow("trailing newlines") << QStringLiteral("end\n\n\n") << QStringLiteral("end");
        QTest::newRow("tab kept") << QStringLiteral("tab\tkept") << QStringLiteral("tab\tkept");
        QTest::newRow("controls go") << QStringLiteral("a\u0007b\u0085c\u000Bd\u000Ce\u007Ff\u009Fg")
                                     << QStringLiteral("abcdefg");
        QTest::newRow("line and paragraph separators") << QStringLiteral("x\u2028y\u2029z")
                                                       << QStringLiteral("x\ny\nz");
        QTest::newRow("stray bom") << QStringLiteral("\uFEFFbom\uFEFF") << QStringLiteral("bom");
        QTest::newRow("nfc") << QStringLiteral("cafe\u0301") << QStringLiteral("caf\u00E9");
        QTest::newRow("inner spaces kept") << QStringLiteral("49\u202F% and  two") << QStringLiteral("49\u202F% and  two");
        QTest::newRow("surrogates kept") << QStringLiteral("a \U0001F600 b") << QStringLiteral("a \U0001F600 b");
    }
    void normalizeLayout()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(TextNormalizer::normalizeLayout(text), expected);
    }

    void contentHash()
    {
        const QByteArray hash = TextNormalizer::contentHash(QStringLiteral("Two  words\n\nand more."));
        QCOMPARE(hash.size(), 64);
        QCOMPARE(TextNormalizer::contentHash(QStringLiteral(" Two words and\tmore. ")), hash);
        QCOMPARE(QCryptographicHash::hash("Two words and more.", QCryptographicHash::Sha256).toHex(), hash);
        QVERIFY(TextNormalizer::contentHash(QStringLiteral("Two words and more!")) != hash);
        QCOMPARE(TextNormalizer::contentHash(QString()),
                 QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha256).toHex());
    }
};

QTEST_MAIN(tst_TextNormalizer)
#include "tst_textnormalizer.moc"
