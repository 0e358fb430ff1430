#pragma once

#include "model/entity.h"

#include <QDate>
#include <QList>

#include <optional>

namespace liaison {

class Database;

// An entity with the counts the company list shows.
struct EntitySummary {
    Entity entity;
    int relationCount = 0;
    int articleCount = 0;
    QDate lastMentioned; // latest publication (or import) date of an article naming it
};

// An entity that a normalized name denotes, by its own name or by an alias.
struct NameMatch {
    qint64 id = 0;
    std::optional<EntityType> type; // none for a type this build does not know
    bool viaAlias = false;
};

// Entities and their aliases, and the resolution of an extracted name to the
// entity it denotes: by normalized name or known alias, same type preferred.
class EntityStore
{
public:
    explicit EntityStore(Database &db) : m_db(db) {}

    // The entity a name (or one of its aliases) denotes, if the database knows it.
    std::optional<qint64> resolve(const QString &name, EntityType type, const QStringList &aliases = {}) const;
    // resolve(), or a new entity; the name and aliases are remembered as aliases
    // of the entity found. Sets *created when a new entity was made. 0 on error.
    qint64 resolveOrCreate(const QString &name, EntityType type, const QStringList &aliases = {},
                           bool *created = nullptr);

    // Every entity the normalized name denotes (the rows resolve() ranks);
    // nullopt on error. ArticleWriter keeps these per name across articles.
    std::optional<QList<NameMatch>> matches(const QString &normalized) const;
    // resolve()'s ranking of matches for a name of `type`: same type by name,
    // by alias, then (unless sameTypeOnly) a company/organization cousin; the
    // oldest entity breaks ties.
    static std::optional<qint64> bestOf(const QList<NameMatch> &matches, EntityType type, bool sameTypeOnly);

    // The one company whose name differs from `name` only by trailing
    // corporate words from the shipped lexicon ("Northwind" and "Northwind
    // Analytics", either way round), if exactly one company shares that stem.
    // Never for people, and never when two companies could be meant.
    std::optional<qint64> resolveCorporateForm(const QString &name) const;
    // The same with normalizeName(name) already at hand.
    std::optional<qint64> resolveCorporateForm(const QString &name, const QString &normalized) const;
    // The stem of a normalized company name: trailing corporate words dropped,
    // at least one word kept.
    static QString corporateStem(const QString &normalized);

    // Recomputes the columns the company list sorts by (relation and article
    // counts, last mention) for these entities, after something was removed.
    bool refreshCounts(const QList<qint64> &ids);
    // The same for every entity, in one statement (after an import died with
    // counts it had not written yet: the counts_pending mark).
    bool refreshAllCounts();
    // Counts one more article for the entity, mentioned in `articleId` (a new
    // article: each entity it names gains exactly one).
    bool countArticle(qint64 entityId, qint64 articleId);
    // Adds to the entity's counts in one statement: `articles` new articles
    // (0 or 1) dated `mentionedOn` as countArticle() dates them (publication,
    // else import day), and `relations` new edges.
    bool addCounts(qint64 entityId, int articles, int relations, const QString &mentionedOn);

    qint64 create(const Entity &entity);
    // The same with normalizeName(entity.name) already at hand.
    qint64 create(const Entity &entity, const QString &normalized);
    // Saves name, type, notes and attributes; a former name stays an alias, so
    // later articles using it still resolve here.
    bool update(const Entity &entity);
    bool addAlias(qint64 entityId, const QString &alias);
    // addAlias() for a caller that knows `normalized` (normalizeName(alias),
    // not empty) is not the entity's own normalized name.
    bool insertAlias(qint64 entityId, const QString &alias, const QString &normalized);

    std::optional<Entity> entity(qint64 id) const;
    QList<Entity> all() const;
    QList<EntitySummary> summaries() const;
    int count() const;

private:
    std::optional<qint64> bestMatch(const QString &normalized, EntityType type, bool sameTypeOnly) const;
    QStringList aliasesOf(qint64 id) const;

    Database &m_db;
};

} // namespace liaison
