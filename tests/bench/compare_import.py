#!/usr/bin/env python3
"""Imports the same folders with two liaison-cli builds and compares the databases.

    compare_import.py OLD_CLI NEW_CLI FOLDER [FOLDER...]

Each build imports every folder (in order) into a fresh database, then every
folder again (all duplicates). The row dumps of every table (imported_at left
out: it is the clock) must be identical; any difference is printed. Mentions
are compared as the (entity, article, start, end) of every span, so a build
storing one row per span and one packing an entity's spans in one row compare.
Used to check that a faster writer stores exactly what the old one did.
Both builds must extract alike: build them from one source tree that differs
only in lib/storage and lib/ingest, or extraction changes show up as differences.
"""
import os
import sqlite3
import subprocess
import sys
import tempfile

TABLES = {
    "articles": "SELECT id, sha256, path, title, source, author, url, published, language, text FROM articles",
    "entities": "SELECT * FROM entities",
    "entity_aliases": "SELECT * FROM entity_aliases",
    "relations": "SELECT * FROM relations",
    "claims": "SELECT * FROM claims",
    "rejected_claims": "SELECT * FROM rejected_claims",
    "fts": "SELECT rowid, title FROM articles_fts WHERE articles_fts MATCH 'the OR le' ",
}


STALE_COUNTS = (
    "SELECT COUNT(*) FROM entities e WHERE relation_count <> "
    "(SELECT COUNT(*) FROM relations r WHERE r.source_id = e.id) "
    "+ (SELECT COUNT(*) FROM relations r WHERE r.target_id = e.id) "
    "OR article_count <> (SELECT COUNT(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = e.id) "
    "OR last_mentioned <> COALESCE((SELECT MAX(COALESCE(a.published, substr(a.imported_at, 1, 10))) "
    "FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = e.id), '')")


def mention_spans(con):
    """Every (entity_id, article_id, start, end) the mentions table holds.

    Schema 7 stores one row per (entity, article) with the spans after the
    first packed in `spans`; older schemas one row per span. Row ids and how
    spans are spread over rows are left out, so both compare alike."""
    columns = [row[1] for row in con.execute("PRAGMA table_info(mentions)")]
    packed = "spans" if "spans" in columns else "NULL"
    out = []
    for entity, article, start, end, spans in con.execute(
            f"SELECT entity_id, article_id, span_start, span_end, {packed} FROM mentions"):
        out.append((entity, article, start, end))
        for pair in (spans or "").split():
            s, e = pair.split(":")
            out.append((entity, article, int(s), int(e)))
    return sorted(out)


def dump(path):
    con = sqlite3.connect(path)
    out = {}
    for name, sql in TABLES.items():
        out[name] = sorted(con.execute(sql).fetchall(), key=repr)
    out["mentions (spans)"] = mention_spans(con)
    out["integrity"] = con.execute("PRAGMA integrity_check").fetchall()
    # The sort columns must equal a recount from the rows in either build
    # (a newer writer adds them up in batches during an import).
    out["stale counts"] = con.execute(STALE_COUNTS).fetchall()
    out["counts pending"] = con.execute(
        "SELECT COUNT(*) FROM liaison_meta WHERE key = 'counts_pending'").fetchall()
    # The full-text index term by term: every (term, article, column, offset)
    # it holds, and the length it keeps per article. A writer that indexes in
    # batches lays the index out in other segments; what it holds must not differ.
    con.execute("CREATE VIRTUAL TABLE temp.fts_terms USING fts5vocab(main, articles_fts, 'instance')")
    out["fts terms"] = con.execute(
        "SELECT term, doc, col, offset FROM temp.fts_terms ORDER BY term, doc, col, offset").fetchall()
    out["fts docsize"] = con.execute("SELECT id, sz FROM articles_fts_docsize ORDER BY id").fetchall()
    try:
        con.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        out["fts check"] = ["ok"]
    except sqlite3.DatabaseError as e:
        out["fts check"] = [str(e)]
    out["fts pending"] = con.execute(
        "SELECT COUNT(*) FROM liaison_meta WHERE key = 'fts_pending'").fetchall()
    con.close()
    return out


def run(cli, folders, db):
    for folder in folders:
        subprocess.run([cli, "import", "--db", db, folder], check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    old_cli, new_cli, folders = sys.argv[1], sys.argv[2], sys.argv[3:]
    with tempfile.TemporaryDirectory() as tmp:
        dumps = []
        for label, cli in (("old", old_cli), ("new", new_cli)):
            db = os.path.join(tmp, label + ".sqlite")
            run(cli, folders, db)
            run(cli, folders, db)
            dumps.append(dump(db))
    old, new = dumps
    same = True
    for name in old:
        o, n = old[name], new[name]
        status = "identical" if o == n else "DIFFERENT"
        print(f"{name:16} old {len(o):7} new {len(n):7} {status}")
        if o != n:
            same = False
            so, sn = set(o), set(n)
            for row in sorted(so - sn, key=repr)[:5]:
                print("   only old:", row)
            for row in sorted(sn - so, key=repr)[:5]:
                print("   only new:", row)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
