#pragma once

#include "vocabulary.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace liaison {

// A real-world thing the articles name: a person, company, product or organization.
struct Entity {
    qint64 id = 0;
    EntityType type = EntityType::Company;
    QString name;           // display name
    QString normalizedName; // see normalizeName()
    QStringList aliases;
    QString notes;
    QVariantMap attributes; // country, website, founded year… edited by the user
};

// Folds a name for matching: NFKD, accents dropped, case folded, punctuation to
// spaces, corporate suffixes and leading articles removed ("Mistral AI SAS" and
// "mistral ai" fold alike). Used for entity resolution at store time.
QString normalizeName(QStringView name);

} // namespace liaison
