#!/usr/bin/env python3
"""Writes the starting inputs for the fuzz targets into DIR/<target>/
(default: a seeds/ folder next to this script). The saved corpora in
corpus/<target>/ were grown from these by libFuzzer and minimized with
-merge=1 (see docs/LOADERS.md)."""
import io
import os
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "seeds")
DATA = os.path.join(HERE, "..", "data", "loader")


def out(target, name, data):
    d = os.path.join(OUT, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def pdf(objects, trailer_extra=b""):
    body = b"%PDF-1.4\n"
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        body += b"%010d 00000 n \n" % o
    body += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, trailer_extra, xref)
    return body


def text_pdf(compress):
    content = (b"BT /F1 12 Tf 72 720 Td (Kestrel Data agreed to buy a small analytics firm.) Tj "
               b"0 -16 Td (The price was not disclosed, the company said.) Tj ET")
    if compress:
        stream = zlib.compress(content)
        contents = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
    else:
        contents = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
    return pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 6 0 R >> >> >>",
        contents,
        b"<< /Title (Kestrel buys an analytics firm) /Author (A. Writer) /CreationDate (D:20240105120000Z) >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])


def zip_bytes(members, method=zipfile.ZIP_DEFLATED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in members:
            z.writestr(name, data)
    return buf.getvalue()


DOCX = (b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
        b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Kestrel Data buys a small firm</w:t></w:r></w:p>'
        b'<w:p><w:r><w:t xml:space="preserve">The deal </w:t></w:r><w:r><w:tab/><w:t>closed on Friday.</w:t>'
        b'<w:br/></w:r></w:p></w:body></w:document>')
CORE = (b'<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        b'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/'
        b'dc/terms/"><dc:title>Kestrel</dc:title><dc:creator>A. Writer</dc:creator><dcterms:created>2024-01-05'
        b'</dcterms:created></cp:coreProperties>')
ODT = (b'<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
       b'office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
       b'<text:h>Kestrel Data buys a small firm</text:h><text:p>The deal<text:s text:c="3"/>closed'
       b'<text:tab/>on Friday.<text:line-break/>Done.<text:note><text:p>note</text:p></text:note></text:p>'
       b'</office:text></office:body></office:document-content>')
META = (b'<?xml version="1.0"?><office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
        b'office:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:'
        b'xmlns:meta:1.0"><office:meta><dc:title>Kestrel</dc:title><meta:creation-date>2024-01-05T00:00:00'
        b'</meta:creation-date></office:meta></office:document-meta>')


def main():
    for name in ("article.html", "same-article.html", "fr-declared-cp1252.html", "fr-undeclared-latin1.html"):
        out("html", name, open(os.path.join(DATA, name), "rb").read())
    out("html", "deep.html", b"<html><body>" + b"<div><span>" * 300 + b"<p>text</p>" + b"</span></div>" * 300)
    out("html", "frameset.html", b"<div>" * 50 + b"<frameset><frame></frameset><table><b><a>x<p>y</a>z</b>")
    out("pdf", "text.pdf", text_pdf(False))
    out("pdf", "flate.pdf", text_pdf(True))
    out("pdf", "encrypted.pdf", pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>",
                                     b"<< >>", b"<< /Filter /Standard /V 1 /R 2 /P -44 /O <" + b"41" * 32 +
                                     b"> /U <" + b"77" * 32 + b"> >>", b"<< >>"],
                                    b"/Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff> "
                                    b"<00112233445566778899aabbccddeeff>] "))
    out("pdf", "truncated.pdf", text_pdf(True)[:300])
    out("office", "doc.docx", zip_bytes([("word/document.xml", DOCX), ("docProps/core.xml", CORE)]))
    out("office", "doc.odt", zip_bytes([("content.xml", ODT), ("meta.xml", META)]))
    out("office", "stored.docx", zip_bytes([("word/document.xml", DOCX)], zipfile.ZIP_STORED))
    for name in ("fr-latin1.txt", "fr-cp1252.txt", "fr-utf8-bom.txt", "fr-utf16le-bom.txt", "fr-utf16be-bom.txt",
                 "de-utf8.txt", "nul-bytes.txt", "article.md"):
        out("charset", name, open(os.path.join(DATA, name), "rb").read())
    out("charset", "utf16-nobom.txt", "Le conseil a validé l'offre.".encode("utf-16-le"))
    out("charset", "koi8.txt", "Компания объявила о покупке стартапа.".encode("koi8-r"))


if __name__ == "__main__":
    main()
