#pragma once

#include "model/relation.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QSet>
#include <QVariant>

#include <optional>

namespace liaison {

class Database;

// A claim with what the person pane shows next to it.
struct ClaimDetail {
    Claim claim;
    QString evidence; // the sentence, as stored at import
    QString articleTitle;
    QString articlePath;
    QDate articlePublished;
};

// An edge with its endpoints' names and every claim behind it.
struct RelationDetail {
    Relation relation;
    QString sourceName;
    QString targetName; // empty for raised
    QList<ClaimDetail> claims;
};

// The columns of an edge that its claims decide.
struct EdgeValues {
    Status status = Status::Completed;
    QVariant amount, currency, stake, role, date; // null when no claim gives one
    friend bool operator==(const EdgeValues &, const EdgeValues &) = default;
};

// Folds an edge's claims into its values one claim at a time, in claim id
// order, so a writer can add a new claim without re-reading the others: the
// most advanced status, and for each attribute the value of the latest claim
// giving one (claim date, else article date, else the newer claim). Rejected
// claims count only while no other claim supports the edge.
class EdgeAggregate
{
public:
    // `sortKey` is the claim's date, else its article's publication date, else
    // empty; compared as UTF-8 bytes, as SQLite compares text.
    void add(Status status, const QVariant &amount, const QVariant &currency, const QVariant &stake,
             const QVariant &role, const QVariant &date, const QByteArray &sortKey, bool rejected);
    bool isEmpty() const { return !m_all.any; }
    EdgeValues values() const;

private:
    struct Attribute {
        QVariant value;
        QByteArray key;
    };
    struct Fold {
        bool any = false;
        Status status = Status::Completed;
        Attribute amount, stake, role, date;
        QVariant currency; // goes with the amount
        void add(Status status, const QVariant &amount, const QVariant &currency, const QVariant &stake,
                 const QVariant &role, const QVariant &date, const QByteArray &key);
        EdgeValues values() const;
    };
    Fold m_live; // claims not rejected
    Fold m_all;
};

// Relations (the edges) and claims (their evidence, one per article), with the
// aggregation of claims into edges and the user's review of claims.
class RelationStore
{
public:
    explicit RelationStore(Database &db) : m_db(db) {}

    // The edge (type, source, target), created if missing. Symmetric types are
    // stored with the smaller id first. 0 on error.
    qint64 findOrCreate(RelationType type, qint64 sourceId, std::optional<qint64> targetId, bool *created = nullptr);
    // The parts of findOrCreate() for a writer that keeps the endpoints'
    // relation_count itself (ArticleWriter adds them up per article): the
    // edge if it exists (0 if not, nullopt on error), and a new edge inserted
    // with its values at once. Both expect symmetric types already in order.
    std::optional<qint64> findEdge(RelationType type, qint64 sourceId, std::optional<qint64> targetId) const;
    qint64 createEdge(RelationType type, qint64 sourceId, std::optional<qint64> targetId, const EdgeValues &values);
    // createEdge() for many new edges, a few multi-row INSERTs at a time: the
    // ids in order, empty on error (some edges may be in: call it inside a
    // transaction that is rolled back on failure).
    struct NewEdge {
        RelationType type;
        qint64 sourceId;
        std::optional<qint64> targetId;
        EdgeValues values;
    };
    QList<qint64> createEdges(const QList<NewEdge> &edges);
    // Adds a claim to its edge; call refreshAggregate() afterwards. 0 on error.
    qint64 addClaim(const Claim &claim, const QString &evidence);
    // The same for many claims with their evidence, in order, a few
    // multi-row INSERTs at a time. The aggregates are the caller's to update.
    // On error some of the claims may be in: call it inside a transaction
    // that is rolled back on failure (ArticleWriter does).
    bool addClaims(const QList<std::pair<Claim, QString>> &claims);
    // Recomputes the edge from its claims that are not rejected: the most
    // advanced status (statusRank), and for each attribute the value of the
    // latest claim giving one (claim date, else article date, else newest
    // claim). An edge left without claims is deleted.
    bool refreshAggregate(qint64 relationId);
    // The edge's claims folded as refreshAggregate() does; false on error.
    bool loadAggregate(qint64 relationId, EdgeAggregate *aggregate) const;
    // Stores values computed by an EdgeAggregate on the edge.
    bool writeAggregate(qint64 relationId, const EdgeValues &values);

    std::optional<Relation> relation(qint64 id) const;
    QList<Relation> all() const;
    // Every edge touching the entity, with its claims.
    QList<RelationDetail> relationsOf(qint64 entityId) const;
    std::optional<Claim> claim(qint64 id) const;
    QList<ClaimDetail> claims(qint64 relationId) const;
    QList<ClaimDetail> allClaims() const;
    int count() const;
    int claimCount() const;

    // Review. A rejection is also remembered by (article sha256, relation type,
    // endpoint names) so it survives the article being deleted and imported again.
    bool confirmClaim(qint64 claimId);
    bool rejectClaim(qint64 claimId);
    // Saves status, amount, stake, role, date and review of the claim.
    bool editClaim(const Claim &claim);
    bool isRejected(const QByteArray &articleSha256, RelationType type, const QString &sourceNormalized,
                    const QString &targetNormalized) const;
    // Every rejection remembered for the article, as rejectionKey()s: one
    // query per article instead of one per claim. nullopt on error.
    std::optional<QSet<QString>> rejectionsOf(const QByteArray &articleSha256) const;
    static QString rejectionKey(RelationType type, const QString &sourceNormalized, const QString &targetNormalized);

private:
    bool setReview(qint64 claimId, ReviewState state);
    QList<ClaimDetail> claimsWhere(const QString &condition, const QVariant &value) const;

    Database &m_db;
};

} // namespace liaison
