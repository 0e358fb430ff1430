#pragma once

#include "model/relation.h"

#include <QLocale>
#include <QString>

namespace liaison {

// A deal amount the way the locale's press writes it, short: "1,5 Md€",
// "250 M$", "40 000 €" in French; "€1.5bn", "$250m", "€40,000" in English.
// Currencies without a symbol keep their code ("1,2 Md CHF", "CHF 1.2bn").
// French-language locales get the French style, every other the English one;
// digits and separators always come from the locale itself.
QString formatAmount(const Amount &amount, const QLocale &locale);

} // namespace liaison
