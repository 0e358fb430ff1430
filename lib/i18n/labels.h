#pragma once

#include "model/relation.h"
#include "model/vocabulary.h"

#include <QDate>
#include <QString>

namespace liaison {

// Translated, user-facing words for the model's vocabularies, in one place so
// every view says the same thing.
namespace labels {

QString entityType(EntityType type);
QString entityTypePlural(EntityType type);
QString status(Status status);
QString review(ReviewState state);
QString amount(const Amount &amount);
// "2025", "June 2025" or a localized date, from an ISO date of any precision.
QString isoDate(const QString &iso);
QString date(const QDate &date);
// Folds text for accent- and case-insensitive matching: "Société" -> "societe".
QString fold(const QString &text);

} // namespace labels
} // namespace liaison
