#pragma once

// Conversions between model values and SQL values shared by the stores
// (internal to lib/storage).

#include "model/relation.h"

#include <QDate>
#include <QDateTime>
#include <QVariant>

#include <optional>

namespace liaison::sql {

template<typename T>
QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

inline QVariant nullableText(const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); }

inline QVariant date(const QDate &date) { return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(); }

inline QDate toDate(const QVariant &value) { return QDate::fromString(value.toString(), Qt::ISODate); }

inline QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

inline std::optional<double> toOptionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

inline std::optional<Amount> toAmount(const QVariant &value, const QVariant &currency)
{
    if (value.isNull())
        return std::nullopt;
    return Amount{value.toDouble(), currency.toString()};
}

} // namespace liaison::sql
