#pragma once

#include "relation.h"
#include "vocabulary.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace liaison {

// A span of text, [start, end), in UTF-16 indices (QString positions) throughout
// lib/; converted to code points only where a contract asks for them (extract --json).
struct Span {
    int start = 0;
    int end = 0;
    friend bool operator==(const Span &, const Span &) = default;
};

// An entity as one article names it, its mentions merged by coreference.
struct ExtractedEntity {
    QString name; // the fullest form
    EntityType type = EntityType::Company;
    QStringList aliases;
    QList<Span> mentions;
};

// A relation one article states; source/target index into Extraction::entities.
struct ExtractedRelation {
    RelationType type = RelationType::Acquired;
    int source = -1;
    int target = -1; // -1 for raised
    Status status = Status::Completed;
    std::optional<Amount> amount;
    std::optional<double> stakePercent;
    QString role;
    QString date;
    Span evidence;
    double confidence = 0;
};

// What the extractor reads from one article. A pure function of the text and
// the lexicons.
struct Extraction {
    QString language; // "fr" or "en"
    QList<ExtractedEntity> entities;
    QList<ExtractedRelation> relations;
};

} // namespace liaison
