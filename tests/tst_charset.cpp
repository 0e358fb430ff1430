#include "text/charset.h"
#include "text/textnormalizer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace liaison;

class tst_Charset : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("charset");
        const QString fr = QStringLiteral("L’été où Zoé a levé 3 M€ : « œuvre » réussie, garçon.");
        QTest::newRow("utf-8") << fr.toUtf8() << fr << QByteArray("UTF-8");
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" + fr.toUtf8()) << fr << QByteArray("UTF-8");
        QByteArray le("\xFF\xFE"), be("\xFE\xFF");
        for (const QChar c : fr) {
            le += char(c.unicode() & 0xFF);
            le += char(c.unicode() >> 8);
            be += char(c.unicode() >> 8);
            be += char(c.unicode() & 0xFF);
        }
        QTest::newRow("utf-16le bom") << le << fr << QByteArray("UTF-16LE");
        QTest::newRow("utf-16be bom") << be << fr << QByteArray("UTF-16BE");
        QTest::newRow("utf-16le no bom") << le.mid(2) << fr << QByteArray("UTF-16LE");
        // Windows-1252: ’ is 0x92, € 0x80, œ 0x9C, « 0xAB.
        QTest::newRow("windows-1252")
            << QByteArray("L\x92\xE9t\xE9 o\xF9 Zo\xE9 a lev\xE9 3 M\x80 : \xAB \x9C" "uvre \xBB r\xE9ussie, gar\xE7on.")
            << fr << QByteArray("WINDOWS-1252");
        QTest::newRow("latin-1 letters")
            << QByteArray("Le ch\xE2teau de la soci\xE9t\xE9 fran\xE7" "aise, o\xF9 l'on a d\xE9" "cid\xE9 du rachat.")
            << QStringLiteral("Le château de la société française, où l'on a décidé du rachat.")
            << QByteArray("WINDOWS-1252");
        QTest::newRow("ascii") << QByteArray("plain words") << QStringLiteral("plain words") << QByteArray("UTF-8");
    }
    void decode()
    {
        QFETCH(QByteArray, bytes);
        const Charset::Decoded d = Charset::decode(bytes);
        QVERIFY(!d.binary);
        QTEST(d.text, "text");
        QTEST(d.charset, "charset");
    }

    void binary()
    {
        const Charset::Decoded d = Charset::decode(QByteArray("abc\0\x01\x02\xff\0zz\x89PNG", 14));
        QVERIFY(d.binary);
        QVERIFY(d.text.isEmpty());
    }

    void utf8Validity_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QByteArray("abc") << true;
        QTest::newRow("two bytes") << QByteArray("caf\xC3\xA9") << true;
        QTest::newRow("four bytes") << QByteArray("\xF0\x9F\x98\x80") << true;
        QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << false;
        QTest::newRow("overlong three") << QByteArray("\xE0\x80\xAF") << false;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
        QTest::newRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
        QTest::newRow("truncated") << QByteArray("caf\xC3") << false;
        QTest::newRow("lone continuation") << QByteArray("\x80") << false;
        QTest::newRow("latin-1 e acute") << QByteArray("caf\xE9 noir") << false;
    }
    void utf8Validity()
    {
        QFETCH(QByteArray, bytes);
        QTEST(Charset::isValidUtf8(bytes), "valid");
    }

    // isValidUtf8() passes over ASCII sixteen bytes at a time: a sequence,
    // valid or not, is put at every place against those blocks.
    void utf8ValidityEverywhere()
    {
        const std::pair<QByteArray, bool> sequences[] = {
            {QByteArray("\xC3\xA9"), true},         {QByteArray("\xE2\x80\x99"), true},
            {QByteArray("\xF0\x9F\x98\x80"), true}, {QByteArray("\x80"), false},
            {QByteArray("\xE9 "), false},            {QByteArray("\xC0\xAF"), false},
            {QByteArray("\xED\xA0\x80"), false},     {QByteArray("\xFF"), false},
        };
        for (const auto &[sequence, valid] : sequences) {
            for (int before = 0; before < 40; ++before) {
                for (int after : {0, 1, 15, 16, 17}) {
                    const QByteArray bytes = QByteArray(before, 'a') + sequence + QByteArray(after, 'b');
                    QVERIFY2(Charset::isValidUtf8(bytes) == valid, bytes.toHex().constData());
                }
                // Cut short at the end of the bytes.
                if (sequence.size() > 1)
                    QVERIFY(!Charset::isValidUtf8(QByteArray(before, 'a') + sequence.chopped(1)));
            }
        }
    }

    // The UTF-8 path tells whether the text is free of control characters
    // (the loader then skips its binary check): one is put at every place
    // against the sixteen-byte blocks.
    void controlFreeEverywhere()
    {
        const std::pair<QByteArray, bool> pieces[] = {
            {QByteArray("\x01"), false}, {QByteArray("\x08"), false}, {QByteArray("\x0E"), false},
            {QByteArray("\x1F"), false}, {QByteArray("\x7F"), false}, {QByteArray("\xC2\x80"), false},
            {QByteArray("\xC2\x9F"), false}, {QByteArray("\xEF\xBF\xBD"), false}, {QByteArray("\t"), true},
            {QByteArray("\n"), true}, {QByteArray("\x0B"), true}, {QByteArray("\x0C"), true},
            {QByteArray("\r"), true}, {QByteArray("\xC3\xA9"), true}, {QByteArray("\xC2\xA0"), true},
            {QByteArray(" "), true},
        };
        for (const auto &[piece, free] : pieces) {
            for (int before = 0; before < 40; ++before) {
                for (int after : {0, 1, 15, 16, 17}) {
                    const QByteArray bytes = QByteArray(before, 'a') + piece + QByteArray(after, 'b');
                    const Charset::Decoded d = Charset::decode(bytes);
                    QCOMPARE(d.charset, QByteArray("UTF-8"));
                    QVERIFY2(d.controlFree == free, bytes.toHex().constData());
                }
            }
        }
        QVERIFY(!Charset::decode(QByteArray("caf\xE9 noir")).controlFree); // not UTF-8: not known
    }

    // The UTF-8 path also tells when the text is laid out already, so the
    // loader takes text.trimmed() for normalizeLayout(text): on texts made of
    // awkward pieces (spaces and tabs before line breaks, runs of breaks,
    // no-break and other Unicode spaces, CR, controls, separators, characters
    // NFC changes) at every shift against the sixteen-byte blocks, that must
    // hold whenever it says so, and it must say so of plain prose.
    void laidOutMeansLayoutIsTrimmed()
    {
        // Pieces normalizeLayout() keeps as they are in most places, and
        // rarer ones it changes wherever they are.
        const QStringList kept = {
            QStringLiteral("mot"), QStringLiteral("Été"), QStringLiteral(" "), QStringLiteral("  "),
            QStringLiteral("\t"), QStringLiteral("\n"), QStringLiteral("\n\n"), QStringLiteral("\u00A0"),
            QStringLiteral("\u2009"), QStringLiteral("\u202F"), QStringLiteral("’"), QStringLiteral("€"),
            QStringLiteral("une phrase assez longue pour remplir un bloc."),
        };
        const QStringList changed = {
            QStringLiteral("\n\n\n"), QStringLiteral("\u3000"), QStringLiteral("\r\n"), QStringLiteral("\r"),
            QStringLiteral("\v"), QStringLiteral("\f"), QStringLiteral("\u0001"), QStringLiteral("\u007F"),
            QStringLiteral("\u0085"), QStringLiteral("\u2028"), QStringLiteral("\u2029"), QStringLiteral("\uFEFF"),
            QStringLiteral("\uFFFD"), QStringLiteral("e\u0301"), QStringLiteral("\u212B"), QStringLiteral("\U0001F600"),
        };
        QRandomGenerator random(2024);
        auto next = [&random](quint32 n) { return random.bounded(n); };
        int laidOut = 0;
        for (int round = 0; round < 2000; ++round) {
            QString text;
            const quint32 count = 1 + next(8);
            for (quint32 i = 0; i < count; ++i) {
                const QStringList &from = next(10) == 0 ? changed : kept;
                text += from.at(next(quint32(from.size())));
            }
            for (int shift = 0; shift < 17; shift += 4) {
                const QString shifted = QString(shift, u'a') + text;
                if (shifted.startsWith(QChar(0xFEFF)))
                    continue; // read as a BOM
                const Charset::Decoded d = Charset::decode(shifted.toUtf8());
                QCOMPARE(d.text, shifted);
                if (!d.laidOut)
                    continue;
                ++laidOut;
                if (TextNormalizer::normalizeLayout(d.text) != d.text.trimmed())
                    QFAIL(qPrintable(QStringLiteral("differs on \"%1\"").arg(shifted)));
            }
        }
        QVERIFY(laidOut > 3000);
        const QByteArray prose("Le titre\n\nL\xE2\x80\x99\xC3\xA9t\xC3\xA9, \xC2\xAB 3\xC2\xA0% \xC2\xBB \xE2\x82\xAC\tet la suite.\n");
        QVERIFY(Charset::decode(prose).laidOut);
        QVERIFY(!Charset::decode(QByteArray("a \nb")).laidOut);
        QVERIFY(!Charset::decode(QByteArray("a\xC2\xA0\nb")).laidOut);
        QVERIFY(!Charset::decode(QByteArray("a\n\n\nb")).laidOut);
        QVERIFY(!Charset::decode(QByteArray("a\r\nb")).laidOut);
    }

    // decode() checks and decodes UTF-8 in one pass of its own: the text must
    // be what Qt's decoder gives, for every code point, and a file that is
    // not strict UTF-8 must still go to the other charsets.
    void utf8AsQtDecodes()
    {
        QByteArray all;
        for (char32_t cp = 1; cp <= 0x10FFFF; cp += cp < 0x10000 ? 1 : 97) {
            if (cp >= 0xD800 && cp <= 0xDFFF)
                continue;
            all += QString::fromUcs4(&cp, 1).toUtf8();
            if (cp % 4096 == 0 || cp > 0xFFF0) {
                all += "ascii run between, ";
                const Charset::Decoded d = Charset::decode(all);
                QCOMPARE(d.charset, QByteArray("UTF-8"));
                QCOMPARE(d.text, QString::fromUtf8(all));
                all.clear();
            }
        }
        const QByteArray truncated = QByteArrayLiteral("caf\xC3");
        QVERIFY(Charset::decode(truncated).charset != "UTF-8");
        const QByteArray overlong = QByteArrayLiteral("abc\xC0\xAF" "defghijkl");
        QVERIFY(Charset::decode(overlong).charset != "UTF-8");
    }

    void decodeAs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("charset");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("iso-8859-1 read as cp1252") << QByteArray("\x93quoted\x94 caf\xE9") << QByteArray("iso-8859-1")
                                                   << QStringLiteral("“quoted” café") << true;
        QTest::newRow("declared utf-8, valid") << QByteArray("caf\xC3\xA9") << QByteArray("utf-8")
                                               << QStringLiteral("café") << true;
        QTest::newRow("declared utf-8, invalid") << QByteArray("caf\xE9") << QByteArray("UTF-8") << QString() << false;
        QTest::newRow("unknown name") << QByteArray("abc") << QByteArray("x-no-such-charset") << QString() << false;
        QTest::newRow("empty name") << QByteArray("abc") << QByteArray() << QString() << false;
    }
    void decodeAs()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, charset);
        QFETCH(bool, ok);
        const std::optional<QString> text = Charset::decodeAs(bytes, charset);
        QCOMPARE(text.has_value(), ok);
        if (ok)
            QTEST(*text, "text");
    }

    void windows1252Table()
    {
        QByteArray all;
        for (int b = 0; b < 256; ++b)
            all += char(b);
        const QString s = Charset::fromWindows1252(all);
        QCOMPARE(s.size(), 256);
        QCOMPARE(s.at(0x80), QChar(0x20AC));
        QCOMPARE(s.at(0x92), QChar(0x2019));
        QCOMPARE(s.at(0x9C), QChar(0x0153));
        QCOMPARE(s.at(0x9F), QChar(0x0178));
        QCOMPARE(s.at(0x81), QChar(0x0081)); // unassigned: kept as C1, like browsers
        for (int b = 0xA0; b < 256; ++b)
            QCOMPARE(s.at(b).unicode(), char16_t(b));
    }
};

QTEST_MAIN(tst_Charset)
#include "tst_charset.moc"
