#include "text/sha256.h"
#include "text/textnormalizer.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace liaison;

namespace {

// normalizeLayout() one character at a time, as it was before it passed over
// printable ASCII eight units at a time: what the fast path must give.
QString referenceLayout(const QString &input)
{
    const QString text = input.normalized(QString::NormalizationForm_C);
    QString out;
    qsizetype lineEnd = 0;
    int newlines = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c < 0x7F) {
            out += QChar(c);
            if (c != u' ')
                lineEnd = out.size();
            newlines = 0;
            continue;
        }
        if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                continue;
            c = u'\n';
        }
        if (c == u'\n' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            out.truncate(lineEnd);
            if (newlines < 2 && !out.isEmpty())
                out += u'\n';
            ++newlines;
            lineEnd = out.size();
            continue;
        }
        if ((QChar(c).category() == QChar::Other_Control && c != u'\t') || c == u'\uFEFF')
            continue;
        out += QChar(c);
        if (!QChar::isSpace(c))
            lineEnd = out.size();
        newlines = 0;
    }
    out.truncate(lineEnd);
    while (out.endsWith(u'\n'))
        out.chop(1);
    qsizetype lead = 0;
    while (lead < out.size() && out.at(lead).isSpace())
        ++lead;
    return out.mid(lead);
}

} // namespace

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
        // The pass over the text itself starts over on its NFC form at the
        // first character NFC might change, wherever it stands.
        QTest::newRow("nfc after accents") << QStringLiteral("Déjà été\r\nx  \ncafe\u0301")
                                           << QStringLiteral("Déjà été\nx\ncaf\u00E9");
        QTest::newRow("nfc singleton") << QStringLiteral("a\u2000b\u2001c \u212B") << QStringLiteral("a\u2002b\u2003c \u00C5");
        QTest::newRow("punctuation kept") << QStringLiteral("« oui » — l’été… 5 € \u2002")
                                          << QStringLiteral("« oui » — l’été… 5 €");
        QTest::newRow("inner spaces kept") << QStringLiteral("49\u202F% and  two") << QStringLiteral("49\u202F% and  two");
        QTest::newRow("surrogates kept") << QStringLiteral("a \U0001F600 b") << QStringLiteral("a \U0001F600 b");
    }
    void normalizeLayout()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(TextNormalizer::normalizeLayout(text), expected);
    }

    // Texts of every kind of piece the layout treats, at every shift against
    // the eight-unit blocks the fast path copies.
    void layoutMatchesReference()
    {
        const QStringList pieces = {
            QStringLiteral("word"), QStringLiteral("Longer sentence here."), QStringLiteral(" "),
            QStringLiteral("   "), QStringLiteral("\t"), QStringLiteral("\n"), QStringLiteral("\r\n"),
            QStringLiteral("\r"), QStringLiteral("\u2028"), QStringLiteral("\u00A0"), QStringLiteral("été"),
            QStringLiteral("\u0007"), QStringLiteral("\uFEFF"), QStringLiteral("\u0085"), QStringLiteral("~"),
            QStringLiteral("\u202F"), QStringLiteral("\u3000"), QStringLiteral("e\u0301"), QStringLiteral("\u007F"),
            QStringLiteral("\U0001F600"), QStringLiteral("x"), QStringLiteral("12345678"),
        };
        QRandomGenerator random(777);
        auto next = [&random](quint32 n) { return random.bounded(n); };
        for (int round = 0; round < 400; ++round) {
            QString text;
            const quint32 count = 1 + next(30);
            for (quint32 i = 0; i < count; ++i)
                text += pieces.at(next(quint32(pieces.size())));
            for (int shift = 0; shift < 9; ++shift) {
                const QString shifted = QString(shift, u'a') + text;
                QCOMPARE(TextNormalizer::normalizeLayout(shifted), referenceLayout(shifted));
                const QString spaced = QString(shift, u' ') + text;
                QCOMPARE(TextNormalizer::normalizeLayout(spaced), referenceLayout(spaced));
            }
        }
    }

    // normalizeLayout() skips NFC for texts made only of characters it calls
    // inert: Qt's NFC must leave every such text as it is. Every inert
    // character is put after and before every other.
    void inertCharactersAreNfc()
    {
        QList<char16_t> inert;
        for (char16_t c = 0; c < 0x300; ++c)
            inert << c;
        for (char16_t c = 0x2002; c <= 0x2064; ++c)
            inert << c;
        for (char16_t c = 0x20A0; c <= 0x20BF; ++c)
            inert << c;
        for (const char16_t first : inert) {
            QString pairs;
            for (const char16_t second : inert)
                pairs += QChar(first) + QChar(second);
            QVERIFY2(pairs.normalized(QString::NormalizationForm_C) == pairs, qPrintable(QString::number(first, 16)));
            QCOMPARE(TextNormalizer::normalizeLayout(pairs),
                     TextNormalizer::normalizeLayout(pairs.normalized(QString::NormalizationForm_C)));
        }
        // Just outside: what NFC changes.
        QCOMPARE(QStringLiteral("\u2000").normalized(QString::NormalizationForm_C), QStringLiteral("\u2002"));
        QCOMPARE(QStringLiteral("e\u0300").normalized(QString::NormalizationForm_C), QStringLiteral("\u00E8"));
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

    // The stored hashes (articles.sha256, file_sha256) must stay what Qt's
    // own SHA-256 gave, or a re-import would miss every known article.
    void sha256IsQtsSha256()
    {
        QCOMPARE(sha256Hex(QByteArrayView("abc")),
                 QByteArrayLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(sha256Hex(QByteArrayView()),
                 QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QRandomGenerator random(256);
        // Around the 64-byte block and its 56-byte padding boundary, then larger sizes.
        QList<int> sizes;
        for (int n = 1; n < 200; ++n)
            sizes << n;
        sizes << 4095 << 4096 << 65537 << 1000003;
        for (const int size : std::as_const(sizes)) {
            QByteArray data(size, Qt::Uninitialized);
            for (char &c : data)
                c = char(random.bounded(256));
            QCOMPARE(sha256Hex(data), QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        }
    }
};

QTEST_MAIN(tst_TextNormalizer)
#include "tst_textnormalizer.moc"
