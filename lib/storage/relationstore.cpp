#include "relationstore.h"

#include "database.h"
#include "sqlvalues.h"

#include <QScopeGuard>

#include <QHash>

#include <array>
#include <utility>

namespace liaison {

namespace {

const QString kRelationSelect = QStringLiteral(
    "SELECT r.id, r.type, r.source_id, r.target_id, r.status, r.amount, r.currency, r.stake, r.role, r.date, "
    "(SELECT COUNT(*) FROM claims c WHERE c.relation_id = r.id AND c.review <> 'rejected'), "
    "(SELECT COUNT(DISTINCT c.article_id) FROM claims c WHERE c.relation_id = r.id AND c.review <> 'rejected') "
    "FROM relations r ");

Relation relationFromRow(const QSqlQuery &q)
{
    Relation r;
    r.id = q.value(0).toLongLong();
    r.type = relationTypeFromString(q.value(1).toString()).value_or(RelationType::Acquired);
    r.sourceId = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        r.targetId = q.value(3).toLongLong();
    r.status = statusFromString(q.value(4).toString()).value_or(Status::Completed);
    r.amount = sql::toAmount(q.value(5), q.value(6));
    r.stakePercent = sql::toOptionalDouble(q.value(7));
    r.role = q.value(8).toString();
    r.date = q.value(9).toString();
    r.claimCount = q.value(10).toInt();
    r.articleCount = q.value(11).toInt();
    return r;
}

const QString kClaimSelect = QStringLiteral(
    "SELECT c.id, c.relation_id, c.article_id, c.evidence_start, c.evidence_end, c.status, c.amount, c.currency, "
    "c.stake, c.role, c.date, c.confidence, c.review, c.evidence, a.title, a.path, a.published "
    "FROM claims c JOIN articles a ON a.id = c.article_id ");

ClaimDetail claimFromRow(const QSqlQuery &q)
{
    ClaimDetail d;
    Claim &c = d.claim;
    c.id = q.value(0).toLongLong();
    c.relationId = q.value(1).toLongLong();
    c.articleId = q.value(2).toLongLong();
    c.evidenceStart = q.value(3).toInt();
    c.evidenceEnd = q.value(4).toInt();
    c.status = statusFromString(q.value(5).toString()).value_or(Status::Completed);
    c.amount = sql::toAmount(q.value(6), q.value(7));
    c.stakePercent = sql::toOptionalDouble(q.value(8));
    c.role = q.value(9).toString();
    c.date = q.value(10).toString();
    c.confidence = q.value(11).toDouble();
    c.review = reviewStateFromString(q.value(12).toString()).value_or(ReviewState::Unreviewed);
    d.evidence = q.value(13).toString();
    d.articleTitle = q.value(14).toString();
    d.articlePath = q.value(15).toString();
    d.articlePublished = sql::toDate(q.value(16));
    return d;
}

// Symmetric relations are remembered with their names in a canonical order.
std::pair<QString, QString> rejectionNames(RelationType type, QString source, QString target)
{
    if (isSymmetric(type) && target < source)
        std::swap(source, target);
    return {source, target};
}

// An edge's aggregate values, as the insert and the update both write them.
void bindEdgeValues(QSqlQuery &q, const EdgeValues &values)
{
    q.bindValue(QStringLiteral(":status"), toString(values.status));
    q.bindValue(QStringLiteral(":amount"), values.amount);
    q.bindValue(QStringLiteral(":currency"), values.currency);
    q.bindValue(QStringLiteral(":stake"), values.stake);
    q.bindValue(QStringLiteral(":role"), values.role);
    q.bindValue(QStringLiteral(":date"), values.date);
}

} // namespace

qint64 RelationStore::findOrCreate(RelationType type, qint64 sourceId, std::optional<qint64> targetId, bool *created)
{
    if (created)
        *created = false;
    if (isSymmetric(type) && targetId && *targetId < sourceId)
        std::swap(sourceId, *targetId);
    const auto found = findEdge(type, sourceId, targetId);
    if (!found)
        return 0;
    if (*found)
        return *found;
    EdgeValues values;
    values.status = Status::Rumoured; // until refreshAggregate() sees the claims
    const qint64 id = createEdge(type, sourceId, targetId, values);
    if (!id)
        return 0;
    // Kept with the edge so the company list can sort by it in SQL. One
    // statement per endpoint: "id = a OR id = b" made SQLite collect the rows
    // in a temporary b-tree first, the dearest step of storing a new edge.
    QSqlQuery &count =
        m_db.cached(QStringLiteral("UPDATE entities SET relation_count = relation_count + 1 WHERE id = :id"));
    const auto resetCount = qScopeGuard([&count] { count.finish(); });
    for (const qint64 endpoint : {sourceId, targetId.value_or(0)}) {
        if (!endpoint)
            continue;
        count.bindValue(QStringLiteral(":id"), endpoint);
        if (!m_db.exec(count))
            return 0;
        count.finish();
    }
    if (created)
        *created = true;
    return id;
}

std::optional<qint64> RelationStore::findEdge(RelationType type, qint64 sourceId, std::optional<qint64> targetId) const
{
    if (SqliteStatement *s = m_db.sqlite(QByteArrayLiteral(
            "SELECT id FROM relations WHERE type = ? AND source_id = ? AND COALESCE(target_id, 0) = ?"))) {
        const QString typeName = toString(type);
        s->bind(1, typeName);
        s->bind(2, sourceId);
        s->bind(3, targetId.value_or(0));
        const qint64 id = s->next() ? s->int64(0) : 0;
        const bool ok = s->ok();
        s->reset();
        if (!ok)
            return std::nullopt;
        return id;
    }
    QSqlQuery &find = m_db.cached(QStringLiteral(
        "SELECT id FROM relations WHERE type = :type AND source_id = :source AND COALESCE(target_id, 0) = :target"));
    const auto resetFind = qScopeGuard([&find] { find.finish(); });
    find.bindValue(QStringLiteral(":type"), toString(type));
    find.bindValue(QStringLiteral(":source"), sourceId);
    find.bindValue(QStringLiteral(":target"), targetId.value_or(0));
    if (!m_db.exec(find))
        return std::nullopt;
    return find.next() ? find.value(0).toLongLong() : 0;
}

qint64 RelationStore::createEdge(RelationType type, qint64 sourceId, std::optional<qint64> targetId,
                                 const EdgeValues &values)
{
    if (SqliteStatement *s = m_db.sqlite(
            QByteArrayLiteral("INSERT INTO relations (type, source_id, target_id, status, amount, currency, stake, role, "
                              "date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        const QString typeName = toString(type);
        const QString status = toString(values.status);
        s->bind(1, typeName);
        s->bind(2, sourceId);
        if (targetId)
            s->bind(3, *targetId);
        else
            s->bindNull(3);
        s->bind(4, status);
        s->bind(5, values.amount);
        s->bind(6, values.currency);
        s->bind(7, values.stake);
        s->bind(8, values.role);
        s->bind(9, values.date);
        return m_db.exec(*s) ? m_db.lastInsertRowId() : 0;
    }
    QSqlQuery &q = m_db.cached(u"INSERT INTO relations (type, source_id, target_id, status, amount, currency, stake, "
                               u"role, date) VALUES (:type, :source, :target, :status, :amount, :currency, :stake, "
                               u":role, :date)"
                               + m_db.dialect().returningId());
    const auto resetQ = qScopeGuard([&q] { q.finish(); });
    q.bindValue(QStringLiteral(":type"), toString(type));
    q.bindValue(QStringLiteral(":source"), sourceId);
    q.bindValue(QStringLiteral(":target"), sql::nullable(targetId));
    bindEdgeValues(q, values);
    return m_db.insert(q);
}

QList<qint64> RelationStore::createEdges(const QList<NewEdge> &edges)
{
    QList<qint64> ids;
    ids.reserve(edges.size());
    if (!m_db.hasSqliteStatements()) {
        for (const NewEdge &edge : edges) {
            const qint64 id = createEdge(edge.type, edge.sourceId, edge.targetId, edge.values);
            if (!id)
                return {};
            ids << id;
        }
        return ids;
    }
    // One statement per row paid the statement's set-up and the
    // AUTOINCREMENT sequence's update every time. The rows of one INSERT get
    // consecutive ids (each one more than the largest so far), so the last
    // id gives them all. OR FAIL: see addClaims().
    constexpr int kColumns = 9;
    static const char *const kHead = "INSERT OR FAIL INTO relations (type, source_id, target_id, status, amount, "
                                     "currency, stake, role, date) VALUES ";
    static const std::array<std::pair<int, QByteArray>, 3> statements = {
        {{16, sql::insertRows(kHead, kColumns, 16)},
         {4, sql::insertRows(kHead, kColumns, 4)},
         {1, sql::insertRows(kHead, kColumns, 1)}}};
    qsizetype next = 0;
    for (const auto &[rows, text] : statements) {
        while (edges.size() - next >= rows) {
            SqliteStatement *s = m_db.sqlite(text);
            if (!s)
                return {};
            for (int i = 0; i < rows; ++i) {
                const NewEdge &edge = edges.at(next + i);
                const int at = kColumns * i + 1;
                s->bind(at, toString(edge.type));
                s->bind(at + 1, edge.sourceId);
                if (edge.targetId)
                    s->bind(at + 2, *edge.targetId);
                else
                    s->bindNull(at + 2);
                s->bind(at + 3, toString(edge.values.status));
                s->bind(at + 4, edge.values.amount);
                s->bind(at + 5, edge.values.currency);
                s->bind(at + 6, edge.values.stake);
                s->bind(at + 7, edge.values.role);
                s->bind(at + 8, edge.values.date);
            }
            if (!m_db.exec(*s))
                return {};
            const qint64 last = m_db.lastInsertRowId();
            for (int i = rows - 1; i >= 0; --i)
                ids << last - i;
            next += rows;
        }
    }
    return ids;
}

bool RelationStore::addClaims(const QList<std::pair<Claim, QString>> &claims)
{
    constexpr int kColumns = 13;
    qsizetype next = 0;
    if (m_db.hasSqliteStatements()) {
        // OR FAIL: under the default ABORT, SQLite gives a statement that
        // writes several rows a statement journal (and, once the full-text
        // index is part of the transaction, a savepoint on it) so it can undo
        // the rows it wrote if one fails. Nobody needs that undo here: the
        // writer rolls its whole transaction back on any error
        // (ArticleWriter::storeOne, and the group with it).
        static const char *const kHead = "INSERT OR FAIL INTO claims (relation_id, article_id, evidence_start, "
                                         "evidence_end, evidence, status, amount, currency, stake, role, date, "
                                         "confidence, review) VALUES ";
        static const std::array<std::pair<int, QByteArray>, 3> statements = {
            {{16, sql::insertRows(kHead, kColumns, 16)},
             {4, sql::insertRows(kHead, kColumns, 4)},
             {1, sql::insertRows(kHead, kColumns, 1)}}};
        for (const auto &[rows, text] : statements) {
            while (claims.size() - next >= rows) {
                SqliteStatement *s = m_db.sqlite(text);
                if (!s)
                    return false;
                for (int i = 0; i < rows; ++i) {
                    const auto &[claim, evidence] = claims.at(next + i);
                    const int at = kColumns * i + 1;
                    s->bind(at, claim.relationId);
                    s->bind(at + 1, claim.articleId);
                    s->bind(at + 2, claim.evidenceStart);
                    s->bind(at + 3, claim.evidenceEnd);
                    s->bindNullable(at + 4, evidence);
                    s->bind(at + 5, toString(claim.status)); // bound text is copied
                    if (claim.amount) {
                        s->bind(at + 6, claim.amount->value);
                        s->bindNullable(at + 7, claim.amount->currency);
                    } else {
                        s->bindNull(at + 6);
                        s->bindNull(at + 7);
                    }
                    if (claim.stakePercent)
                        s->bind(at + 8, *claim.stakePercent);
                    else
                        s->bindNull(at + 8);
                    s->bindNullable(at + 9, claim.role);
                    s->bindNullable(at + 10, claim.date);
                    s->bind(at + 11, claim.confidence);
                    s->bind(at + 12, toString(claim.review));
                }
                if (!m_db.exec(*s))
                    return false;
                next += rows;
            }
        }
        return true;
    }
    for (const int rows : {16, 4, 1}) {
        while (claims.size() - next >= rows) {
            QSqlQuery &q = m_db.cached(QString::fromLatin1(sql::insertRows(
                "INSERT INTO claims (relation_id, article_id, evidence_start, evidence_end, evidence, status, amount, "
                "currency, stake, role, date, confidence, review) VALUES ",
                kColumns, rows)));
            const auto resetQ = qScopeGuard([&q] { q.finish(); });
            for (int i = 0; i < rows; ++i) {
                const auto &[claim, evidence] = claims.at(next + i);
                const int at = kColumns * i;
                // The values addClaim() binds, in its column order.
                q.bindValue(at, claim.relationId);
                q.bindValue(at + 1, claim.articleId);
                q.bindValue(at + 2, claim.evidenceStart);
                q.bindValue(at + 3, claim.evidenceEnd);
                q.bindValue(at + 4, sql::nullableText(evidence));
                q.bindValue(at + 5, toString(claim.status));
                q.bindValue(at + 6, claim.amount ? QVariant(claim.amount->value) : QVariant());
                q.bindValue(at + 7, claim.amount ? sql::nullableText(claim.amount->currency) : QVariant());
                q.bindValue(at + 8, sql::nullable(claim.stakePercent));
                q.bindValue(at + 9, sql::nullableText(claim.role));
                q.bindValue(at + 10, sql::nullableText(claim.date));
                q.bindValue(at + 11, claim.confidence);
                q.bindValue(at + 12, toString(claim.review));
            }
            if (!m_db.exec(q))
                return false;
            next += rows;
        }
    }
    return true;
}

qint64 RelationStore::addClaim(const Claim &claim, const QString &evidence)
{
    QSqlQuery &q = m_db.cached(
        u"INSERT INTO claims (relation_id, article_id, evidence_start, evidence_end, evidence, status, amount, "
        u"currency, stake, role, date, confidence, review) VALUES (:relation, :article, :start, :end, :evidence, "
        u":status, :amount, :currency, :stake, :role, :date, :confidence, :review)"
        + m_db.dialect().returningId());
    const auto resetQ = qScopeGuard([&q] { q.finish(); });
    q.bindValue(QStringLiteral(":relation"), claim.relationId);
    q.bindValue(QStringLiteral(":article"), claim.articleId);
    q.bindValue(QStringLiteral(":start"), claim.evidenceStart);
    q.bindValue(QStringLiteral(":end"), claim.evidenceEnd);
    q.bindValue(QStringLiteral(":evidence"), sql::nullableText(evidence));
    q.bindValue(QStringLiteral(":status"), toString(claim.status));
    q.bindValue(QStringLiteral(":amount"), claim.amount ? QVariant(claim.amount->value) : QVariant());
    q.bindValue(QStringLiteral(":currency"), claim.amount ? sql::nullableText(claim.amount->currency) : QVariant());
    q.bindValue(QStringLiteral(":stake"), sql::nullable(claim.stakePercent));
    q.bindValue(QStringLiteral(":role"), sql::nullableText(claim.role));
    q.bindValue(QStringLiteral(":date"), sql::nullableText(claim.date));
    q.bindValue(QStringLiteral(":confidence"), claim.confidence);
    q.bindValue(QStringLiteral(":review"), toString(claim.review));
    return m_db.insert(q);
}

void EdgeAggregate::Fold::add(Status claimStatus, const QVariant &claimAmount, const QVariant &claimCurrency,
                              const QVariant &claimStake, const QVariant &claimRole, const QVariant &claimDate,
                              const QByteArray &key)
{
    if (!any || statusRank(claimStatus) > statusRank(status))
        status = claimStatus;
    any = true;
    // Claims arrive in id order, so on equal keys the later claim is the newer one.
    const auto take = [&key](Attribute &attribute, const QVariant &value) {
        if (value.isNull() || (!attribute.value.isNull() && key < attribute.key))
            return false;
        attribute.value = value;
        attribute.key = key;
        return true;
    };
    if (take(amount, claimAmount))
        currency = claimCurrency;
    take(stake, claimStake);
    take(role, claimRole);
    take(date, claimDate);
}

EdgeValues EdgeAggregate::Fold::values() const
{
    return EdgeValues{status, amount.value, currency, stake.value, role.value, date.value};
}

void EdgeAggregate::add(Status status, const QVariant &amount, const QVariant &currency, const QVariant &stake,
                        const QVariant &role, const QVariant &date, const QByteArray &sortKey, bool rejected)
{
    m_all.add(status, amount, currency, stake, role, date, sortKey);
    if (!rejected)
        m_live.add(status, amount, currency, stake, role, date, sortKey);
}

EdgeValues EdgeAggregate::values() const
{
    // Rejected claims count only while nothing else supports the edge.
    return m_live.any ? m_live.values() : m_all.values();
}

bool RelationStore::loadAggregate(qint64 relationId, EdgeAggregate *aggregate) const
{
    if (SqliteStatement *s = m_db.sqlite(QByteArrayLiteral(
            "SELECT c.status, c.amount, c.currency, c.stake, c.role, c.date, c.review, "
            "COALESCE(c.date, a.published, '') FROM claims c "
            "JOIN articles a ON a.id = c.article_id WHERE c.relation_id = ? "
            "ORDER BY COALESCE(c.date, a.published, ''), c.id"))) {
        s->bind(1, relationId);
        while (s->next()) {
            aggregate->add(statusFromString(s->text(0)).value_or(Status::Completed), s->value(1), s->value(2),
                           s->value(3), s->value(4), s->value(5), s->text(7).toUtf8(), s->text(6) == u"rejected");
        }
        const bool ok = s->ok();
        s->reset();
        return ok;
    }
    // Oldest first, as EdgeAggregate folds: a claim's own date, else its
    // article's, then insertion order.
    QSqlQuery &q = m_db.cached(QStringLiteral(
        "SELECT c.status, c.amount, c.currency, c.stake, c.role, c.date, c.review, "
        "COALESCE(c.date, a.published, '') FROM claims c "
        "JOIN articles a ON a.id = c.article_id WHERE c.relation_id = :id "
        "ORDER BY COALESCE(c.date, a.published, ''), c.id"));
    const auto resetQ = qScopeGuard([&q] { q.finish(); });
    q.bindValue(QStringLiteral(":id"), relationId);
    if (!m_db.exec(q))
        return false;
    while (q.next()) {
        aggregate->add(statusFromString(q.value(0).toString()).value_or(Status::Completed), q.value(1), q.value(2),
                       q.value(3), q.value(4), q.value(5), q.value(7).toString().toUtf8(),
                       q.value(6).toString() == u"rejected");
    }
    return true;
}

bool RelationStore::writeAggregate(qint64 relationId, const EdgeValues &values)
{
    if (SqliteStatement *s = m_db.sqlite(QByteArrayLiteral(
            "UPDATE relations SET status = ?, amount = ?, currency = ?, stake = ?, role = ?, date = ? WHERE id = ?"))) {
        const QString status = toString(values.status);
        s->bind(1, status);
        s->bind(2, values.amount);
        s->bind(3, values.currency);
        s->bind(4, values.stake);
        s->bind(5, values.role);
        s->bind(6, values.date);
        s->bind(7, relationId);
        return m_db.exec(*s);
    }
    QSqlQuery &update = m_db.cached(QStringLiteral("UPDATE relations SET status = :status, amount = :amount, "
                                                   "currency = :currency, stake = :stake, role = :role, date = :date "
                                                   "WHERE id = :id"));
    const auto resetUpdate = qScopeGuard([&update] { update.finish(); });
    bindEdgeValues(update, values);
    update.bindValue(QStringLiteral(":id"), relationId);
    return m_db.exec(update);
}

bool RelationStore::refreshAggregate(qint64 relationId)
{
    EdgeAggregate aggregate;
    if (!loadAggregate(relationId, &aggregate))
        return false;
    if (aggregate.isEmpty()) {
        // The edge goes, so each endpoint counts one relation less (the
        // company list sorts by that column).
        if (!m_db.exec(QStringLiteral("UPDATE entities SET relation_count = relation_count - 1 WHERE id IN "
                                      "(SELECT source_id FROM relations WHERE id = :a "
                                      "UNION ALL SELECT target_id FROM relations WHERE id = :b)"),
                       {{":a", relationId}, {":b", relationId}}))
            return false;
        return m_db.exec(QStringLiteral("DELETE FROM relations WHERE id = :id"), {{":id", relationId}});
    }
    return writeAggregate(relationId, aggregate.values());
}

std::optional<Relation> RelationStore::relation(qint64 id) const
{
    QSqlQuery q = m_db.prepare(kRelationSelect + u"WHERE r.id = :id");
    q.bindValue(QStringLiteral(":id"), id);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    return relationFromRow(q);
}

QList<Relation> RelationStore::all() const
{
    QList<Relation> result;
    QSqlQuery q = m_db.prepare(kRelationSelect + u"ORDER BY r.id");
    if (m_db.exec(q)) {
        while (q.next())
            result << relationFromRow(q);
    }
    return result;
}

QList<RelationDetail> RelationStore::relationsOf(qint64 entityId) const
{
    QList<RelationDetail> result;
    // The two names are selected after the relation columns, at 12 and 13.
    QSqlQuery q = m_db.prepare(QString(kRelationSelect).replace(
                         QStringLiteral(" FROM relations r "),
                         QStringLiteral(", (SELECT name FROM entities WHERE id = r.source_id), "
                                        "(SELECT name FROM entities WHERE id = r.target_id) FROM relations r "))
                     + u"WHERE r.source_id = :e1 OR r.target_id = :e2 ORDER BY r.id");
    q.bindValue(QStringLiteral(":e1"), entityId);
    q.bindValue(QStringLiteral(":e2"), entityId);
    if (!m_db.exec(q))
        return result;
    while (q.next()) {
        RelationDetail d;
        d.relation = relationFromRow(q);
        d.sourceName = q.value(12).toString();
        d.targetName = q.value(13).toString();
        result << d;
    }
    q = QSqlQuery();
    for (RelationDetail &d : result)
        d.claims = claims(d.relation.id);
    return result;
}

QList<ClaimDetail> RelationStore::claimsWhere(const QString &condition, const QVariant &value) const
{
    QList<ClaimDetail> result;
    QSqlQuery q = m_db.prepare(kClaimSelect + condition + u" ORDER BY c.id");
    if (value.isValid())
        q.bindValue(QStringLiteral(":value"), value);
    if (m_db.exec(q)) {
        while (q.next())
            result << claimFromRow(q);
    }
    return result;
}

std::optional<Claim> RelationStore::claim(qint64 id) const
{
    const QList<ClaimDetail> found = claimsWhere(QStringLiteral("WHERE c.id = :value"), id);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst().claim;
}

QList<ClaimDetail> RelationStore::claims(qint64 relationId) const
{
    return claimsWhere(QStringLiteral("WHERE c.relation_id = :value"), relationId);
}

QList<ClaimDetail> RelationStore::allClaims() const { return claimsWhere(QString(), QVariant()); }

int RelationStore::count() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM relations"));
    return m_db.exec(q) && q.next() ? q.value(0).toInt() : 0;
}

int RelationStore::claimCount() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM claims"));
    return m_db.exec(q) && q.next() ? q.value(0).toInt() : 0;
}

bool RelationStore::confirmClaim(qint64 claimId) { return setReview(claimId, ReviewState::Confirmed); }

bool RelationStore::rejectClaim(qint64 claimId) { return setReview(claimId, ReviewState::Rejected); }

bool RelationStore::setReview(qint64 claimId, ReviewState state)
{
    Transaction tx(m_db);
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT a.sha256, r.type, s.normalized_name, COALESCE(t.normalized_name, ''), r.id FROM claims c "
        "JOIN articles a ON a.id = c.article_id JOIN relations r ON r.id = c.relation_id "
        "JOIN entities s ON s.id = r.source_id LEFT JOIN entities t ON t.id = r.target_id WHERE c.id = :id"));
    q.bindValue(QStringLiteral(":id"), claimId);
    if (!m_db.exec(q) || !q.next())
        return false;
    const QString sha = q.value(0).toString();
    const QString typeName = q.value(1).toString();
    const auto type = relationTypeFromString(typeName).value_or(RelationType::Acquired);
    const auto [source, target] = rejectionNames(type, q.value(2).toString(), q.value(3).toString());
    const qint64 relationId = q.value(4).toLongLong();
    q = QSqlQuery();

    if (!m_db.exec(QStringLiteral("UPDATE claims SET review = :review WHERE id = :id"),
                   {{":review", toString(state)}, {":id", claimId}}))
        return false;
    const bool remembered =
        state == ReviewState::Rejected
            ? m_db.exec(m_db.dialect().insertIgnorePrefix()
                            + u"rejected_claims (article_sha256, relation_type, source_name, target_name) "
                              u"VALUES (:sha, :type, :source, :target)"
                            + m_db.dialect().insertIgnoreSuffix(),
                        {{":sha", sha}, {":type", typeName}, {":source", source}, {":target", target}})
            : m_db.exec(QStringLiteral("DELETE FROM rejected_claims WHERE article_sha256 = :sha AND relation_type = "
                                       ":type AND source_name = :source AND target_name = :target"),
                        {{":sha", sha}, {":type", typeName}, {":source", source}, {":target", target}});
    if (!remembered || !refreshAggregate(relationId))
        return false;
    return tx.commit();
}

bool RelationStore::editClaim(const Claim &claim)
{
    const auto previous = this->claim(claim.id);
    if (!previous)
        return false;
    Transaction tx(m_db);
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE claims SET status = :status, amount = :amount, currency = "
                                              ":currency, stake = :stake, role = :role, date = :date WHERE id = :id"));
    q.bindValue(QStringLiteral(":status"), toString(claim.status));
    q.bindValue(QStringLiteral(":amount"), claim.amount ? QVariant(claim.amount->value) : QVariant());
    q.bindValue(QStringLiteral(":currency"), claim.amount ? sql::nullableText(claim.amount->currency) : QVariant());
    q.bindValue(QStringLiteral(":stake"), sql::nullable(claim.stakePercent));
    q.bindValue(QStringLiteral(":role"), sql::nullableText(claim.role));
    q.bindValue(QStringLiteral(":date"), sql::nullableText(claim.date));
    q.bindValue(QStringLiteral(":id"), claim.id);
    if (!m_db.exec(q))
        return false;
    q = QSqlQuery();
    if (claim.review != previous->review) {
        if (!setReview(claim.id, claim.review))
            return false;
    } else if (!refreshAggregate(previous->relationId)) {
        return false;
    }
    return tx.commit();
}

QString RelationStore::rejectionKey(RelationType type, const QString &sourceNormalized,
                                    const QString &targetNormalized)
{
    const auto [source, target] = rejectionNames(type, sourceNormalized, targetNormalized);
    return toString(type) + u'\x1f' + source + u'\x1f' + target;
}

std::optional<QSet<QString>> RelationStore::rejectionsOf(const QByteArray &articleSha256) const
{
    if (SqliteStatement *s = m_db.sqlite(QByteArrayLiteral(
            "SELECT relation_type, source_name, target_name FROM rejected_claims WHERE article_sha256 = ?"))) {
        const QString sha = QString::fromLatin1(articleSha256);
        s->bind(1, sha);
        QSet<QString> keys;
        while (s->next())
            keys.insert(s->text(0) + u'\x1f' + s->text(1) + u'\x1f' + s->text(2));
        const bool ok = s->ok();
        s->reset();
        if (!ok)
            return std::nullopt;
        return keys;
    }
    QSqlQuery &q = m_db.cached(QStringLiteral(
        "SELECT relation_type, source_name, target_name FROM rejected_claims WHERE article_sha256 = :sha"));
    const auto resetQ = qScopeGuard([&q] { q.finish(); });
    q.bindValue(QStringLiteral(":sha"), QString::fromLatin1(articleSha256));
    if (!m_db.exec(q))
        return std::nullopt;
    QSet<QString> keys;
    // Stored in canonical order already (setReview), so the key is the row.
    while (q.next())
        keys.insert(q.value(0).toString() + u'\x1f' + q.value(1).toString() + u'\x1f' + q.value(2).toString());
    return keys;
}

bool RelationStore::isRejected(const QByteArray &articleSha256, RelationType type, const QString &sourceNormalized,
                               const QString &targetNormalized) const
{
    const auto [source, target] = rejectionNames(type, sourceNormalized, targetNormalized);
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT 1 FROM rejected_claims WHERE article_sha256 = :sha AND "
                                              "relation_type = :type AND source_name = :source AND target_name = :target"));
    const auto resetQ = qScopeGuard([&q] { q.finish(); });
    q.bindValue(QStringLiteral(":sha"), QString::fromLatin1(articleSha256));
    q.bindValue(QStringLiteral(":type"), toString(type));
    q.bindValue(QStringLiteral(":source"), source);
    q.bindValue(QStringLiteral(":target"), target);
    return m_db.exec(q) && q.next();
}

} // namespace liaison
