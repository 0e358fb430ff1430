#pragma once

// Conversions between model values and SQL values shared by the stores
// (internal to lib/storage).

#include "model/relation.h"

#include <QByteArray>
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

// What QDateTime::toString(Qt::ISODateWithMs) gives for the time in UTC
// ("2026-11-27T21:00:57.123Z"), written digit by digit for a UTC time of
// years 0-9999: Qt's own formatting took 12,000 instructions a call, twice
// per article on the import writer.
inline QString timestamp(const QDateTime &time)
{
    if (time.timeSpec() != Qt::UTC)
        return time.toUTC().toString(Qt::ISODateWithMs);
    const QDate d = time.date();
    const QTime t = time.time();
    if (!d.isValid() || !t.isValid() || d.year() < 0 || d.year() > 9999)
        return time.toString(Qt::ISODateWithMs);
    QString text(24, Qt::Uninitialized);
    QChar *out = text.data();
    const auto put = [&out](int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            out[i] = QChar(u'0' + value % 10);
        out += digits;
    };
    const auto sep = [&out](char16_t c) { *out++ = QChar(c); };
    put(d.year(), 4);
    sep(u'-');
    put(d.month(), 2);
    sep(u'-');
    put(d.day(), 2);
    sep(u'T');
    put(t.hour(), 2);
    sep(u':');
    put(t.minute(), 2);
    sep(u':');
    put(t.second(), 2);
    sep(u'.');
    put(t.msec(), 3);
    sep(u'Z');
    return text;
}

// `head` ("INSERT ... VALUES ") and `rows` groups of `columns` placeholders:
// the writer's multi-row INSERTs.
inline QByteArray insertRows(const char *head, int columns, int rows)
{
    QByteArray group("(?");
    for (int c = 1; c < columns; ++c)
        group += ", ?";
    group += ')';
    QByteArray text(head);
    for (int r = 0; r < rows; ++r) {
        if (r)
            text += ", ";
        text += group;
    }
    return text;
}

inline QString now()
{
    return timestamp(QDateTime::currentDateTimeUtc());
}

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
