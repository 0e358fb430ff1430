#pragma once

#include "vocabulary.h"

#include <QDate>
#include <QString>

#include <optional>

namespace liaison {

struct Amount {
    double value = 0; // in units: 1.5e9 for "1,5 milliard"
    QString currency; // ISO 4217: "USD", "EUR"
    friend bool operator==(const Amount &, const Amount &) = default;
};

// One edge of the graph: a (type, source, target) triple. Its claims are the
// evidence; the edge carries the most advanced status and latest attributes.
struct Relation {
    qint64 id = 0;
    RelationType type = RelationType::Acquired;
    qint64 sourceId = 0;
    std::optional<qint64> targetId; // none for raised
    Status status = Status::Completed;
    std::optional<Amount> amount;
    std::optional<double> stakePercent;
    QString role;
    QString date; // ISO 8601, as precise as known: "2025", "2025-06", "2025-06-12"
    int claimCount = 0;
    int articleCount = 0;
};

// What one article says of one relation, with the sentence that says it.
struct Claim {
    qint64 id = 0;
    qint64 relationId = 0;
    qint64 articleId = 0;
    int evidenceStart = 0; // UTF-16 indices into the article text
    int evidenceEnd = 0;
    Status status = Status::Completed;
    std::optional<Amount> amount;
    std::optional<double> stakePercent;
    QString role;
    QString date;
    double confidence = 0;
    ReviewState review = ReviewState::Unreviewed;
};

// Where an article names an entity.
struct Mention {
    qint64 id = 0;
    qint64 entityId = 0;
    qint64 articleId = 0;
    int start = 0; // UTF-16 indices into the article text
    int end = 0;
};

} // namespace liaison
