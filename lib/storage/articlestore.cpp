#include "articlestore.h"

#include "database.h"
#include "entitystore.h"
#include "relationstore.h"
#include "sqlvalues.h"

#include <QScopeGuard>

#include <algorithm>
#include <array>
#include <charconv>
#include <tuple>

namespace liaison {

namespace {

const QString kArticleColumns =
    QStringLiteral("id, sha256, path, title, source, author, url, published, language, imported_at");

Article articleFromRow(const QSqlQuery &q)
{
    Article a;
    a.id = q.value(0).toLongLong();
    a.sha256 = q.value(1).toString().toLatin1();
    a.path = q.value(2).toString();
    a.title = q.value(3).toString();
    a.source = q.value(4).toString();
    a.author = q.value(5).toString();
    a.url = q.value(6).toString();
    a.published = sql::toDate(q.value(7));
    a.language = q.value(8).toString();
    a.importedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    return a;
}

} // namespace

qint64 ArticleStore::insert(const Article &article, bool index)
{
    const QString importedAt = article.importedAt.isValid() ? sql::timestamp(article.importedAt) : sql::now();
    const QString published = sql::date(article.published).toString();
    if (SqliteStatement *s = m_db.sqlite(QByteArrayLiteral(
            "INSERT INTO articles (sha256, path, title, source, author, url, published, language, imported_at, text, "
            "file_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        const QString sha = QString::fromLatin1(article.sha256);
        s->bind(1, sha);
        s->bindNullable(2, article.path);
        s->bindNullable(3, article.title);
        s->bindNullable(4, article.source);
        s->bindNullable(5, article.author);
        s->bindNullable(6, article.url);
        s->bindNullable(7, published);
        s->bindNullable(8, article.language);
        s->bind(9, importedAt);
        s->bind(10, article.text);
        s->bindNullable(11, QString::fromLatin1(article.fileSha256));
        if (!m_db.exec(*s))
            return 0;
        const qint64 id = m_db.lastInsertRowId();
        if (index && !indexRow(id, article))
            return 0;
        return id;
    }
    QSqlQuery &q = m_db.cached(u"INSERT INTO articles (sha256, path, title, source, author, url, published, language, "
                               u"imported_at, text, file_sha256) VALUES (:sha, :path, :title, :source, :author, :url, "
                               u":published, :language, :imported, :text, :file)"
                               + m_db.dialect().returningId());
    const auto resetQ = qScopeGuard([&q] { q.finish(); });
    q.bindValue(QStringLiteral(":sha"), QString::fromLatin1(article.sha256));
    q.bindValue(QStringLiteral(":path"), sql::nullableText(article.path));
    q.bindValue(QStringLiteral(":title"), sql::nullableText(article.title));
    q.bindValue(QStringLiteral(":source"), sql::nullableText(article.source));
    q.bindValue(QStringLiteral(":author"), sql::nullableText(article.author));
    q.bindValue(QStringLiteral(":url"), sql::nullableText(article.url));
    q.bindValue(QStringLiteral(":published"), sql::date(article.published));
    q.bindValue(QStringLiteral(":language"), sql::nullableText(article.language));
    q.bindValue(QStringLiteral(":imported"), importedAt);
    q.bindValue(QStringLiteral(":text"), article.text);
    q.bindValue(QStringLiteral(":file"), sql::nullableText(QString::fromLatin1(article.fileSha256)));
    const qint64 id = m_db.insert(q);
    if (id && index && !indexRow(id, article))
        return 0;
    return id;
}

bool ArticleStore::indexRow(qint64 id, const Article &article)
{
    const QString sql = m_db.dialect().fullTextIndexRow();
    if (sql.isEmpty())
        return true;
    // The values the row holds (sql::nullableText), as the old trigger indexed them.
    if (SqliteStatement *s = m_db.sqlite(sql.toLatin1())) {
        s->bind(1, id);
        s->bindNullable(2, article.title);
        s->bind(3, article.text);
        return m_db.exec(*s);
    }
    QSqlQuery &q = m_db.cached(sql);
    const auto resetQ = qScopeGuard([&q] { q.finish(); });
    q.bindValue(0, id);
    q.bindValue(1, sql::nullableText(article.title));
    q.bindValue(2, article.text);
    return m_db.exec(q);
}

bool ArticleStore::indexFrom(qint64 firstId)
{
    const QString sql = m_db.dialect().fullTextIndexFrom();
    if (sql.isEmpty())
        return true;
    QSqlQuery &q = m_db.cached(sql);
    const auto resetQ = qScopeGuard([&q] { q.finish(); });
    q.bindValue(0, firstId);
    return m_db.exec(q);
}

bool ArticleStore::contains(const QByteArray &sha256) const { return idOf(sha256).has_value(); }

std::optional<qint64> ArticleStore::idOf(const QByteArray &sha256) const
{
    if (SqliteStatement *s = m_db.sqlite(QByteArrayLiteral("SELECT id FROM articles WHERE sha256 = ?"))) {
        const QString sha = QString::fromLatin1(sha256);
        s->bind(1, sha);
        std::optional<qint64> id;
        if (s->next())
            id = s->int64(0);
        s->reset();
        return id;
    }
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT id FROM articles WHERE sha256 = :sha"));
    const auto resetQ = qScopeGuard([&q] { q.finish(); });
    q.bindValue(QStringLiteral(":sha"), QString::fromLatin1(sha256));
    if (m_db.exec(q) && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

QSet<QByteArray> ArticleStore::allSha256() const
{
    return hashes(QStringLiteral("SELECT sha256 FROM articles"));
}

QSet<QByteArray> ArticleStore::allFileSha256() const
{
    return hashes(QStringLiteral("SELECT file_sha256 FROM articles WHERE file_sha256 IS NOT NULL"));
}

QSet<QByteArray> ArticleStore::hashes(const QString &sql) const
{
    QSet<QByteArray> result;
    QSqlQuery q = m_db.prepare(sql);
    if (m_db.exec(q)) {
        while (q.next())
            result.insert(q.value(0).toString().toLatin1());
    }
    return result;
}

std::optional<Article> ArticleStore::article(qint64 id) const
{
    QSqlQuery q = m_db.prepare(u"SELECT " + kArticleColumns + u", text FROM articles WHERE id = :id");
    q.bindValue(QStringLiteral(":id"), id);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    Article a = articleFromRow(q);
    a.text = q.value(10).toString();
    return a;
}

QList<Article> ArticleStore::list() const
{
    QList<Article> result;
    QSqlQuery q = m_db.prepare(u"SELECT " + kArticleColumns + u" FROM articles ORDER BY id");
    if (m_db.exec(q)) {
        while (q.next())
            result << articleFromRow(q);
    }
    return result;
}

int ArticleStore::count() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM articles"));
    return m_db.exec(q) && q.next() ? q.value(0).toInt() : 0;
}

bool ArticleStore::addMention(const Mention &mention)
{
    QSqlQuery &q = m_db.cached(QStringLiteral("INSERT INTO mentions (entity_id, article_id, span_start, span_end) "
                                              "VALUES (:entity, :article, :start, :end)"));
    const auto resetQ = qScopeGuard([&q] { q.finish(); });
    q.bindValue(QStringLiteral(":entity"), mention.entityId);
    q.bindValue(QStringLiteral(":article"), mention.articleId);
    q.bindValue(QStringLiteral(":start"), mention.start);
    q.bindValue(QStringLiteral(":end"), mention.end);
    return m_db.exec(q);
}

namespace {

// One mentions row: an entity in an article, its first span in
// span_start/span_end and the others packed (ArticleStore::packSpans).
struct MentionRow {
    qint64 entityId = 0;
    qint64 articleId = 0;
    int start = 0;
    int end = 0;
    QByteArray spans; // null when the entity is mentioned once
};

QList<MentionRow> mentionRows(const QList<Mention> &mentions)
{
    QList<Mention> sorted = mentions;
    std::sort(sorted.begin(), sorted.end(), [](const Mention &a, const Mention &b) {
        return std::tie(a.articleId, a.entityId, a.start, a.end) < std::tie(b.articleId, b.entityId, b.start, b.end);
    });
    QList<MentionRow> rows;
    for (qsizetype i = 0; i < sorted.size();) {
        const Mention &first = sorted.at(i);
        qsizetype j = i + 1;
        while (j < sorted.size() && sorted.at(j).entityId == first.entityId
               && sorted.at(j).articleId == first.articleId)
            ++j;
        QList<std::pair<int, int>> rest;
        for (qsizetype k = i + 1; k < j; ++k)
            rest.append({sorted.at(k).start, sorted.at(k).end});
        rows.append(MentionRow{first.entityId, first.articleId, first.start, first.end, ArticleStore::packSpans(rest)});
        i = j;
    }
    return rows;
}

} // namespace

QByteArray ArticleStore::packSpans(const QList<std::pair<int, int>> &spans)
{
    if (spans.isEmpty())
        return {};
    // std::to_chars into one buffer: QByteArray::number per value was a
    // measurable share of addMentions.
    QByteArray packed(spans.size() * 24, Qt::Uninitialized);
    char *out = packed.data();
    char *const last = out + packed.size();
    for (const auto &[start, end] : spans) {
        if (out != packed.data())
            *out++ = ' ';
        out = std::to_chars(out, last, start).ptr;
        *out++ = ':';
        out = std::to_chars(out, last, end).ptr;
    }
    packed.truncate(out - packed.data());
    return packed;
}

QList<std::pair<int, int>> ArticleStore::unpackSpans(QStringView packed)
{
    QList<std::pair<int, int>> spans;
    for (const QStringView pair : packed.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype colon = pair.indexOf(u':');
        bool startOk = false;
        bool endOk = false;
        const int start = colon > 0 ? pair.left(colon).toInt(&startOk) : 0;
        const int end = colon > 0 ? pair.mid(colon + 1).toInt(&endOk) : 0;
        if (startOk && endOk) // a damaged pair is dropped rather than shown at 0
            spans.append({start, end});
    }
    return spans;
}

bool ArticleStore::addMentions(const QList<Mention> &mentions)
{
    const QList<MentionRow> rows = mentionRows(mentions);
    // Fixed batch sizes keep the number of cached statements small; one
    // statement per row was a large share of an import's writer time. An
    // article has ~11 rows: powers of two below 16 take 3 statements for
    // that, not 5 (7 K instructions less per article).
    qsizetype next = 0;
    // OR FAIL rather than the default ABORT: a multi-row INSERT that may abort
    // inside a transaction makes SQLite open a statement journal to undo just
    // that statement. The writer rolls the whole group back on any error, so
    // there is nothing to undo partially.
    static constexpr std::array kBatches{64, 16, 8, 4, 2, 1};
    if (m_db.hasSqliteStatements()) {
        static const std::array<std::pair<int, QByteArray>, kBatches.size()> statements = [] {
            std::array<std::pair<int, QByteArray>, kBatches.size()> result;
            for (size_t i = 0; i < kBatches.size(); ++i)
                result[i] = {kBatches[i], sql::insertRows("INSERT OR FAIL INTO mentions (entity_id, article_id, "
                                                           "span_start, span_end, spans) VALUES ",
                                                           5, kBatches[i])};
            return result;
        }();
        for (const auto &[batch, text] : statements) {
            while (rows.size() - next >= batch) {
                SqliteStatement *s = m_db.sqlite(text);
                if (!s)
                    return false;
                for (int i = 0; i < batch; ++i) {
                    const MentionRow &m = rows.at(next + i);
                    s->bind(5 * i + 1, m.entityId);
                    s->bind(5 * i + 2, m.articleId);
                    s->bind(5 * i + 3, m.start);
                    s->bind(5 * i + 4, m.end);
                    s->bindUtf8(5 * i + 5, m.spans); // `rows` outlives the execution
                }
                if (!m_db.exec(*s))
                    return false;
                next += batch;
            }
        }
        return true;
    }
    for (const int batch : kBatches) {
        while (rows.size() - next >= batch) {
            QSqlQuery &q = m_db.cached(QString::fromLatin1(sql::insertRows(
                "INSERT INTO mentions (entity_id, article_id, span_start, span_end, spans) VALUES ", 5, batch)));
            const auto resetQ = qScopeGuard([&q] { q.finish(); });
            for (int i = 0; i < batch; ++i) {
                const MentionRow &m = rows.at(next + i);
                q.bindValue(5 * i, m.entityId);
                q.bindValue(5 * i + 1, m.articleId);
                q.bindValue(5 * i + 2, m.start);
                q.bindValue(5 * i + 3, m.end);
                // A null QString binds NULL.
                q.bindValue(5 * i + 4, m.spans.isNull() ? QString() : QString::fromLatin1(m.spans));
            }
            if (!m_db.exec(q))
                return false;
            next += batch;
        }
    }
    return true;
}

QList<ArticleMention> ArticleStore::mentions(qint64 articleId) const
{
    QList<ArticleMention> result;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT m.id, m.entity_id, m.article_id, m.span_start, m.span_end, m.spans, e.name, e.type "
        "FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = :id ORDER BY m.span_start"));
    q.bindValue(QStringLiteral(":id"), articleId);
    if (m_db.exec(q)) {
        while (q.next()) {
            ArticleMention m;
            m.mention = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                         q.value(3).toInt(), q.value(4).toInt()};
            m.entityName = q.value(6).toString();
            m.entityType = entityTypeFromString(q.value(7).toString()).value_or(EntityType::Company);
            result << m;
            // The row's other spans, each its own mention of the same entity.
            const QString packed = q.value(5).toString();
            for (const auto &[start, end] : unpackSpans(packed)) {
                m.mention.start = start;
                m.mention.end = end;
                result << m;
            }
        }
    }
    // In text order, as one row per span came from ORDER BY span_start.
    std::stable_sort(result.begin(), result.end(), [](const ArticleMention &a, const ArticleMention &b) {
        return std::tie(a.mention.start, a.mention.end) < std::tie(b.mention.start, b.mention.end);
    });
    return result;
}

QList<ArticleHit> ArticleStore::search(const QString &query, int limit) const
{
    QList<ArticleHit> result;
    const QString match = m_db.dialect().fullTextQuery(query);
    if (match.isEmpty())
        return result;
    QSqlQuery q = m_db.prepare(m_db.dialect().fullTextSearch());
    q.bindValue(QStringLiteral(":query"), match);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (m_db.exec(q)) {
        while (q.next())
            result << ArticleHit{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    }
    return result;
}

bool ArticleStore::remove(qint64 id)
{
    Transaction tx(m_db);
    QList<qint64> touched;
    {
        QSqlQuery q = m_db.prepare(QStringLiteral("SELECT DISTINCT relation_id FROM claims WHERE article_id = :id"));
        q.bindValue(QStringLiteral(":id"), id);
        if (!m_db.exec(q))
            return false;
        while (q.next())
            touched << q.value(0).toLongLong();
    }
    QList<qint64> mentioned;
    {
        QSqlQuery q = m_db.prepare(QStringLiteral("SELECT DISTINCT entity_id FROM mentions WHERE article_id = :id"));
        q.bindValue(QStringLiteral(":id"), id);
        if (!m_db.exec(q))
            return false;
        while (q.next())
            mentioned << q.value(0).toLongLong();
    }
    if (!m_db.exec(QStringLiteral("DELETE FROM articles WHERE id = :id"), {{":id", id}}))
        return false;
    RelationStore relations(m_db);
    for (const qint64 relationId : std::as_const(touched)) {
        if (!relations.refreshAggregate(relationId))
            return false;
    }
    // The article's entities lose an article and maybe their last mention.
    if (!EntityStore(m_db).refreshCounts(mentioned))
        return false;
    return tx.commit();
}

} // namespace liaison
