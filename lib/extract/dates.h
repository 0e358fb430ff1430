#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace liaison {

// A date found in text, as precise as the text allows: "2025-05-12",
// "2025-05" or "2025".
struct DateMention {
    int start = 0; // UTF-16 offsets into the scanned text (plus the caller's offset)
    int end = 0;
    QString iso;
};

// Parses dates written the French or English way ("12 mai 2025", "en mai
// 2025", "June 12, 2025", "in June", "last May", "2019"), resolving a month
// without a year against the article's publication date when it is known.
class Dates
{
public:
    static QList<DateMention> find(QStringView text, QStringView language, const QDate &published, int offset = 0);
};

} // namespace liaison
