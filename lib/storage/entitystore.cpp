#include "entitystore.h"

#include "database.h"
#include "sqlvalues.h"

#include <QScopeGuard>

#include <QFile>
#include <QHash>
#include <QSet>
#include <QJsonDocument>
#include <QJsonObject>

namespace liaison {

namespace {

// Companies and organizations are often told apart differently by different
// articles ("l'Inria", "Inria, the institute"), so one can resolve to the other.
bool interchangeable(EntityType a, EntityType b)
{
    const auto body = [](EntityType t) { return t == EntityType::Company || t == EntityType::Organization; };
    return a == b || (body(a) && body(b));
}

QVariant attributesJson(const QVariantMap &attributes)
{
    if (attributes.isEmpty())
        return QVariant();
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(attributes)).toJson(QJsonDocument::Compact));
}

Entity entityFromRow(const QSqlQuery &q)
{
    Entity e;
    e.id = q.value(0).toLongLong();
    e.type = entityTypeFromString(q.value(1).toString()).value_or(EntityType::Company);
    e.name = q.value(2).toString();
    e.normalizedName = q.value(3).toString();
    e.notes = q.value(4).toString();
    e.attributes = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object().toVariantMap();
    return e;
}

// Normalized trailing words that name a company's legal form or say only
// that it is a company ("inc", "labs", "systems"): the company words of the
// extraction lexicon that come last in a name and are marked droppable.
const QSet<QString> &corporateWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> result;
        QFile file(QStringLiteral(":/lexicons/namewords.tsv"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return result;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (const QString &line : lines) {
            if (line.startsWith(u'#'))
                continue;
            const QStringList cols = line.split(u'\t');
            // Only the words the lexicon marks as droppable suffixes: "Orange
            // Bank" or "Sony Music" is another company than "Orange" or "Sony".
            if (cols.size() < 4 || cols.at(1).trimmed() != u"company" || cols.at(2).trimmed() != u"last"
                || cols.at(3).trimmed() != u"suffix")
                continue;
            for (const QString &word : normalizeName(cols.at(0)).split(u' ', Qt::SkipEmptyParts))
                result.insert(word);
        }
        return result;
    }();
    return words;
}

} // namespace

std::optional<QList<NameMatch>> EntityStore::matches(const QString &normalized) const
{
    if (SqliteStatement *s = m_db.sqlite(QByteArrayLiteral(
            "SELECT id, type, 0 FROM entities WHERE normalized_name = ?1 "
            "UNION ALL SELECT e.id, e.type, 1 FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
            "WHERE a.normalized = ?1"))) {
        s->bind(1, normalized);
        QList<NameMatch> result;
        while (s->next())
            result << NameMatch{s->int64(0), entityTypeFromString(s->text(1)), s->int64(2) != 0};
        const bool ok = s->ok();
        s->reset();
        if (!ok)
            return std::nullopt;
        return result;
    }
    QSqlQuery &q = m_db.cached(QStringLiteral(
        "SELECT id, type, 0 FROM entities WHERE normalized_name = :n1 "
        "UNION ALL SELECT e.id, e.type, 1 FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
        "WHERE a.normalized = :n2"));
    const auto resetQ = qScopeGuard([&q] { q.finish(); });
    q.bindValue(QStringLiteral(":n1"), normalized);
    q.bindValue(QStringLiteral(":n2"), normalized);
    if (!m_db.exec(q))
        return std::nullopt;
    QList<NameMatch> result;
    while (q.next())
        result << NameMatch{q.value(0).toLongLong(), entityTypeFromString(q.value(1).toString()), q.value(2).toInt() != 0};
    return result;
}

std::optional<qint64> EntityStore::bestOf(const QList<NameMatch> &matches, EntityType type, bool sameTypeOnly)
{
    // Rank: same type by name, same type by alias, then (if allowed) a
    // company/organization cousin by name, by alias; the oldest entity breaks ties.
    std::optional<qint64> best;
    int bestRank = 100;
    for (const NameMatch &match : matches) {
        const int viaAlias = match.viaAlias ? 1 : 0;
        int rank;
        if (match.type == type)
            rank = viaAlias;
        else if (!sameTypeOnly && match.type && interchangeable(*match.type, type))
            rank = 2 + viaAlias;
        else
            continue;
        if (rank < bestRank || (rank == bestRank && best && match.id < *best)) {
            best = match.id;
            bestRank = rank;
        }
    }
    return best;
}

std::optional<qint64> EntityStore::bestMatch(const QString &normalized, EntityType type, bool sameTypeOnly) const
{
    if (normalized.isEmpty())
        return std::nullopt;
    const auto found = matches(normalized);
    return found ? bestOf(*found, type, sameTypeOnly) : std::nullopt;
}

std::optional<qint64> EntityStore::resolve(const QString &name, EntityType type, const QStringList &aliases) const
{
    QStringList keys{normalizeName(name)};
    for (const QString &alias : aliases)
        keys << normalizeName(alias);
    for (const bool sameTypeOnly : {true, false}) {
        for (const QString &key : std::as_const(keys)) {
            if (const auto id = bestMatch(key, type, sameTypeOnly))
                return id;
        }
    }
    // Articles disagree on whether to spell out a company's legal or generic
    // tail ("Northwind" / "Northwind Analytics"); people are never merged this way.
    if (type == EntityType::Company)
        return resolveCorporateForm(name);
    return std::nullopt;
}

QString EntityStore::corporateStem(const QString &normalized)
{
    QStringList words = normalized.split(u' ', Qt::SkipEmptyParts);
    while (words.size() > 1 && corporateWords().contains(words.constLast()))
        words.removeLast();
    return words.join(u' ');
}

std::optional<qint64> EntityStore::resolveCorporateForm(const QString &name) const
{
    return resolveCorporateForm(name, normalizeName(name));
}

std::optional<qint64> EntityStore::resolveCorporateForm(const QString &, const QString &normalized) const
{
    const QString stem = corporateStem(normalized);
    // A stem of one short word ("ai", "sa") says too little to merge on.
    if (stem.size() < 3 || corporateWords().contains(stem))
        return std::nullopt;
    // Every company named by the stem or the stem and more words (an index
    // range: ' ' + 1 is '!'), then those whose own stem is the same.
    std::optional<qint64> found;
    QString foundName;
    int sameStem = 0;
    const auto consider = [&](qint64 id, const QString &candidate) {
        if (corporateStem(candidate) != stem)
            return; // "northwind river": another company that starts alike
        ++sameStem;
        found = id;
        foundName = candidate;
    };
    if (SqliteStatement *s = m_db.sqlite(QByteArrayLiteral(
            "SELECT id, normalized_name FROM entities WHERE type = ? AND (normalized_name = ? "
            "OR (normalized_name > ? AND normalized_name < ?))"))) {
        const QString type = toString(EntityType::Company);
        const QString low = stem + u' ';
        const QString high = stem + u'!';
        s->bind(1, type);
        s->bind(2, stem);
        s->bind(3, low);
        s->bind(4, high);
        while (s->next())
            consider(s->int64(0), s->text(1));
        const bool ok = s->ok();
        s->reset();
        if (!ok)
            return std::nullopt;
    } else {
        QSqlQuery &q = m_db.cached(QStringLiteral(
            "SELECT id, normalized_name FROM entities WHERE type = :type AND (normalized_name = :stem "
            "OR (normalized_name > :low AND normalized_name < :high))"));
        const auto resetQ = qScopeGuard([&q] { q.finish(); });
        q.bindValue(QStringLiteral(":type"), toString(EntityType::Company));
        q.bindValue(QStringLiteral(":stem"), stem);
        q.bindValue(QStringLiteral(":low"), QString(stem + u' '));
        q.bindValue(QStringLiteral(":high"), QString(stem + u'!'));
        if (!m_db.exec(q))
            return std::nullopt;
        while (q.next())
            consider(q.value(0).toLongLong(), q.value(1).toString());
    }
    // Two companies on one stem ("Northwind Labs" and "Northwind Systems"):
    // which one an article means is a guess, so it is not made.
    if (sameStem != 1)
        return std::nullopt;
    // One name must extend the other by whole words.
    const bool extends = foundName.startsWith(normalized + u' ') || normalized.startsWith(foundName + u' ');
    return extends ? found : std::nullopt;
}

bool EntityStore::countArticle(qint64 entityId, qint64 articleId)
{
    // The date as summaries() computes it: publication, else import day.
    QSqlQuery &q = m_db.cached(QStringLiteral(
        "UPDATE entities SET article_count = article_count + 1, last_mentioned = COALESCE((SELECT CASE WHEN "
        "COALESCE(a.published, substr(a.imported_at, 1, 10)) > entities.last_mentioned THEN "
        "COALESCE(a.published, substr(a.imported_at, 1, 10)) END FROM articles a WHERE a.id = :article), "
        "last_mentioned) WHERE id = :id"));
    const auto resetQ = qScopeGuard([&q] { q.finish(); });
    q.bindValue(QStringLiteral(":article"), articleId);
    q.bindValue(QStringLiteral(":id"), entityId);
    return m_db.exec(q);
}

bool EntityStore::addCounts(qint64 entityId, int articles, int relations, const QString &mentionedOn)
{
    if (SqliteStatement *s = m_db.sqlite(QByteArrayLiteral(
            "UPDATE entities SET article_count = article_count + ?1, relation_count = relation_count + ?2, "
            "last_mentioned = CASE WHEN ?3 > last_mentioned THEN ?3 ELSE last_mentioned END WHERE id = ?4"))) {
        const QString date = articles > 0 ? mentionedOn : QStringLiteral("");
        s->bind(1, articles);
        s->bind(2, relations);
        s->bind(3, date.isNull() ? QStringLiteral("") : date);
        s->bind(4, entityId);
        return m_db.exec(*s);
    }
    QSqlQuery &q = m_db.cached(QStringLiteral(
        "UPDATE entities SET article_count = article_count + :articles, relation_count = relation_count + :relations, "
        "last_mentioned = CASE WHEN :d1 > last_mentioned THEN :d2 ELSE last_mentioned END WHERE id = :id"));
    const auto resetQ = qScopeGuard([&q] { q.finish(); });
    // No article, no new date: '' is never later than a stored one.
    const QString date = articles > 0 ? mentionedOn : QStringLiteral("");
    q.bindValue(QStringLiteral(":articles"), articles);
    q.bindValue(QStringLiteral(":relations"), relations);
    q.bindValue(QStringLiteral(":d1"), date);
    q.bindValue(QStringLiteral(":d2"), date);
    q.bindValue(QStringLiteral(":id"), entityId);
    return m_db.exec(q);
}

bool EntityStore::refreshCounts(const QList<qint64> &ids)
{
    QSqlQuery &q = m_db.cached(QStringLiteral(
        "UPDATE entities SET "
        "relation_count = (SELECT COUNT(*) FROM relations r WHERE r.source_id = :s) "
        "+ (SELECT COUNT(*) FROM relations r WHERE r.target_id = :t), "
        "article_count = (SELECT COUNT(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = :m), "
        "last_mentioned = COALESCE((SELECT MAX(COALESCE(a.published, substr(a.imported_at, 1, 10))) "
        "FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = :l), '') WHERE id = :id"));
    const auto resetQ = qScopeGuard([&q] { q.finish(); });
    for (const qint64 id : ids) {
        for (const char *name : {":s", ":t", ":m", ":l", ":id"})
            q.bindValue(QLatin1StringView(name), id);
        if (!m_db.exec(q))
            return false;
        q.finish();
    }
    return true;
}

bool EntityStore::refreshAllCounts()
{
    return m_db.exec(QStringLiteral(
        "UPDATE entities SET "
        "relation_count = (SELECT COUNT(*) FROM relations r WHERE r.source_id = entities.id) "
        "+ (SELECT COUNT(*) FROM relations r WHERE r.target_id = entities.id), "
        "article_count = (SELECT COUNT(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = entities.id), "
        "last_mentioned = COALESCE((SELECT MAX(COALESCE(a.published, substr(a.imported_at, 1, 10))) "
        "FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = entities.id), '')"));
}

qint64 EntityStore::resolveOrCreate(const QString &name, EntityType type, const QStringList &aliases, bool *created)
{
    if (created)
        *created = false;
    if (normalizeName(name).isEmpty())
        return 0;
    if (const auto id = resolve(name, type, aliases)) {
        if (!addAlias(*id, name))
            return 0;
        for (const QString &alias : aliases) {
            if (!addAlias(*id, alias))
                return 0;
        }
        return *id;
    }
    Entity entity;
    entity.type = type;
    entity.name = name.simplified();
    entity.aliases = aliases;
    const qint64 id = create(entity);
    if (created && id)
        *created = true;
    return id;
}

qint64 EntityStore::create(const Entity &entity) { return create(entity, normalizeName(entity.name)); }

qint64 EntityStore::create(const Entity &entity, const QString &normalized)
{
    if (normalized.isEmpty())
        return 0;
    if (SqliteStatement *s = m_db.sqlite(QByteArrayLiteral(
            "INSERT INTO entities (type, name, normalized_name, notes, attributes) VALUES (?, ?, ?, ?, ?)"))) {
        const QString type = toString(entity.type);
        const QVariant attributes = attributesJson(entity.attributes);
        s->bind(1, type);
        s->bind(2, entity.name);
        s->bind(3, normalized);
        s->bindNullable(4, entity.notes);
        s->bind(5, attributes);
        if (!m_db.exec(*s))
            return 0;
        const qint64 id = m_db.lastInsertRowId();
        for (const QString &alias : entity.aliases) {
            if (!addAlias(id, alias))
                return 0;
        }
        return id;
    }
    QSqlQuery &q = m_db.cached(u"INSERT INTO entities (type, name, normalized_name, notes, attributes) "
                               u"VALUES (:type, :name, :norm, :notes, :attrs)" + m_db.dialect().returningId());
    const auto resetQ = qScopeGuard([&q] { q.finish(); });
    q.bindValue(QStringLiteral(":type"), toString(entity.type));
    q.bindValue(QStringLiteral(":name"), entity.name);
    q.bindValue(QStringLiteral(":norm"), normalized);
    q.bindValue(QStringLiteral(":notes"), sql::nullableText(entity.notes));
    q.bindValue(QStringLiteral(":attrs"), attributesJson(entity.attributes));
    const qint64 id = m_db.insert(q);
    if (!id)
        return 0;
    for (const QString &alias : entity.aliases) {
        if (!addAlias(id, alias))
            return 0;
    }
    return id;
}

bool EntityStore::addAlias(qint64 entityId, const QString &alias)
{
    const QString normalized = normalizeName(alias);
    if (normalized.isEmpty())
        return true;
    // The entity's own name needs no alias row.
    QSqlQuery &own = m_db.cached(QStringLiteral("SELECT 1 FROM entities WHERE id = :id AND normalized_name = :n"));
    const auto resetOwn = qScopeGuard([&own] { own.finish(); });
    own.bindValue(QStringLiteral(":id"), entityId);
    own.bindValue(QStringLiteral(":n"), normalized);
    if (!m_db.exec(own))
        return false;
    if (own.next())
        return true;
    own.finish();
    return insertAlias(entityId, alias, normalized);
}

bool EntityStore::insertAlias(qint64 entityId, const QString &alias, const QString &normalized)
{
    if (SqliteStatement *s = m_db.sqlite(
            QByteArrayLiteral("INSERT OR IGNORE INTO entity_aliases (entity_id, alias, normalized) VALUES (?, ?, ?)"))) {
        const QString simplified = alias.simplified();
        s->bind(1, entityId);
        s->bind(2, simplified);
        s->bind(3, normalized);
        return m_db.exec(*s);
    }
    QSqlQuery &q = m_db.cached(m_db.dialect().insertIgnorePrefix()
                               + u"entity_aliases (entity_id, alias, normalized) VALUES (:id, :alias, :n)"
                               + m_db.dialect().insertIgnoreSuffix());
    const auto resetQ = qScopeGuard([&q] { q.finish(); });
    q.bindValue(QStringLiteral(":id"), entityId);
    q.bindValue(QStringLiteral(":alias"), alias.simplified());
    q.bindValue(QStringLiteral(":n"), normalized);
    return m_db.exec(q);
}

bool EntityStore::update(const Entity &entity)
{
    const QString normalized = normalizeName(entity.name);
    const auto previous = this->entity(entity.id);
    if (normalized.isEmpty() || !previous)
        return false;
    Transaction tx(m_db);
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE entities SET type = :type, name = :name, normalized_name = :norm, "
                                              "notes = :notes, attributes = :attrs WHERE id = :id"));
    q.bindValue(QStringLiteral(":type"), toString(entity.type));
    q.bindValue(QStringLiteral(":name"), entity.name);
    q.bindValue(QStringLiteral(":norm"), normalized);
    q.bindValue(QStringLiteral(":notes"), sql::nullableText(entity.notes));
    q.bindValue(QStringLiteral(":attrs"), attributesJson(entity.attributes));
    q.bindValue(QStringLiteral(":id"), entity.id);
    if (!m_db.exec(q))
        return false;
    if (!m_db.exec(QStringLiteral("DELETE FROM entity_aliases WHERE entity_id = :id AND normalized = :n"),
                   {{":id", entity.id}, {":n", normalized}}))
        return false;
    if (previous->normalizedName != normalized && !addAlias(entity.id, previous->name))
        return false;
    for (const QString &alias : entity.aliases) {
        if (!addAlias(entity.id, alias))
            return false;
    }
    return tx.commit();
}

QStringList EntityStore::aliasesOf(qint64 id) const
{
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT alias FROM entity_aliases WHERE entity_id = :id ORDER BY id"));
    const auto resetQ = qScopeGuard([&q] { q.finish(); });
    q.bindValue(QStringLiteral(":id"), id);
    QStringList aliases;
    if (m_db.exec(q)) {
        while (q.next())
            aliases << q.value(0).toString();
    }
    return aliases;
}

std::optional<Entity> EntityStore::entity(qint64 id) const
{
    QSqlQuery &q = m_db.cached(
        QStringLiteral("SELECT id, type, name, normalized_name, notes, attributes FROM entities WHERE id = :id"));
    const auto resetQ = qScopeGuard([&q] { q.finish(); });
    q.bindValue(QStringLiteral(":id"), id);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    Entity e = entityFromRow(q);
    e.aliases = aliasesOf(id);
    return e;
}

QList<Entity> EntityStore::all() const
{
    QHash<qint64, QStringList> aliases;
    {
        QSqlQuery q = m_db.prepare(QStringLiteral("SELECT entity_id, alias FROM entity_aliases ORDER BY id"));
        if (m_db.exec(q)) {
            while (q.next())
                aliases[q.value(0).toLongLong()] << q.value(1).toString();
        }
    }
    QList<Entity> entities;
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT id, type, name, normalized_name, notes, attributes FROM entities ORDER BY id"));
    if (m_db.exec(q)) {
        while (q.next()) {
            Entity e = entityFromRow(q);
            e.aliases = aliases.value(e.id);
            entities << e;
        }
    }
    return entities;
}

QList<EntitySummary> EntityStore::summaries() const
{
    // Counted apart and joined by id: one pass per table instead of a
    // correlated subquery per entity.
    QHash<qint64, int> relationCounts;
    {
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "SELECT id, COUNT(*) FROM (SELECT source_id AS id FROM relations "
            "UNION ALL SELECT target_id FROM relations WHERE target_id IS NOT NULL) GROUP BY id"));
        if (m_db.exec(q)) {
            while (q.next())
                relationCounts.insert(q.value(0).toLongLong(), q.value(1).toInt());
        }
    }
    struct ArticleInfo {
        int count = 0;
        QDate last;
    };
    QHash<qint64, ArticleInfo> articleInfo;
    {
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "SELECT m.entity_id, COUNT(DISTINCT m.article_id), "
            "MAX(COALESCE(a.published, substr(a.imported_at, 1, 10))) "
            "FROM mentions m JOIN articles a ON a.id = m.article_id GROUP BY m.entity_id"));
        if (m_db.exec(q)) {
            while (q.next())
                articleInfo.insert(q.value(0).toLongLong(), {q.value(1).toInt(), sql::toDate(q.value(2))});
        }
    }
    QList<EntitySummary> result;
    const QList<Entity> entities = all();
    result.reserve(entities.size());
    for (const Entity &e : entities) {
        const ArticleInfo info = articleInfo.value(e.id);
        result << EntitySummary{e, relationCounts.value(e.id), info.count, info.last};
    }
    return result;
}

int EntityStore::count() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM entities"));
    return m_db.exec(q) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace liaison
