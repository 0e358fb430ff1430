#include "extract/phrasebatch.h"
#include "extract/textanalysis.h"

#include <QRandomGenerator>
#include <QTest>

#include <iterator>

using namespace liaison;

namespace {
QStringList sl(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}
} // namespace

// Normalization, tokenization, sentence splitting and language guessing.
class tst_ExtractText : public QObject
{
    Q_OBJECT

private:
    static QStringList surfaces(const Document &doc)
    {
        QStringList out;
        for (const Token &t : doc.tokens)
            out << doc.text.mid(t.start, t.end - t.start);
        return out;
    }
    static QStringList sentenceTexts(const Document &doc)
    {
        QStringList out;
        for (const Sentence &s : doc.sentences)
            out << doc.text.mid(s.start, s.end - s.start);
        return out;
    }

private Q_SLOTS:
    void normalizationKeepsLength_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("apostrophe") << QStringLiteral("l\u2019entreprise") << QStringLiteral("l'entreprise");
        QTest::newRow("guillemets") << QStringLiteral("\u00ab\u00a0Oui\u00a0\u00bb") << QStringLiteral("\" Oui \"");
        QTest::newRow("narrow nbsp") << QStringLiteral("49\u202f%") << QStringLiteral("49 %");
        QTest::newRow("curly quotes") << QStringLiteral("\u201cHi\u201d") << QStringLiteral("\"Hi\"");
        QTest::newRow("plain") << QStringLiteral("Rien \u00e0 changer") << QStringLiteral("Rien \u00e0 changer");
        // ASCII is skipped eight and four units at a time: changes just
        // past such runs, and at the very end.
        QTest::newRow("after runs") << QStringLiteral("abcdefgh\u2019ijklmnopqrst\u00abuvw\u2010")
                                    << QStringLiteral("abcdefgh'ijklmnopqrst\"uvw-");
        QTest::newRow("ascii only") << QStringLiteral("plain ASCII text, nothing to do")
                                    << QStringLiteral("plain ASCII text, nothing to do");
    }
    // Random texts of ASCII and units past it, rewritten or kept, at every
    // place of an eight-unit step: normalizeText against a unit-by-unit map.
    void normalizationSteps()
    {
        // With the ends of the ranges of units past ASCII that a step passes
        // whole (below U+00A0, U+00C0..U+02BB) and the mapped units beside them.
        const char16_t alphabet[] = {u'a',  u' ',  0x7F,  0x80,  0xE9,   0x2019, 0xA0,   0x2010, 0x2028, 0xAB,
                                     0x3000, 0xFEFF, 0x9F, 0xBB, 0xBF, 0xC0, 0x2BB, 0x2BC, 0x2BD, 0x100, 0xFFFF};
        const auto normalized = [](char16_t u) -> char16_t {
            switch (u) {
            case 0x2019: case 0x2BC: return u'\'';
            case 0xA0: case 0x3000: case 0xFEFF: return u' ';
            case 0x2010: return u'-';
            case 0x2028: return u'\n';
            case 0xAB: case 0xBB: return u'"';
            default: return u;
            }
        };
        QRandomGenerator random(7);
        for (int round = 0; round < 3000; ++round) {
            QString text;
            QString expected;
            const int length = 1 + random.bounded(40);
            for (int k = 0; k < length; ++k) {
                // Mostly ASCII, so that whole steps of it occur.
                const char16_t u = random.bounded(4) ? u'a' : alphabet[random.bounded(qsizetype(std::size(alphabet)))];
                text += QChar(u);
                expected += QChar(normalized(u));
            }
            QCOMPARE(normalizeText(text), expected);
        }
    }

    void normalizationKeepsLength()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString out = normalizeText(input);
        QCOMPARE(out, expected);
        QCOMPARE(out.size(), input.size());
    }

    void stemming_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("stem");
        // stemWord copies an ASCII word and an ASCII stem by hand and converts
        // the others through UTF-8: each combination, and the 64-unit limit.
        const QString en = QStringLiteral("en");
        const QString fr = QStringLiteral("fr");
        QTest::newRow("ascii") << QStringLiteral("connections") << en << QStringLiteral("connect");
        QTest::newRow("ascii, exception") << QStringLiteral("skies") << en << QStringLiteral("sky");
        QTest::newRow("ascii fr") << QStringLiteral("continuellement") << fr << QStringLiteral("continuel");
        QTest::newRow("accented in and out") << QStringLiteral("g\u00e9n\u00e9ralement") << fr
                                             << QStringLiteral("g\u00e9n\u00e9ral");
        QTest::newRow("accented in, ascii out") << QStringLiteral("rach\u00e8te") << fr << QStringLiteral("rachet");
        QTest::newRow("accented en") << QStringLiteral("na\u00efve") << en << QStringLiteral("na\u00efv");
        // A stem equal to its ASCII word keeps the word's data; through UTF-8
        // it is made and compared.
        QTest::newRow("ascii, its own stem") << QStringLiteral("connect") << en << QStringLiteral("connect");
        QTest::newRow("accented, its own stem") << QStringLiteral("na\u00efv") << en << QStringLiteral("na\u00efv");
        const QString padding(53, u'z');
        QTest::newRow("64 units") << padding + QStringLiteral("connections") << en << padding + QStringLiteral("connect");
        QTest::newRow("65 units: kept") << padding + QStringLiteral("zconnections") << en
                                        << padding + QStringLiteral("zconnections");
    }
    void stemming()
    {
        QFETCH(QString, word);
        QFETCH(QString, language);
        QFETCH(QString, stem);
        QCOMPARE(stemWord(word, language), stem);
        QCOMPARE(stemWord(word, language), stem); // from the cache
    }
    void stemCacheGrowth()
    {
        // Enough new words for the cache to grow a few times: each stem read
        // back from it is the one made on first sight.
        const QString en = QStringLiteral("en");
        QStringList words;
        QStringList stems;
        for (int k = 0; k < 5000; ++k) {
            QString word;
            for (int v = k; v > 0 || word.isEmpty(); v /= 26)
                word.append(QChar(u'a' + v % 26));
            word.append(k % 2 ? QStringLiteral("ings") : QStringLiteral("ness"));
            words.append(word);
            stems.append(stemWord(word, en));
        }
        for (qsizetype k = 0; k < words.size(); ++k)
            QCOMPARE(stemWord(words.at(k), en), stems.at(k));
        QCOMPARE(stemWord(QStringLiteral("kindness"), en), QStringLiteral("kind"));
    }
    void folding()
    {
        QCOMPARE(foldText(u"\u00c9lys\u00e9e"), QStringLiteral("elysee"));
        QCOMPARE(foldText(u"Stra\u00dfe"), QStringLiteral("strasse"));
        QCOMPARE(foldText(u"\u0153uvre"), QStringLiteral("oeuvre"));
        QCOMPARE(foldText(u"co\u00adfondateur"), QStringLiteral("cofondateur"));
        QCOMPARE(foldText(u"\uFB01n \u00c6 \u00d8 \u0141"), QStringLiteral("fin ae o l"));
        // Marks alone fold to an empty string, never a null one.
        QVERIFY(!foldText(u"\u0301\u0300").isNull());
        QCOMPARE(foldText(u"\u0301\u0300"), QString());
        // Longer than the stack's room: every unit kept.
        const QString longWord = QString(70, QChar(0xC9)) + QString(70, u'\u00df');
        QCOMPARE(foldText(longWord), QString(70, u'e') + QString(140, u's'));
        // A token past ASCII: its lower case drops soft hyphens (shorter than
        // the surface) or keeps every unit.
        const Document doc = analyzeText(QStringLiteral("Co\u00adF\u00c9E \u00e9t\u00c9"), QStringLiteral("fr"));
        QCOMPARE(doc.tokens.size(), 2);
        QCOMPARE(doc.tokens[0].lower(), QStringLiteral("cof\u00e9e"));
        QCOMPARE(doc.tokens[0].folded(), QStringLiteral("cofee"));
        QCOMPARE(doc.tokens[1].lower(), QStringLiteral("\u00e9t\u00e9"));
        QCOMPARE(doc.tokens[1].folded(), QStringLiteral("ete"));
    }

    void tokens_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("elision") << QStringLiteral("fr") << QStringLiteral("l\u2019entreprise d'Apple")
                                 << sl({"l'", "entreprise", "d'", "Apple"});
        QTest::newRow("possessive") << QStringLiteral("en") << QStringLiteral("Meta's chief")
                                    << sl({"Meta", "'s", "chief"});
        QTest::newRow("hyphen") << QStringLiteral("fr") << QStringLiteral("Jean-Baptiste, la start-up")
                                << sl({"Jean-Baptiste", ",", "la", "start-up"});
        QTest::newRow("ex- prefix") << QStringLiteral("fr") << QStringLiteral("l'ex-PDG, ex-Google, Exxon-Mobil")
                                    << sl({"l'", "ex", "-", "PDG", ",", "ex", "-", "Google", ",", "Exxon-Mobil"});
        QTest::newRow("decimals") << QStringLiteral("fr") << QStringLiteral("1,5 milliard et 2.75")
                                  << sl({"1,5", "milliard", "et", "2.75"});
        QTest::newRow("money") << QStringLiteral("en") << QStringLiteral("$1.2bn (49%)")
                               << sl({"$", "1.2", "bn", "(", "49", "%", ")"});
        QTest::newRow("dotted name") << QStringLiteral("en") << QStringLiteral("Character.AI and the U.S. market")
                                     << sl({"Character.AI", "and", "the", "U.S.", "market"});
        QTest::newRow("ampersand") << QStringLiteral("en") << QStringLiteral("AT&T said")
                                   << sl({"AT&T", "said"});
        QTest::newRow("irish") << QStringLiteral("en") << QStringLiteral("O'Brien left") << sl({"O'Brien", "left"});
        QTest::newRow("emoji") << QStringLiteral("en") << QStringLiteral("Go \U0001F680 now") << sl({"Go", "\U0001F680", "now"});
        QTest::newRow("ellipsis") << QStringLiteral("en") << QStringLiteral("Wait... what") << sl({"Wait", "...", "what"});
        // The scan reads Latin-1 units from a table and others through
        // QChar: words that cross from one to the other, and long ones.
        QTest::newRow("ascii run meets accent") << QStringLiteral("fr")
                                                << QStringLiteral("Soci\u00e9t\u00e9 internationalis\u00e9e abcdefgh\u00e9ijklmnop")
                                                << sl({"Soci\u00e9t\u00e9", "internationalis\u00e9e",
                                                       "abcdefgh\u00e9ijklmnop"});
        QTest::newRow("accent then adjectival suffix") << QStringLiteral("en") << QStringLiteral("Z\u00fcrich-based firm")
                                                       << sl({"Z\u00fcrich", "-", "based", "firm"});
        QTest::newRow("adjectival suffixes") << QStringLiteral("en")
                                             << QStringLiteral("Paris-BASED Apple-likes Sony-Led Acme-headquarteredx Eve-run\u00e9")
                                             << sl({"Paris", "-", "BASED", "Apple-likes", "Sony", "-", "Led",
                                                    "Acme-headquarteredx", "Eve-run\u00e9"});
        QTest::newRow("long alnum words") << QStringLiteral("en")
                                          << QStringLiteral("abcdefghijklmnopq2345678 X1234567890123456z.")
                                          << sl({"abcdefghijklmnopq2345678", "X1234567890123456z", "."});
        QTest::newRow("run:ai") << QStringLiteral("en") << QStringLiteral("Run:ai and Inflection-2.5 on booking.com")
                                << sl({"Run:ai", "and", "Inflection-2.5", "on", "booking.com"});
        QTest::newRow("colon before space") << QStringLiteral("en") << QStringLiteral("Note: 12:30")
                                            << sl({"Note", ":", "12", ":", "30"});
        QTest::newRow("ampersand long") << QStringLiteral("en") << QStringLiteral("ABC&D P&G Q&a")
                                        << sl({"ABC", "&", "D", "P&G", "Q", "&", "a"});
        QTest::newRow("us end") << QStringLiteral("en") << QStringLiteral("U.S. U.K.") << sl({"U.S.", "U.K."});
        QTest::newRow("elisions") << QStringLiteral("fr") << QStringLiteral("jusqu'\u00e0 qu\u2019il aujourd'hui")
                                  << sl({"jusqu'", "\u00e0", "qu'", "il", "aujourd'hui"});
        QTest::newRow("elisions in capitals") << QStringLiteral("fr")
                                              << QStringLiteral("L'Oreal LORSQU'il Presqu'\u00eele C'est Qu'en Z'est JUSQU'ICI cet'x")
                                              << sl({"L'", "Oreal", "LORSQU'", "il", "Presqu'", "\u00eele", "C'", "est",
                                                     "Qu'", "en", "Z'est", "JUSQU'", "ICI", "cet'x"});
        QTest::newRow("soft hyphen and joiners") << QStringLiteral("fr")
                                                 << QStringLiteral("co\u00adfondateur \u00adx \u200d\ufe0fy")
                                                 << sl({"co\u00adfondateur", "x", "y"});
        QTest::newRow("spaces") << QStringLiteral("en") << QStringLiteral("a  b\tc\u00a0d \ne")
                                << sl({"a", "b", "c", "d", "e"});
        QTest::newRow("possessive after space") << QStringLiteral("en") << QStringLiteral("Meta 's x's")
                                                << sl({"Meta", "'", "s", "x", "'s"});
    }

    // Every unit up to U+02FF between two letters: the unit-class table the
    // tokenizer reads for Latin-1 must give what QChar says (the units the
    // normalizer rewrites and the ASCII ones with rules of their own aside).
    void unitClasses()
    {
        for (char16_t u = 1; u < 0x300; ++u) {
            if (u == u'-' || u == u'.' || u == u':' || u == u'&' || u == u'\'' || u == 0xA0 || u == 0xAB || u == 0xBB
                || u == 0x2BC)
                continue;
            const QChar c(u);
            const QString text = QStringLiteral("ab") + c + QStringLiteral("cd");
            const Document doc = analyzeText(text, QStringLiteral("en"));
            QStringList expected;
            if (c.isSpace() || u == 0xAD) {
                expected = u == 0xAD ? QStringList{text} : sl({"ab", "cd"});
            } else if (c.isLetterOrNumber() || c.isMark()) {
                expected = QStringList{text};
            } else {
                expected = QStringList{QStringLiteral("ab"), QString(c), QStringLiteral("cd")};
                QCOMPARE(doc.tokens.size(), 3);
                QCOMPARE(doc.tokens[1].kind, c.isPunct() ? Token::Punct : Token::Symbol);
            }
            QVERIFY2(surfaces(doc) == expected, qPrintable(QString::number(u, 16)));
        }
    }

    // Runs of word units cut by a plain reading of QChar, on random texts
    // that mix ASCII letters (read eight at a time) and digits with units
    // just outside their ranges, Latin-1 and other letters, marks and
    // symbols, so that runs end at every place of an eight-unit step and
    // near the end of the text. No joiner: those rules are tested above.
    void wordRuns()
    {
        const char16_t alphabet[] = {u'a', u'z', u'A', u'Z', u'0', u'9', u'@', u'[', u'`', u'{', u'/', u' ', u'!',
                                     u'(', 0xE9, 0xC9, 0x301, 0x8041, 0xFF41, 0x2603, 0x8061, 0xFF10};
        const qsizetype alphabetSize = qsizetype(std::size(alphabet));
        const auto isWordUnit = [](QChar c) { return c.isLetterOrNumber() || c.isMark(); };
        QRandomGenerator random(42);
        for (int round = 0; round < 3000; ++round) {
            QString text;
            const int length = 1 + random.bounded(40);
            // Mostly ASCII letters, as in text, so that long runs occur.
            for (int k = 0; k < length; ++k)
                text += QChar(random.bounded(3) ? alphabet[random.bounded(4)] : alphabet[random.bounded(alphabetSize)]);
            QStringList expected;
            for (qsizetype i = 0; i < text.size();) {
                const QChar c = text.at(i);
                qsizetype j = i + 1;
                if (c.isSpace()) {
                    ++i;
                    continue;
                }
                if (c.isDigit()) {
                    while (j < text.size() && text.at(j).isDigit())
                        ++j;
                } else if (isWordUnit(c)) {
                    while (j < text.size() && isWordUnit(text.at(j)))
                        ++j;
                }
                expected << text.mid(i, j - i);
                i = j;
            }
            const Document doc = analyzeText(text, QStringLiteral("en"));
            QVERIFY2(surfaces(doc) == expected, qPrintable(text));
        }
    }

    // Line breaks counted before each token, with and without the single
    // space the scan skips at once.
    void newlinesBefore()
    {
        const Document doc = analyzeText(QStringLiteral("a b \nc\n\n d \n \n\ne"), QStringLiteral("en"));
        QCOMPARE(doc.tokens.size(), 5);
        const int expected[] = {0, 0, 1, 2, 2};
        for (int k = 0; k < 5; ++k)
            QCOMPARE(int(doc.tokens[k].newlinesBefore), expected[k]);
    }
    void tokens()
    {
        QFETCH(QString, language);
        QFETCH(QString, input);
        QFETCH(QStringList, expected);
        const Document doc = analyzeText(input, language);
        QCOMPARE(surfaces(doc), expected);
    }

    void tokenFields()
    {
        const Document doc = analyzeText(QStringLiteral("\u00c9RIC rach\u00e8te IBM"), QStringLiteral("fr"));
        QCOMPARE(doc.tokens.size(), 3);
        QCOMPARE(doc.tokens[0].folded(), QStringLiteral("eric"));
        QVERIFY(doc.tokens[0].allCaps);
        QCOMPARE(doc.tokens[1].lower(), QStringLiteral("rach\u00e8te"));
        QCOMPARE(doc.tokens[1].folded(), QStringLiteral("rachete"));
        QVERIFY(!doc.tokens[1].capitalized);
        QCOMPARE(doc.tokens[1].stem(), QStringLiteral("rachet"));
        QVERIFY(doc.tokens[2].capitalized && doc.tokens[2].allCaps);
        const Document en = analyzeText(QStringLiteral("acquired acquisitions"), QStringLiteral("en"));
        QCOMPARE(en.tokens[0].stem(), QStringLiteral("acquir"));
        QCOMPARE(en.tokens[1].stem(), QStringLiteral("acquisit"));
    }

    void sentences_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("titles") << QStringLiteral("M. Dupont et Mme Martin sont partis. Dr. Who reste.")
                                << sl({"M. Dupont et Mme Martin sont partis.", "Dr. Who reste."});
        QTest::newRow("initials") << QStringLiteral("J. R. Smith founded it. It grew.")
                                  << sl({"J. R. Smith founded it.", "It grew."});
        QTest::newRow("decimals") << QStringLiteral("It raised 1.5 billion. Then 2,5 more.")
                                  << sl({"It raised 1.5 billion.", "Then 2,5 more."});
        QTest::newRow("inc mid") << QStringLiteral("Acme Inc. CEO Jane Roe spoke.")
                                 << sl({"Acme Inc. CEO Jane Roe spoke."});
        QTest::newRow("inc end") << QStringLiteral("They bought Acme Inc. The deal closed.")
                                 << sl({"They bought Acme Inc.", "The deal closed."});
        QTest::newRow("us") << QStringLiteral("The U.S. market grew. Sales rose.")
                            << sl({"The U.S. market grew.", "Sales rose."});
        QTest::newRow("quote") << QStringLiteral("\u00ab C'est fini. \u00bb Il est parti.")
                               << sl({"\" C'est fini. \"", "Il est parti."});
        QTest::newRow("ellipsis") << QStringLiteral("Et puis\u2026 Rien. Wait... and see.")
                                  << sl({"Et puis\u2026", "Rien.", "Wait... and see."});
        QTest::newRow("question") << QStringLiteral("Why? Because!") << sl({"Why?", "Because!"});
        QTest::newRow("heading") << QStringLiteral("A Big Title\n\nBody text here.")
                                 << sl({"A Big Title", "Body text here."});
        QTest::newRow("wrapped") << QStringLiteral("the company said\nthat it grew.")
                                 << sl({"the company said\nthat it grew."});
        QTest::newRow("st") << QStringLiteral("He lives on St. James street.")
                            << sl({"He lives on St. James street."});
        // splitSentences visits only quotes, terminators and tokens before a
        // line break: sentences that turn on each of them.
        QTest::newRow("quote then break") << QStringLiteral("He said \"go.\"\nThen he left. \"Fine,\" she said.")
                                          << sl({"He said \"go.\"", "Then he left.", "\"Fine,\" she said."});
        QTest::newRow("break mid sentence") << QStringLiteral("A Title\nwith lower case\nAnd More")
                                            << sl({"A Title\nwith lower case", "And More"});
        QTest::newRow("terminator at end") << QStringLiteral("Done!") << sl({"Done!"});
        QTest::newRow("terminator then comma") << QStringLiteral("Yahoo! , a firm. Next") << sl({"Yahoo! , a firm.", "Next"});
        QTest::newRow("quotes across sentences") << QStringLiteral("\"Go now. \" Then it ended. \"Stop here.\" End.")
                                                 << sl({"\"Go now. \"", "Then it ended.", "\"Stop here.\"", "End."});
    }
    void sentences()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, expected);
        const Document doc = analyzeText(input, QStringLiteral("en"));
        QCOMPARE(sentenceTexts(doc), expected);
        for (const Sentence &s : doc.sentences) {
            QVERIFY(s.firstToken < s.endToken);
            QCOMPARE(doc.tokens[s.firstToken].start, s.start);
        }
    }

    void language_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fr") << QStringLiteral("La soci\u00e9t\u00e9 a annonc\u00e9 le rachat de la start-up pour un prix "
                                              "qui n'est pas connu.")
                            << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("The company said it has bought the start-up for an undisclosed sum.")
                            << QStringLiteral("en");
        QTest::newRow("empty") << QString() << QStringLiteral("en");
    }
    void language()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(guessLanguage(input), expected);
    }

    void degenerateInputs()
    {
        QVERIFY(analyzeText(QString(), QStringLiteral("fr")).tokens.isEmpty());
        const QString dots(100000, u'.');
        const Document d1 = analyzeText(dots, QStringLiteral("en"));
        QCOMPARE(d1.tokens.size(), 1);
        const QString bangs = QString(50000, u'!') + QStringLiteral(" A");
        const Document d2 = analyzeText(bangs, QStringLiteral("en"));
        QVERIFY(!d2.sentences.isEmpty());
        QString lone;
        lone.append(QChar(0xD800));
        lone.append(QStringLiteral("abc"));
        QCOMPARE(analyzeText(lone, QStringLiteral("en")).tokens.size(), 2);
    }

    // The tokenizer stops a word at the null after the text's last unit: a
    // text made by fromRawData over a longer buffer (no null after it) must
    // still end where its size says.
    void rawDataText()
    {
        static const char16_t units[] = u"Paris based firm ab";
        const QString text = QString::fromRawData(reinterpret_cast<const QChar *>(units), 13); // "Paris based f"
        const Document doc = analyzeText(text, QStringLiteral("en"));
        QCOMPARE(surfaces(doc), sl({"Paris", "based", "f"}));
        const QString spaced = QString::fromRawData(reinterpret_cast<const QChar *>(units), 12); // "Paris based "
        QCOMPARE(surfaces(analyzeText(spaced, QStringLiteral("en"))), sl({"Paris", "based"}));
    }

    // More tokens than the room made ahead (a token in four units): the
    // room grows and keeps the tokens already written.
    void denseTokens()
    {
        QString text;
        for (int k = 0; k < 3000; ++k)
            text += k % 3 == 0 ? QStringLiteral("A,") : QStringLiteral("b;");
        const Document doc = analyzeText(text, QStringLiteral("fr"));
        QCOMPARE(doc.tokens.size(), 6000);
        for (int k = 0; k < 6000; k += 2) {
            const Token &word = doc.tokens[k];
            QCOMPARE(word.start, k);
            QCOMPARE(word.end, k + 1);
            QCOMPARE(word.capitalized, k % 6 == 0);
            QCOMPARE(doc.tokens[k + 1].kind, Token::Punct);
        }
    }

    // A surface's forms in French and English come from one table slot
    // that keeps a copy of each form and of its capital flags: both
    // languages, in either order, get their own form with the same flags.
    void formsByLanguage()
    {
        const QString text = QStringLiteral("NASA Quantumlike nasa Quantumlike NASA");
        const Document fr = analyzeText(text, QStringLiteral("fr"));
        const Document en = analyzeText(text, QStringLiteral("en"));
        const Document fr2 = analyzeText(text, QStringLiteral("fr"));
        QCOMPARE(fr.tokens.size(), 5);
        for (int k = 0; k < 5; ++k) {
            QCOMPARE(en.tokens[k].capitalized, fr.tokens[k].capitalized);
            QCOMPARE(en.tokens[k].allCaps, fr.tokens[k].allCaps);
            QCOMPARE(fr.tokens[k].allCaps, fr.tokens[k].form->allCaps);
            QCOMPARE(fr.tokens[k].capitalized, fr.tokens[k].form->capitalized);
            QVERIFY(en.tokens[k].form != fr.tokens[k].form);
            QCOMPARE(fr2.tokens[k].form, fr.tokens[k].form);
        }
        QVERIFY(fr.tokens[0].allCaps && fr.tokens[0].capitalized);
        QVERIFY(!fr.tokens[2].capitalized && !fr.tokens[2].allCaps);
        QVERIFY(fr.tokens[1].capitalized && !fr.tokens[1].allCaps);
        QCOMPARE(fr.tokens[4].form, fr.tokens[0].form);
        // Written differently, folded the same: one folded entry.
        QCOMPARE(fr.tokens[2].form->foldedEntry, fr.tokens[0].form->foldedEntry);
        QCOMPARE(fr.tokens[0].stem(), QStringLiteral("nas"));
        QCOMPARE(en.tokens[1].stem(), QStringLiteral("quantumlik"));
    }

    // The form table compares a surface by its first and last four units at
    // once and the units between them from its copy: surfaces that differ
    // only in one of those are distinct forms.
    void middleUnits()
    {
        const QStringList words = sl({"abcdXefgh", "abcdYefgh", "abcdefgh", "abcdXYZWefgh", "abcdXYZVefgh", "abcdXYZWefgh",
                                      "abcdXefgh", "abcxefgh", "abcdexgh", "xbcdefgh", "abcdefg", "abcdefgh"});
        const Document doc = analyzeText(words.join(u' '), QStringLiteral("en"));
        QCOMPARE(surfaces(doc), words);
        for (int a = 0; a < words.size(); ++a) {
            QCOMPARE(doc.tokens[a].form->surface, words[a]);
            for (int b = 0; b < words.size(); ++b)
                QCOMPARE(doc.tokens[a].form == doc.tokens[b].form, words[a] == words[b]);
        }
    }

    // PhraseBatch cuts plain phrases itself (and joinPlain folds them with no
    // batch): the same tokens as analyzeText on each phrase alone, for every
    // Latin-1 unit, capitals, digits, runs of spaces and phrases it hands on.
    void phraseBatch()
    {
        QStringList phrases = {QStringLiteral("Jean  Dupont"), QStringLiteral(" ZX81 x86 "), QStringLiteral("3M"),
                               QStringLiteral("Jean-Luc"), QStringLiteral("Dr."), QStringLiteral("l'Or\u00e9al"),
                               QStringLiteral("AT&T Inc."), QStringLiteral("\u00c9LO\u00cfSE stra\u00dfe \u00c6r\u00f8"),
                               QStringLiteral("\u0130stanbul \u03a9mega"), QStringLiteral("tab\there"),
                               QStringLiteral("e\u0301tude"), QStringLiteral("\u00d7 \u00f7 \u00b5 \u00aa"),
                               QStringLiteral("   "), QString()};
        for (char16_t u = 0xA0; u <= 0xFF; ++u) {
            const QChar c(u);
            phrases << QString(c) << QStringLiteral("x") + c + QStringLiteral("y") << QString(c) + QStringLiteral("9 Ab");
        }
        PhraseBatch batch;
        for (const QString &p : std::as_const(phrases))
            batch.add(p);
        batch.run();
        for (int p = 0; p < phrases.size(); ++p) {
            const QString &phrase = phrases.at(p);
            const Document doc = analyzeText(phrase, QString());
            QCOMPARE(batch.tokenCount(p), doc.tokens.size());
            QStringList words;
            for (qsizetype t = 0; t < doc.tokens.size(); ++t) {
                QCOMPARE(batch.folded(p, t), doc.tokens[t].folded());
                QCOMPARE(batch.capitalized(p, t), doc.tokens[t].capitalized);
                words << doc.tokens[t].folded();
            }
            QCOMPARE(batch.foldedWords(p), words);
            QCOMPARE(batch.joined(p, u' '), words.join(u' '));
            QString joined;
            if (PhraseBatch::joinPlain(phrase, u' ', &joined))
                QCOMPARE(joined, words.join(u' '));
        }
        QString joined;
        QVERIFY(PhraseBatch::joinPlain(QStringLiteral("  Ab  \u00c9t\u00e9 c3 "), u'_', &joined));
        QCOMPARE(joined, QStringLiteral("ab_ete_c3"));
        QVERIFY(!PhraseBatch::joinPlain(QStringLiteral("Ab 3c"), u' ', &joined));
        QCOMPARE(joined, QStringLiteral("ab_ete_c3")); // untouched
    }

    // foldLexiconWord folds ASCII and Latin-1 words from a table: foldText's
    // result for every such unit, and for words past Latin-1.
    void lexiconWordFolding()
    {
        QStringList words = {QStringLiteral("S'OFFRIR"), QStringLiteral("Rach\u00e8te-t-il"), QStringLiteral("a\u00adb"),
                             QStringLiteral("\u0152uvre"), QStringLiteral("\u0130stanbul"), QStringLiteral("e\u0301tude"),
                             QStringLiteral("\ufb01nance"), QString()};
        for (char16_t u = 0x01; u <= 0xFF; ++u)
            words << QString(QChar(u)) << QStringLiteral("Ab") + QChar(u) + QStringLiteral("CD");
        for (const QString &w : std::as_const(words))
            QCOMPARE(foldLexiconWord(w), foldText(w));
    }

    // Thousands of folded texts (the table of folded entries grows): each
    // entry holds the hash of its text, and forms folded alike share one.
    void foldedEntries()
    {
        QString text;
        for (int k = 0; k < 3000; ++k)
            text += QStringLiteral("mot%1 Mot%1 M\u00d4T%1 ").arg(k);
        const Document doc = analyzeText(text, QStringLiteral("fr"));
        QCOMPARE(doc.tokens.size(), 9000);
        for (int k = 0; k < 9000; k += 3) {
            const WordForm *form = doc.tokens[k].form;
            QCOMPARE(form->foldedEntry->wordHash, foldedWordHash(form->folded));
            QCOMPARE(doc.tokens[k + 1].form->foldedEntry, form->foldedEntry);
            QCOMPARE(doc.tokens[k + 2].form->foldedEntry, form->foldedEntry);
            if (k > 0)
                QVERIFY(doc.tokens[k - 3].form->foldedEntry != form->foldedEntry);
        }
    }
};

QTEST_MAIN(tst_ExtractText)
#include "tst_extract_text.moc"
