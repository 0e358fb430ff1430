#pragma once

#include "model/relation.h"

#include <QDate>
#include <QList>

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

// Relations (the edges) and claims (their evidence, one per article), with the
// aggregation of claims into edges and the user's review of claims.
class RelationStore
{
public:
    explicit RelationStore(Database &db) : m_db(db) {}

    // The edge (type, source, target), created if missing. Symmetric types are
    // stored with the smaller id first. 0 on error.
    qint64 findOrCreate(RelationType type, qint64 sourceId, std::optional<qint64> targetId, bool *created = nullptr);
    // Adds a claim to its edge; call refreshAggregate() afterwards. 0 on error.
    qint64 addClaim(const Claim &claim, const QString &evidence);
    // Recomputes the edge from its claims that are not rejected: the most
    // advanced status (statusRank), and for each attribute the value of the
    // latest claim giving one (claim date, else article date, else newest
    // claim). An edge left without claims is deleted.
    bool refreshAggregate(qint64 relationId);

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

private:
    bool setReview(qint64 claimId, ReviewState state);
    QList<ClaimDetail> claimsWhere(const QString &condition, const QVariant &value) const;

    Database &m_db;
};

} // namespace liaison
