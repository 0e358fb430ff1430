#pragma once

#include "model/relation.h"

#include <QList>
#include <QStringView>

namespace liaison {

// A sum of money found in text: "$1.2bn", "1,5 milliard d'euros", "2 Md€".
struct MoneyMention {
    int start = 0; // UTF-16 offsets into the scanned text (plus the caller's offset)
    int end = 0;
    Amount amount;
};

// A percentage found in text: "49 %", "49%", "49 percent", "11 pour cent".
struct PercentMention {
    int start = 0;
    int end = 0;
    double value = 0;
};

// Parses amounts and percentages in both French and English conventions. The
// language decides the ambiguous cases ("1,500" is 1500 in English and 1.5 in
// French; "billion" is 1e9 in English and 1e12 in French).
class Quantities
{
public:
    static QList<MoneyMention> findAmounts(QStringView text, QStringView language, int offset = 0);
    static QList<PercentMention> findPercents(QStringView text, QStringView language, int offset = 0);
    // The first index from `from` where a digit may be: an ASCII digit or any
    // unit outside ASCII (where QChar::isDigit decides); text.size() if none.
    // What the scans here and the date finder use to pass over plain text.
    static qsizetype nextDigitCandidate(QStringView text, qsizetype from);
};

} // namespace liaison
