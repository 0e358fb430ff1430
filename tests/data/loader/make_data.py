#!/usr/bin/env python3
"""Writes the loader test inputs whose bytes matter (charsets, BOMs, NUL
bytes, a PNG). Run from anywhere; the files land next to this script.
The texts are invented for the tests."""
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

# Only Latin-1 letters: the same bytes in ISO-8859-1 and Windows-1252.
FR_LATIN1 = (
    "Rachat annoncé à Lyon\n\n"
    "La société lyonnaise Véloce a annoncé jeudi l'acquisition de la jeune pousse "
    "grenobloise Cimes Numérique pour un montant qui n'a pas été dévoilé. "
    "Les deux équipes travailleront ensemble dès le mois prochain.\n\n"
    "Selon le directeur général, Hélène Garçon, cette opération doit accélérer "
    "le développement des logiciels de la société à l'étranger, où elle réalise déjà "
    "un tiers de son chiffre d'affaires. Les salariés de Cimes Numérique garderont leurs "
    "bureaux près de la gare.\n"
)

# Typographic apostrophes, quotes, euro sign and oe ligature: bytes 0x80-0x9F
# in Windows-1252, which Latin-1 does not have.
FR_CP1252 = (
    "Levée de fonds record pour Brume\n\n"
    "La start-up parisienne Brume a levé 40 millions d’euros auprès de plusieurs fonds, "
    "a-t-elle annoncé mardi. « C’est une étape clé », a déclaré sa fondatrice, Zoé Lefèvre, "
    "qui veut ouvrir des bureaux à Montréal et à Berlin d’ici à la fin de l’année.\n\n"
    "L’entreprise, créée il y a trois ans, emploie aujourd’hui quatre-vingts personnes. "
    "Son logiciel aide les hôpitaux à prévoir l’œuvre des équipes de nuit ; le prix "
    "d’un abonnement annuel dépasse 20 000 €.\n"
)

FR_UTF = (
    "Partenariat entre Orbe et Lumière Systèmes\n\n"
    "Le fabricant de puces Orbe et l'éditeur Lumière Systèmes ont signé un accord "
    "de partenariat pour concevoir ensemble des serveurs économes en énergie. "
    "Les premières machines sont attendues à l'été.\n\n"
    "« Nous partageons la même vision », a expliqué Benoît Mézières, président d'Orbe, "
    "lors d'une conférence de presse à Nantes.\n"
)

GERMAN = (
    "Übernahme in München\n\n"
    "Der Softwarehersteller Bergwerk hat am Dienstag die Übernahme des Start-ups "
    "Flusslicht bekannt gegeben. Der Kaufpreis wurde nicht genannt, soll aber "
    "deutlich über hundert Millionen Euro liegen. Die beiden Unternehmen wollen "
    "ihre Produkte im kommenden Jahr zusammenführen und gemeinsam neue Kunden in "
    "Österreich und der Schweiz gewinnen.\n"
)


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def png():
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 4 for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def main():
    write("fr-latin1.txt", FR_LATIN1.encode("iso-8859-1"))
    write("fr-cp1252.txt", FR_CP1252.encode("cp1252"))
    write("fr-utf8.txt", FR_UTF.encode("utf-8"))
    write("fr-utf8-bom.txt", b"\xef\xbb\xbf" + FR_UTF.encode("utf-8"))
    write("fr-utf16le-bom.txt", b"\xff\xfe" + FR_UTF.encode("utf-16-le"))
    write("fr-utf16be-bom.txt", b"\xfe\xff" + FR_UTF.encode("utf-16-be"))
    write("de-utf8.txt", GERMAN.encode("utf-8"))
    write("nul-bytes.txt", b"Quarterly results\n\x00\x00\x01\x02binary junk\x00\xff\xfe\x00 more")
    write("image.png", png())
    write("image-renamed.txt", png())
    write("empty.txt", b"")
    write("blank.txt", b"  \n\n\t \r\n")
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
            "<title>Lev\u00e9e de fonds record pour Brume</title></head><body><article>"
            + "".join(f"<p>{p}</p>" for p in FR_CP1252.split("\n\n")[1:]) + "</article></body></html>\n")
    write("fr-declared-cp1252.html", page.encode("cp1252"))
    page = ("<html><head><title>Rachat annonc\u00e9 \u00e0 Lyon</title></head><body><div><h1>Rachat annonc\u00e9 \u00e0 Lyon</h1>"
            + "".join(f"<p>{p}</p>" for p in FR_LATIN1.split("\n\n")[1:]) + "</div></body></html>\n")
    write("fr-undeclared-latin1.html", page.encode("iso-8859-1"))
    # Expected decodings, for the test to compare against.
    write("fr-latin1.expected", FR_LATIN1.encode("utf-8"))
    write("fr-cp1252.expected", FR_CP1252.encode("utf-8"))
    write("fr-utf.expected", FR_UTF.encode("utf-8"))


if __name__ == "__main__":
    main()
