#include "text/loader.h"
#include "text/textnormalizer.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QPainter>
#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QtConcurrent>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <sys/stat.h>
#include <unistd.h>

#include <thread>

using namespace liaison;

namespace {

QString dataPath(const char *name)
{
    return QStringLiteral(LIAISON_TEST_DATA "/loader/") + QString::fromUtf8(name);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// A zip archive in memory, one member per (name, content) pair; `repeat`
// writes the content that many times, for archives that inflate hugely.
QByteArray makeZip(const QList<std::pair<QString, QByteArray>> &members, int repeat = 1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    for (const auto &[name, content] : members) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED, repeat > 1 ? 9 : 6))
            return {};
        for (int i = 0; i < (name.endsWith(u"document.xml") || name == u"content.xml" ? repeat : 1); ++i)
            file.write(content);
        file.close();
    }
    zip.close();
    return bytes;
}

QByteArray docxDocument(const QStringList &paragraphs)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                     "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    for (const QString &p : paragraphs) {
        // Split each paragraph over two runs, as Word does around edits.
        const qsizetype half = p.size() / 2;
        xml += "<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr><w:r><w:t xml:space=\"preserve\">"
            + p.left(half).toHtmlEscaped().toUtf8() + "</w:t></w:r><w:r><w:t>" + p.mid(half).toHtmlEscaped().toUtf8()
            + "</w:t></w:r></w:p>";
    }
    // Deleted text from tracked changes must not come back.
    xml += "<w:p><w:del><w:r><w:delText>DELETED_MUST_NOT_APPEAR</w:delText></w:r></w:del></w:p>";
    xml += "</w:body></w:document>";
    return xml;
}

const QStringList kDocParagraphs = {
    QStringLiteral("Halvard Robotics names a new chief executive"),
    QStringLiteral("Halvard Robotics, the warehouse automation company, has appointed Priya Natarajan as chief "
                   "executive, replacing its co-founder, who will stay on as chairman."),
    QStringLiteral("Ms Natarajan previously ran the logistics division of a large retailer and joins the company "
                   "at a time when orders are growing quickly."),
};

const QByteArray kDocxCore = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                             "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                             "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
                             "<dc:title>Halvard names a chief executive</dc:title><dc:creator>Tom Ellery</dc:creator>"
                             "<dcterms:created>2024-02-20T10:00:00Z</dcterms:created></cp:coreProperties>";

QByteArray odtContent()
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                     "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                     "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>";
    xml += "<text:h text:outline-level=\"1\">" + kDocParagraphs[0].toUtf8() + "</text:h>";
    xml += "<text:p>" + kDocParagraphs[1].toUtf8()
        + "<text:note><text:note-body><text:p>NOTE_MUST_NOT_APPEAR</text:p></text:note-body></text:note></text:p>";
    xml += "<text:p><text:span>" + kDocParagraphs[2].left(10).toUtf8() + "</text:span>"
        + kDocParagraphs[2].mid(10).toUtf8() + "</text:p>";
    xml += "</office:text></office:body></office:document-content>";
    return xml;
}

const QByteArray kOdtMeta = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\">"
                            "<office:meta><dc:title>Halvard names a chief executive</dc:title>"
                            "<meta:initial-creator>Tom Ellery</meta:initial-creator><dc:creator>Someone Else</dc:creator>"
                            "<meta:creation-date>2024-02-20T10:00:00</meta:creation-date></office:meta></office:document-meta>";

// A one-page PDF drawn by Qt with two paragraphs of text.
QByteArray makePdf(const QString &title, const QStringList &paragraphs)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("tst_loader"));
    QTextDocument doc;
    QString html;
    for (const QString &p : paragraphs)
        html += QStringLiteral("<p>") + p.toHtmlEscaped() + QStringLiteral("</p>");
    doc.setHtml(html);
    doc.setPageSize(QSizeF(writer.width(), writer.height()));
    QPainter painter(&writer);
    doc.drawContents(&painter);
    painter.end();
    return bytes;
}

// A PDF whose standard security handler wants a password: the /U entry does
// not match the empty password, so no reader can open it without one.
QByteArray makeEncryptedPdf()
{
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 5 0 R >>",
        "<< /Filter /Standard /V 1 /R 2 /P -44 /O <" + QByteArray(64, 'A') + "> /U <" + QByteArray(64, '7') + "> >>",
        "<< /Length 8 >>\nstream\n\x12\x34\x56\x78\x9a\xbc\xde\xf0\nendstream",
    };
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
        + " /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] >>\n"
          "startxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

const QStringList kPdfParagraphs = {
    QStringLiteral("Corvane Energy signs a supply agreement with the utility Westmark."),
    QStringLiteral("Under the agreement, Corvane will deliver batteries for three storage sites over five years, "
                   "the companies said in a joint statement on Thursday."),
};

} // namespace

class tst_Loader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void charsets_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("title");
        QTest::newRow("utf-8") << dataPath("fr-utf8.txt") << dataPath("fr-utf.expected")
                               << QStringLiteral("Partenariat entre Orbe et Lumière Systèmes");
        QTest::newRow("utf-8 bom") << dataPath("fr-utf8-bom.txt") << dataPath("fr-utf.expected")
                                   << QStringLiteral("Partenariat entre Orbe et Lumière Systèmes");
        QTest::newRow("utf-16le bom") << dataPath("fr-utf16le-bom.txt") << dataPath("fr-utf.expected")
                                      << QStringLiteral("Partenariat entre Orbe et Lumière Systèmes");
        QTest::newRow("utf-16be bom") << dataPath("fr-utf16be-bom.txt") << dataPath("fr-utf.expected")
                                      << QStringLiteral("Partenariat entre Orbe et Lumière Systèmes");
        QTest::newRow("windows-1252") << dataPath("fr-cp1252.txt") << dataPath("fr-cp1252.expected")
                                      << QStringLiteral("Levée de fonds record pour Brume");
        QTest::newRow("latin-1") << dataPath("fr-latin1.txt") << dataPath("fr-latin1.expected")
                                 << QStringLiteral("Rachat annoncé à Lyon");
    }
    void charsets()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QFETCH(QString, title);
        const LoadResult r = loadFile(file);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QString want = QString::fromUtf8(readAll(expected)).trimmed();
        QCOMPARE(r.source->text, want);
        QCOMPARE(r.source->title, title);
        QCOMPARE(r.source->language, QStringLiteral("fr"));
        QCOMPARE(r.source->path, file);
        QCOMPARE(r.source->sha256, TextNormalizer::contentHash(want));
        QCOMPARE(r.source->sha256.size(), 64);
    }

    void htmlMainText()
    {
        const LoadResult r = loadFile(dataPath("article.html"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const SourceText &s = *r.source;
        QVERIFY2(!s.text.contains(QStringLiteral("MUST_NOT_APPEAR")), qPrintable(s.text));
        QVERIFY(!s.text.contains(QStringLiteral("Accept all")));
        QVERIFY(!s.text.contains(QStringLiteral("Most read")));
        QVERIFY(!s.text.contains(QStringLiteral("May 14")));
        const QStringList blocks = s.text.split(QStringLiteral("\n\n"));
        QCOMPARE(blocks.size(), 4);
        QCOMPARE(blocks[0], QStringLiteral("Quillon agrees to buy Tessera Labs for $2bn"));
        QVERIFY(blocks[1].startsWith(QStringLiteral("Quillon, the payments group based in Dublin, said on Tuesday")));
        QVERIFY(blocks[2].contains(QStringLiteral("founded in 2017 by Ravi Menon and Clara Holt")));
        // <br> keeps its line break; source line breaks inside <p> do not.
        QCOMPARE(blocks[3], QStringLiteral("Analysts said the purchase would help Quillon compete with larger rivals "
                                           "in Europe and North America.\nShares in Quillon rose 4% in early trading."));
        QCOMPARE(s.title, QStringLiteral("Quillon agrees to buy Tessera Labs for $2bn"));
        QCOMPARE(s.author, QStringLiteral("Maya Okafor"));
        QCOMPARE(s.published, QDate(2024, 5, 14));
        QCOMPARE(s.source, QStringLiteral("The Daily Circuit"));
        QCOMPARE(s.url, QStringLiteral("https://dailycircuit.example/quillon-tessera"));
        QCOMPARE(s.language, QStringLiteral("en"));
    }

    void htmlMetadataFallbacks_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QDate>("published");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("url");
        const QByteArray body = "<p>Brightwave said on Friday it had hired a former regulator to lead its new "
                                "compliance team in London, as the company prepares to launch its first bank "
                                "accounts in the United Kingdom next year.</p>";
        QTest::newRow("title suffix, json-ld")
            << QByteArray("<html><head><title>Brightwave hires a regulator | Fintech Weekly</title>"
                          "<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"WebSite\", \"name\": \"x\"},"
                          "{\"@type\": [\"NewsArticle\"], \"author\": [{\"name\": \"Lena Park\"}],"
                          "\"datePublished\": \"2023-11-02T09:00:00+01:00\", \"publisher\": {\"name\": \"Fintech Weekly\"}}]}"
                          "</script><meta property=\"og:url\" content=\"https://fintech.example/a?id=3\"></head><body>"
                          + body + "</body></html>")
            << QStringLiteral("Brightwave hires a regulator") << QStringLiteral("Lena Park") << QDate(2023, 11, 2)
            << QStringLiteral("Fintech Weekly") << QStringLiteral("https://fintech.example/a?id=3");
        QTest::newRow("h1, byline, time, meta date")
            << QByteArray("<html><body><div class=\"story\"><h1>Brightwave hires a regulator</h1>"
                          "<div class=\"byline\">By Omar Haddad</div><time datetime=\"2022-07-09\">Saturday</time>"
                          + body + "</div></body></html>")
            << QStringLiteral("Brightwave hires a regulator") << QStringLiteral("Omar Haddad") << QDate(2022, 7, 9)
            << QString() << QString();
        QTest::newRow("no metadata, javascript url refused")
            << QByteArray("<html><head><link rel=\"canonical\" href=\"javascript:alert(1)\"></head><body>" + body
                          + "</body></html>")
            << QString() << QString() << QDate() << QString() << QString();
    }
    void htmlMetadataFallbacks()
    {
        QFETCH(QByteArray, html);
        const LoadResult r = loadBytes(html, QStringLiteral("page.html"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QTEST(r.source->title, "title");
        QTEST(r.source->author, "author");
        QTEST(r.source->published, "published");
        QTEST(r.source->source, "site");
        QTEST(r.source->url, "url");
        QVERIFY(r.source->text.contains(QStringLiteral("compliance team in London")));
        QVERIFY(!r.source->text.contains(QStringLiteral("Omar Haddad")) || r.source->text.contains(QStringLiteral("By Omar")));
    }

    void htmlCharsets_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("declared windows-1252") << dataPath("fr-declared-cp1252.html") << dataPath("fr-cp1252.expected");
        QTest::newRow("undeclared latin-1") << dataPath("fr-undeclared-latin1.html") << dataPath("fr-latin1.expected");
    }
    void htmlCharsets()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const LoadResult r = loadFile(file);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.source->language, QStringLiteral("fr"));
        // The body paragraphs decode exactly as the UTF-8 reference.
        const QStringList want = QString::fromUtf8(readAll(expected)).trimmed().split(QStringLiteral("\n\n"));
        for (qsizetype i = 1; i < want.size(); ++i)
            QVERIFY2(r.source->text.contains(want[i]), qPrintable(r.source->text));
        QCOMPARE(r.source->title, want[0]);
    }

    void htmlDeepNesting_data()
    {
        QTest::addColumn<QByteArray>("open");
        QTest::addColumn<QByteArray>("close");
        QTest::newRow("div") << QByteArray("<div>") << QByteArray("</div>");
        QTest::newRow("span") << QByteArray("<span>") << QByteArray("</span>");
        QTest::newRow("unclosed b") << QByteArray("<b>") << QByteArray();
        QTest::newRow("table") << QByteArray("<table><tr><td>") << QByteArray("</td></tr></table>");
        QTest::newRow("article") << QByteArray("<article><p>x</p>") << QByteArray("</article>");
    }
    void htmlDeepNesting()
    {
        QFETCH(QByteArray, open);
        QFETCH(QByteArray, close);
        const QByteArray text = "<p>Deepwell Systems said on Monday it had bought a small design studio in "
                                "Bristol to strengthen its work on mobile apps for banks.</p>";
        const QByteArray html = "<html><body>" + open.repeated(20000) + text + close.repeated(20000) + "</body></html>";
        QElapsedTimer timer;
        timer.start();
        const LoadResult r = loadBytes(html, QStringLiteral("deep.html"));
        qInfo() << "20,000 levels parsed in" << timer.elapsed() << "ms";
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.source->text.contains(QStringLiteral("Deepwell Systems said on Monday")));
        QVERIFY(timer.elapsed() < 30000);
    }

    void markdown()
    {
        const LoadResult r = loadFile(dataPath("article.md"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const SourceText &s = *r.source;
        QCOMPARE(s.title, QStringLiteral("Vantor and Pelican Cloud call off merger talks"));
        QCOMPARE(s.author, QStringLiteral("Sam Whitaker"));
        QCOMPARE(s.published, QDate(2024, 3, 2));
        QCOMPARE(s.text,
                 QStringLiteral("Vantor and Pelican Cloud end their talks\n\n"
                                "Vantor, the storage company, and Pelican Cloud have ended talks about a\n"
                                "merger, according to a statement published on Friday.\n\n"
                                "What happened\n\n"
                                "The two companies could not agree on a price.\n"
                                "Pelican Cloud's investors wanted more cash and fewer shares.\n\n"
                                "\"We remain open to working together,\" said Vantor in the statement.\n\n"
                                "chart"));
        QCOMPARE(s.language, QStringLiteral("en"));

        // Without front matter, the first heading is the title.
        const LoadResult plain = loadBytes("Intro line\n\n## Merger called off\n\nThe two firms stopped talking.",
                                           QStringLiteral("x.md"));
        QVERIFY(plain.ok());
        QCOMPARE(plain.source->title, QStringLiteral("Merger called off"));
    }

    void sameArticleSameHash()
    {
        const LoadResult txt = loadFile(dataPath("same-article.txt"));
        const LoadResult html = loadFile(dataPath("same-article.html"));
        QVERIFY2(txt.ok(), qPrintable(txt.error));
        QVERIFY2(html.ok(), qPrintable(html.error));
        QCOMPARE(html.source->text, txt.source->text);
        QCOMPARE(html.source->sha256, txt.source->sha256);
        QCOMPARE(html.source->title, txt.source->title);
        // Layout differences do not matter to the hash; words do.
        QString reflowed = txt.source->text;
        reflowed.replace(QStringLiteral("\n\n"), QStringLiteral("\n \n\t"));
        QCOMPARE(TextNormalizer::contentHash(reflowed), txt.source->sha256);
        QVERIFY(TextNormalizer::contentHash(txt.source->text + QStringLiteral(" More.")) != txt.source->sha256);
        // NFC: a decomposed é hashes as the composed one.
        QCOMPARE(TextNormalizer::contentHash(QStringLiteral("cafe\u0301")), TextNormalizer::contentHash(QStringLiteral("café")));
    }

    // A text the caller already holds comes back with its hash and no
    // language guess; any other text is guessed as usual.
    void knownTextSkipsTheLanguageGuess()
    {
        const LoadResult first = loadFile(dataPath("same-article.txt"));
        QVERIFY2(first.ok(), qPrintable(first.error));
        QVERIFY(!first.source->language.isEmpty());
        LoadOptions options;
        int asked = 0;
        options.isKnown = [&](const QByteArray &sha256) {
            ++asked;
            return sha256 == first.source->sha256;
        };
        const LoadResult again = loadFile(dataPath("same-article.html"), options);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.source->sha256, first.source->sha256);
        QVERIFY(again.source->language.isEmpty());
        QVERIFY(again.known);
        const LoadResult other = loadFile(dataPath("article.md"), options);
        QVERIFY2(other.ok(), qPrintable(other.error));
        QVERIFY(!other.source->language.isEmpty());
        QVERIFY(!other.known);
        QCOMPARE(asked, 2);
    }

    // A file the caller holds by its bytes is not decoded or parsed: the
    // result carries the file's hash only. Anything else loads as before.
    void knownFileIsNotParsed()
    {
        const QByteArray html = readAll(dataPath("same-article.html"));
        QVERIFY(!html.isEmpty());
        const QByteArray hash = QCryptographicHash::hash(html, QCryptographicHash::Sha256).toHex();
        const LoadResult first = loadBytes(html, QStringLiteral("same-article.html"));
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.source->fileSha256, hash);
        QVERIFY(!first.known);

        LoadOptions options;
        QList<QByteArray> asked;
        options.isKnownFile = [&](const QByteArray &fileSha256) {
            asked << fileSha256;
            return fileSha256 == hash;
        };
        options.isKnown = [](const QByteArray &) { return false; };
        const LoadResult again = loadBytes(html, QStringLiteral("/elsewhere/copy.html"), options);
        QVERIFY(again.ok());
        QVERIFY(again.known);
        QCOMPARE(again.source->fileSha256, hash);
        QCOMPARE(again.source->path, QStringLiteral("/elsewhere/copy.html"));
        QVERIFY(again.source->sha256.isEmpty()); // never normalized
        QVERIFY(again.source->text.isEmpty());   // never parsed
        QCOMPARE(asked, QList<QByteArray>{hash});

        // One byte more (same article, other bytes): loaded and hashed as usual.
        const LoadResult edited = loadBytes(html + "\n", QStringLiteral("same-article.html"), options);
        QVERIFY2(edited.ok(), qPrintable(edited.error));
        QVERIFY(!edited.known);
        QCOMPARE(edited.source->sha256, first.source->sha256);
        QVERIFY(edited.source->fileSha256 != hash);
        QCOMPARE(edited.source->text, first.source->text);
        QCOMPARE(asked.size(), 2);
    }

    // A caller that stores nothing turns the hash off; everything else is the same.
    void hashCanBeOff()
    {
        const LoadResult with = loadFile(dataPath("same-article.html"));
        QVERIFY2(with.ok(), qPrintable(with.error));
        LoadOptions options;
        options.contentHash = false;
        const LoadResult without = loadFile(dataPath("same-article.html"), options);
        QVERIFY2(without.ok(), qPrintable(without.error));
        QVERIFY(without.source->sha256.isEmpty());
        QCOMPARE(without.source->text, with.source->text);
        QCOMPARE(without.source->title, with.source->title);
        QCOMPARE(without.source->language, with.source->language);
        // isKnown needs the hash, so it is made anyway.
        options.isKnown = [](const QByteArray &) { return false; };
        QCOMPARE(loadFile(dataPath("same-article.html"), options).source->sha256, with.source->sha256);
    }

    // The read buffer starts at the size stat() gives (0 for a pipe) and grows
    // until the end of the file.
    void fileLongerThanItsStatSize()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("pipe.txt"));
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        QByteArray text = "Pipe report\n\n";
        while (text.size() < 300 * 1024)
            text += "The board met again on Tuesday to discuss the offer from the rival group.\n";
        std::thread writer([&] {
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(text);
        });
        const LoadResult r = loadFile(path);
        writer.join();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.source->text, QString::fromUtf8(text).trimmed());
        QCOMPARE(r.source->title, QStringLiteral("Pipe report"));
    }

    void pdf()
    {
        const QByteArray bytes = makePdf(QStringLiteral("Corvane signs with Westmark"), kPdfParagraphs);
        QVERIFY(bytes.startsWith("%PDF"));
        const LoadResult r = loadBytes(bytes, QStringLiteral("report.PDF"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QString flat = r.source->text.simplified();
        for (const QString &p : kPdfParagraphs)
            QVERIFY2(flat.contains(p), qPrintable(r.source->text));
        QVERIFY(flat.indexOf(kPdfParagraphs[0]) < flat.indexOf(kPdfParagraphs[1]));
        QCOMPARE(r.source->title, QStringLiteral("Corvane signs with Westmark"));
        QCOMPARE(r.source->published, QDate::currentDate());
        QCOMPARE(r.source->language, QStringLiteral("en"));
    }

    void pdfRefusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        const QByteArray good = makePdf(QStringLiteral("t"), kPdfParagraphs);
        QTest::newRow("truncated") << good.left(good.size() / 3) << QStringLiteral("corrupt PDF");
        QTest::newRow("header only") << QByteArray("%PDF-1.7\n") << QStringLiteral("corrupt PDF");
        QTest::newRow("not a pdf") << QByteArray("GIF89a\x01\x00\x01\x00 some bytes") << QStringLiteral("corrupt PDF");
        QTest::newRow("encrypted") << makeEncryptedPdf() << QStringLiteral("encrypted PDF");
    }
    void pdfRefusals()
    {
        QFETCH(QByteArray, bytes);
        const LoadResult r = loadBytes(bytes, QStringLiteral("x.pdf"));
        QVERIFY(!r.ok());
        QTEST(r.error, "error");
    }

    void office_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("author");
        QTest::newRow("docx") << QStringLiteral("memo.docx")
                              << makeZip({{QStringLiteral("[Content_Types].xml"), QByteArray("<Types/>")},
                                          {QStringLiteral("word/document.xml"), docxDocument(kDocParagraphs)},
                                          {QStringLiteral("docProps/core.xml"), kDocxCore}})
                              << QStringLiteral("Tom Ellery");
        QTest::newRow("odt") << QStringLiteral("memo.odt")
                             << makeZip({{QStringLiteral("mimetype"), QByteArray("application/vnd.oasis.opendocument.text")},
                                         {QStringLiteral("content.xml"), odtContent()},
                                         {QStringLiteral("meta.xml"), kOdtMeta}})
                             << QStringLiteral("Tom Ellery");
    }
    void office()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QVERIFY(!bytes.isEmpty());
        const LoadResult r = loadBytes(bytes, fileName);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.source->text, kDocParagraphs.join(QStringLiteral("\n\n")));
        QCOMPARE(r.source->title, QStringLiteral("Halvard names a chief executive"));
        QTEST(r.source->author, "author");
        QCOMPARE(r.source->published, QDate(2024, 2, 20));
        QCOMPARE(r.source->language, QStringLiteral("en"));
    }

    void officeRefusals_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("not a zip") << QStringLiteral("a.docx") << QByteArray("this is not a zip file at all")
                                   << QStringLiteral("corrupt document (not a zip archive)");
        QTest::newRow("docx without document")
            << QStringLiteral("a.docx") << makeZip({{QStringLiteral("word/other.xml"), QByteArray("<x/>")}})
            << QStringLiteral("corrupt document (no word/document.xml)");
        QTest::newRow("odt without content") << QStringLiteral("a.odt")
                                             << makeZip({{QStringLiteral("meta.xml"), kOdtMeta}})
                                             << QStringLiteral("corrupt document (no content.xml)");
        const QByteArray docx = makeZip({{QStringLiteral("word/document.xml"), docxDocument(kDocParagraphs)}});
        QTest::newRow("truncated") << QStringLiteral("a.docx") << docx.left(docx.size() / 2)
                                   << QStringLiteral("corrupt document (not a zip archive)");
        QTest::newRow("no text") << QStringLiteral("a.docx")
                                 << makeZip({{QStringLiteral("word/document.xml"), docxDocument({})}})
                                 << QStringLiteral("no text found");
    }
    void officeRefusals()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        const LoadResult r = loadBytes(bytes, fileName);
        QVERIFY(!r.ok());
        QTEST(r.error, "error");
    }

    void zipBomb()
    {
        // 100 MB of spaces inside <w:t>, which deflates to about 100 KB.
        const QByteArray chunk(1024 * 1024, ' ');
        QByteArray head = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                          "<w:body><w:p><w:r><w:t>";
        QByteArray bytes;
        {
            QBuffer buffer(&bytes);
            QuaZip zip(&buffer);
            QVERIFY(zip.open(QuaZip::mdCreate));
            QuaZipFile file(&zip);
            QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("word/document.xml")), nullptr, 0,
                              Z_DEFLATED, 9));
            file.write(head);
            for (int i = 0; i < 100; ++i)
                file.write(chunk);
            file.write("</w:t></w:r></w:p></w:body></w:document>");
            file.close();
            zip.close();
        }
        QVERIFY(bytes.size() < 1024 * 1024);
        QElapsedTimer timer;
        timer.start();
        const LoadResult r = loadBytes(bytes, QStringLiteral("bomb.docx"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error, QStringLiteral("zip bomb (unpacks to more than 64 MB)"));
        qInfo() << "zip bomb refused in" << timer.elapsed() << "ms";
        // The same archive is fine under a larger cap (no false alarm on size alone).
        LoadOptions generous;
        generous.maxUnpackedSize = 256 * 1024 * 1024;
        QCOMPARE(loadBytes(bytes, QStringLiteral("bomb.docx"), generous).error, QStringLiteral("no text found"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << dataPath("empty.txt") << QStringLiteral("empty file");
        QTest::newRow("blank") << dataPath("blank.txt") << QStringLiteral("empty file");
        QTest::newRow("nul bytes") << dataPath("nul-bytes.txt") << QStringLiteral("binary file (contains NUL bytes)");
        QTest::newRow("png renamed .txt") << dataPath("image-renamed.txt")
                                          << QStringLiteral("binary file (contains NUL bytes)");
        QTest::newRow("png") << dataPath("image.png") << QStringLiteral("unsupported format (.png)");
        QTest::newRow("german") << dataPath("de-utf8.txt") << QStringLiteral("language not supported (looks like German)");
        QTest::newRow("missing") << dataPath("does-not-exist.txt") << QStringLiteral("file not found");
        QTest::newRow("folder") << QStringLiteral(LIAISON_TEST_DATA "/loader") << QStringLiteral("is a folder");
    }
    void refusals()
    {
        QFETCH(QString, file);
        const LoadResult r = loadFile(file);
        QVERIFY(!r.ok());
        QVERIFY(!r.source.has_value());
        QTEST(r.error, "error");
    }

    void refusalsFromBytes_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("xlsx") << QStringLiteral("sheet.xlsx") << QByteArray("PK\x03\x04") << QStringLiteral("unsupported format (.xlsx)");
        QTest::newRow("no suffix") << QStringLiteral("README") << QByteArray("text") << QStringLiteral("unsupported format (no file extension)");
        // The suffix is QFileInfo's: after the file name's last dot only.
        QTest::newRow("dot in folder") << QStringLiteral("notes.txt/README") << QByteArray("text")
                                       << QStringLiteral("unsupported format (no file extension)");
        QTest::newRow("last suffix") << QStringLiteral("dir/x.txt.GZ") << QByteArray("text")
                                     << QStringLiteral("unsupported format (.gz)");
        QTest::newRow("upper case") << QStringLiteral("x.XLSX") << QByteArray("PK\x03\x04")
                                    << QStringLiteral("unsupported format (.xlsx)");
        QTest::newRow("longer than any known") << QStringLiteral("x.MARKDOWNS") << QByteArray("text")
                                               << QStringLiteral("unsupported format (.markdowns)");
        QTest::newRow("not ascii") << QStringLiteral("x.TXTÉ") << QByteArray("text")
                                   << QStringLiteral("unsupported format (.txté)");
        QTest::newRow("trailing dot") << QStringLiteral("x.") << QByteArray("text")
                                      << QStringLiteral("unsupported format (no file extension)");
        QTest::newRow("control chars") << QStringLiteral("x.txt") << QByteArray("\x01\x02\x03\x04\x05\x06 abc \x07\x08\x0e\x0f")
                                       << QStringLiteral("binary file");
        QTest::newRow("html nav only") << QStringLiteral("x.html") << QByteArray("<html><body><nav>Home | News</nav><script>x()</script></body></html>")
                                       << QStringLiteral("no text found");
        QTest::newRow("html nul") << QStringLiteral("x.htm") << QByteArray("<html>\0\0\0\x01<body>", 16)
                                  << QStringLiteral("binary file (contains NUL bytes)");
        QTest::newRow("spanish") << QStringLiteral("x.txt")
                                 << QByteArray("La empresa española anunció ayer la compra de una pequeña compañía de "
                                               "software por una cantidad que no fue revelada. Los directivos de las dos "
                                               "empresas dijeron que la operación se cerrará antes del verano.")
                                 << QStringLiteral("language not supported (looks like Spanish)");
    }
    // The suffix counts in any case; toLower() decides for one not ASCII
    // (U+212A, the Kelvin sign, lowers to 'k').
    void suffixInAnyCase()
    {
        const QByteArray text("The company said on Monday that it had agreed to buy a smaller rival for an "
                              "undisclosed sum, and that the deal would close by the end of the year.");
        for (const QString &name : {QStringLiteral("NOTE.TXT"), QStringLiteral("note.Md"),
                                    QStringLiteral("note.MarkDown"), QStringLiteral("note.mar\u212Adown")}) {
            const LoadResult r = loadBytes(text, name);
            QVERIFY2(r.ok(), qPrintable(name + u": " + r.error));
            QCOMPARE(r.source->language, QStringLiteral("en"));
        }
    }

    void refusalsFromBytes()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        const LoadResult r = loadBytes(bytes, fileName);
        QVERIFY(!r.ok());
        QTEST(r.error, "error");
        const QString suffix = QFileInfo(fileName).suffix().toLower();
        if (!supportedSuffixes().contains(suffix))
            QCOMPARE(r.error, suffix.isEmpty() ? QStringLiteral("unsupported format (no file extension)")
                                               : QStringLiteral("unsupported format (.%1)").arg(suffix));
    }

    // A text is binary past 5 % of control characters (or C1, or U+FFFD);
    // looksBinary() passes over printable ASCII eight units at a time, so the
    // bad characters are put at every place against those blocks, and next
    // to accented letters it must look at one by one.
    void binaryThresholdEverywhere()
    {
        const QByteArray bad[] = {QByteArray("\x01"), QByteArray("\x7F"), QByteArray("\xC2\x85"),
                                  QByteArray("\xEF\xBF\xBD")};
        const QByteArray fine[] = {QByteArray("a"), QByteArray("\t"), QByteArray("\n"), QByteArray("\xC3\xA9"),
                                   QByteArray("\xC2\xA0"), QByteArray("~"), QByteArray(" ")};
        for (int shift = 0; shift < 9; ++shift) {
            for (int badCount = 10; badCount <= 11; ++badCount) {
                // 200 characters: 10 bad ones are 5 % (text), 11 are more (binary).
                QByteArray bytes(shift, 'x');
                int characters = shift;
                for (int i = 0; characters < 200; ++i, ++characters) {
                    if (i % 17 == 3 && i / 17 < badCount)
                        bytes += bad[(i / 17) % 4];
                    else
                        bytes += fine[(i * 7 + shift) % 7];
                }
                const LoadResult r = loadBytes(bytes, QStringLiteral("x.txt"));
                const bool binary = r.error == QStringLiteral("binary file");
                QVERIFY2(binary == (badCount == 11), qPrintable(QStringLiteral("shift %1, %2 bad: %3")
                                                                     .arg(shift)
                                                                     .arg(badCount)
                                                                     .arg(r.error)));
            }
        }
    }

    void sizeLimit()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("big.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray line = "The board met again on Tuesday to discuss the offer.\n";
        while (f.size() < 3 * 1024 * 1024)
            f.write(line.repeated(1000));
        f.close();
        LoadOptions options;
        options.maxFileSize = 2 * 1024 * 1024;
        QCOMPARE(loadFile(path, options).error, QStringLiteral("file too large (3 MB, limit 2 MB)"));
        QCOMPARE(loadBytes(readAll(path), path, options).error, QStringLiteral("file too large (3 MB, limit 2 MB)"));
        options.maxFileSize = 50 * 1024 * 1024;
        QVERIFY(loadFile(path, options).ok());
        QCOMPARE(LoadOptions().maxFileSize, 50 * 1024 * 1024);
    }

    void unreadable()
    {
        if (::geteuid() == 0)
            QSKIP("running as root: file permissions do not stop reading");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Some text that nobody may read.");
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::Permissions()));
        QCOMPARE(loadFile(path).error, QStringLiteral("unreadable file (permission denied)"));
    }

    void languageCheckCanBeOff()
    {
        LoadOptions options;
        options.detectLanguage = false;
        const LoadResult r = loadFile(dataPath("de-utf8.txt"), options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.source->language == u"en" || r.source->language == u"fr");
    }

    void supportedSuffixesListed()
    {
        const QStringList s = supportedSuffixes();
        for (const char *suffix : {"txt", "md", "html", "htm", "pdf", "docx", "odt"})
            QVERIFY(s.contains(QString::fromLatin1(suffix)));
        QVERIFY(!s.contains(QStringLiteral("png")));
    }

    void threadSafe()
    {
        QList<std::pair<QString, QByteArray>> inputs;
        for (const char *name : {"fr-utf8.txt", "fr-cp1252.txt", "fr-latin1.txt", "fr-utf16le-bom.txt", "article.html",
                                 "article.md", "same-article.html", "de-utf8.txt", "nul-bytes.txt"})
            inputs.append({QString::fromLatin1(name), readAll(dataPath(name))});
        inputs.append({QStringLiteral("r.pdf"), makePdf(QStringLiteral("t"), kPdfParagraphs)});
        inputs.append({QStringLiteral("e.pdf"), makeEncryptedPdf()});
        inputs.append({QStringLiteral("m.docx"), makeZip({{QStringLiteral("word/document.xml"), docxDocument(kDocParagraphs)}})});
        inputs.append({QStringLiteral("m.odt"), makeZip({{QStringLiteral("content.xml"), odtContent()}})});
        auto describe = [](const std::pair<QString, QByteArray> &in) {
            const LoadResult r = loadBytes(in.second, in.first);
            return r.ok() ? QString::fromLatin1(r.source->sha256) + r.source->title + r.source->language : r.error;
        };
        QStringList expected;
        for (const auto &in : inputs)
            expected << describe(in);
        QList<std::pair<QString, QByteArray>> many;
        for (int i = 0; i < 20; ++i)
            many += inputs;
        QThreadPool pool;
        pool.setMaxThreadCount(8);
        const QStringList got = QtConcurrent::blockingMapped<QStringList>(&pool, many, describe);
        for (qsizetype i = 0; i < got.size(); ++i)
            QCOMPARE(got[i], expected[i % inputs.size()]);
    }
};

QTEST_MAIN(tst_Loader)
#include "tst_loader.moc"
