#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace liaison {

// The charts Liaison draws, shared by the GUI's Charts tab and `liaison-cli chart`.
enum class ChartKind { RelationsByType, DealsOverTime, MostConnected, MoneyByQuarter, TalentFlow };

QList<ChartKind> allChartKinds();
// Stable id used on the command line and in settings, e.g. "deals-over-time".
QString chartKindId(ChartKind kind);
std::optional<ChartKind> chartKindFromId(QStringView id);
// Translated title and one-sentence description, for menus and --help.
QString chartKindTitle(ChartKind kind);
QString chartKindDescription(ChartKind kind);

} // namespace liaison
