#include "amountformat.h"

#include <cmath>

namespace liaison {

namespace {

QString currencySymbol(const QString &code)
{
    if (code == u"EUR")
        return QStringLiteral("€");
    if (code == u"USD")
        return QStringLiteral("$");
    if (code == u"GBP")
        return QStringLiteral("£");
    return {};
}

// Up to three significant digits, without trailing zeros: 1.5, 12.3, 250.
QString shortNumber(double value, const QLocale &locale)
{
    const int decimals = value >= 100 ? 0 : value >= 10 ? 1 : 2;
    QString text = locale.toString(value, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (decimals > 0 && text.contains(point)) {
        while (text.endsWith(locale.zeroDigit()))
            text.chop(locale.zeroDigit().size());
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

} // namespace

QString formatAmount(const Amount &amount, const QLocale &locale)
{
    const bool french = locale.language() == QLocale::French;
    // French typography puts a no-break space between a number and its unit.
    const QChar nbsp(0x00A0);
    const double magnitude = std::abs(amount.value);
    const QString sign = amount.value < 0 ? locale.negativeSign() : QString();

    QString number;
    QString scale;
    if (magnitude >= 999.5e6) { // not "1 000 M€"
        number = shortNumber(magnitude / 1e9, locale);
        scale = french ? QStringLiteral("Md") : QStringLiteral("bn");
    } else if (magnitude >= 1e6) {
        number = shortNumber(magnitude / 1e6, locale);
        scale = french ? QStringLiteral("M") : QStringLiteral("m");
    } else {
        number = locale.toString(std::round(magnitude), 'f', 0);
    }

    const QString symbol = currencySymbol(amount.currency);
    if (french) {
        // "1,5 Md€", "40 000 €", "1,5 Md CHF", "1,5 Md".
        QString unit = scale;
        if (!symbol.isEmpty())
            unit += symbol;
        else if (!amount.currency.isEmpty())
            unit += (scale.isEmpty() ? QString() : QString(nbsp)) + amount.currency;
        if (unit.isEmpty())
            return sign + number;
        return sign + number + nbsp + unit;
    }
    // "€1.5bn", "$40,000", "CHF 1.5bn", "1.5bn".
    const QString value = number + scale;
    if (!symbol.isEmpty())
        return sign + symbol + value;
    if (!amount.currency.isEmpty())
        return amount.currency + nbsp + sign + value;
    return sign + value;
}

} // namespace liaison
