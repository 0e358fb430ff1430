#pragma once

#include "model/article.h"
#include "model/relation.h"

#include <QList>
#include <QSet>

#include <optional>
#include <utility>

namespace liaison {

class Database;

// One full-text search result.
struct ArticleHit {
    qint64 id = 0;
    QString title;
    QString snippet; // matched words in [brackets]
};

// A mention with the name of the entity it names, for the article view.
struct ArticleMention {
    Mention mention;
    QString entityName;
    EntityType entityType = EntityType::Company;
};

// Articles, their mentions and the full-text index over them.
class ArticleStore
{
public:
    explicit ArticleStore(Database &db) : m_db(db) {}

    // 0 on failure (including a duplicate sha256). The article is indexed for
    // search at once unless `index` is false: then the caller indexes it later
    // (indexFrom) and marks the database meanwhile (ArticleWriter's batches).
    qint64 insert(const Article &article, bool index = true);
    // Indexes for search every article from `firstId` on that is not indexed
    // yet (a no-op where the index is not a separate table).
    bool indexFrom(qint64 firstId);
    bool contains(const QByteArray &sha256) const;
    // Every stored sha256, so an import can skip duplicates before extracting.
    QSet<QByteArray> allSha256() const;
    // Every stored Article::fileSha256, so an import can skip the files it read before.
    QSet<QByteArray> allFileSha256() const;
    std::optional<qint64> idOf(const QByteArray &sha256) const;

    std::optional<Article> article(qint64 id) const;
    // Metadata of every article, without the text.
    QList<Article> list() const;
    int count() const;

    // One row for this one span.
    bool addMention(const Mention &mention);
    // The same for many mentions, stored as one row per (entity, article) that
    // carries all its spans, a few multi-row INSERTs at a time. Meant for a
    // new article (the writer's); rows already stored are left as they are.
    bool addMentions(const QList<Mention> &mentions);
    // One per span, in text order, however the spans are spread over rows
    // (an older database has a row per span; merged entities may have several).
    QList<ArticleMention> mentions(qint64 articleId) const;

    // The `spans` column of a mentions row: "start:end" pairs separated by
    // spaces. Null for none.
    static QByteArray packSpans(const QList<std::pair<int, int>> &spans);
    static QList<std::pair<int, int>> unpackSpans(QStringView packed);

    // Articles whose title or text contain every word of the query, best first.
    QList<ArticleHit> search(const QString &query, int limit = 50) const;

    // Deletes the article with its mentions and claims; edges left without any
    // claim are deleted and the others re-aggregated. Rejections are kept.
    bool remove(qint64 id);

private:
    bool indexRow(qint64 id, const Article &article);

    QSet<QByteArray> hashes(const QString &sql) const; // one hex column, as Latin-1 bytes

    Database &m_db;
};

} // namespace liaison
