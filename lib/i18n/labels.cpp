#include "labels.h"

#include "i18n/amountformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace liaison::labels {

QString entityType(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QCoreApplication::translate("Labels", "Person");
    case EntityType::Company:
        return QCoreApplication::translate("Labels", "Company");
    case EntityType::Product:
        return QCoreApplication::translate("Labels", "Product");
    case EntityType::Organization:
        return QCoreApplication::translate("Labels", "Organization");
    }
    return {};
}

QString entityTypePlural(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QCoreApplication::translate("Labels", "People");
    case EntityType::Company:
        return QCoreApplication::translate("Labels", "Companies");
    case EntityType::Product:
        return QCoreApplication::translate("Labels", "Products");
    case EntityType::Organization:
        return QCoreApplication::translate("Labels", "Organizations");
    }
    return {};
}

QString status(Status status)
{
    switch (status) {
    case Status::Rumoured:
        return QCoreApplication::translate("Labels", "rumoured");
    case Status::Talks:
        return QCoreApplication::translate("Labels", "in talks");
    case Status::Expected:
        return QCoreApplication::translate("Labels", "expected");
    case Status::Announced:
        return QCoreApplication::translate("Labels", "announced");
    case Status::Completed:
        return QCoreApplication::translate("Labels", "completed");
    case Status::Failed:
        return QCoreApplication::translate("Labels", "failed");
    case Status::Denied:
        return QCoreApplication::translate("Labels", "denied");
    }
    return {};
}

QString review(ReviewState state)
{
    switch (state) {
    case ReviewState::Unreviewed:
        return QCoreApplication::translate("Labels", "not reviewed");
    case ReviewState::Confirmed:
        return QCoreApplication::translate("Labels", "confirmed");
    case ReviewState::Rejected:
        return QCoreApplication::translate("Labels", "rejected");
    }
    return {};
}

QString amount(const Amount &amount)
{
    // "1,5 Md€" / "€1.5bn": lib/i18n, shared with whatever else shows amounts.
    return formatAmount(amount, QLocale());
}

QString isoDate(const QString &iso)
{
    const QLocale locale;
    if (iso.size() == 4)
        return iso;
    if (iso.size() == 7) {
        const QDate d = QDate::fromString(iso + QStringLiteral("-01"), Qt::ISODate);
        return d.isValid() ? locale.toString(d, QStringLiteral("MMMM yyyy")) : iso;
    }
    const QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
    return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : iso;
}

QString date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        out += c.toCaseFolded();
    }
    return out;
}

} // namespace liaison::labels
