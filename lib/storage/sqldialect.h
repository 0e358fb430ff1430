#pragma once

#include <QString>
#include <QStringList>

namespace liaison {

// The SQL that differs between SQLite and PostgreSQL, kept in one place so the
// stores write portable SQL and only this class knows the backend.
class SqlDialect
{
public:
    enum class Kind { SQLite, PostgreSQL };

    explicit SqlDialect(Kind kind = Kind::SQLite) : m_kind(kind) {}

    Kind kind() const { return m_kind; }

    // Column type of an auto-generated 64-bit primary key, including "PRIMARY KEY".
    QString autoIdColumn() const;
    // "INSERT OR IGNORE INTO" vs "INSERT INTO … ON CONFLICT DO NOTHING": the
    // prefix and the suffix to put around the column list and values.
    QString insertIgnorePrefix() const;
    QString insertIgnoreSuffix() const;
    // Appended to an INSERT so the new row's id can be read back where the
    // driver has no lastInsertId() (PostgreSQL).
    QString returningId() const;
    // Statements creating the full-text index over articles(title, text) and
    // keeping it in sync.
    QStringList createFullTextIndex() const;
    // Statements (migration 5) after which inserting an article no longer
    // indexes it by trigger: the writer indexes it itself, at once
    // (fullTextIndexRow) or in batches during an import (fullTextIndexFrom).
    // Deleting or editing an article touches the index only if the article
    // is indexed already. Empty where the index is not a separate table.
    QStringList deferFullTextIndex() const;
    // Whether indexing can lag behind the rows (SQLite's FTS5 table).
    bool fullTextIndexIsSeparate() const { return m_kind == Kind::SQLite; }
    // Indexes one article: binds ?1 id, ?2 title, ?3 text. Empty where nothing is to do.
    QString fullTextIndexRow() const;
    // Indexes every article from id ?1 on that is not indexed yet. Empty where nothing is to do.
    QString fullTextIndexFrom() const;
    // A search over the full-text index: selects (id, title, snippet, rank) of
    // the articles matching the bound :query, best first, limited by :limit.
    QString fullTextSearch() const;
    // Turns free user input into a query the full-text engine accepts: every
    // word must appear, punctuation never breaks the syntax.
    QString fullTextQuery(const QString &userInput) const;
    // Statements run on every new connection (pragmas).
    QStringList connectionSetup() const;

private:
    Kind m_kind;
};

} // namespace liaison
