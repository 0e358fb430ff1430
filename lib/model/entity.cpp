#include "entity.h"

#include <QSet>

namespace liaison {

namespace {

const QSet<QString> &affixWords()
{
    static const QSet<QString> words{
        QStringLiteral("inc"),  QStringLiteral("corp"),  QStringLiteral("corporation"), QStringLiteral("ltd"),
        QStringLiteral("llc"),  QStringLiteral("plc"),   QStringLiteral("sa"),          QStringLiteral("sas"),
        QStringLiteral("gmbh"), QStringLiteral("ag"),    QStringLiteral("co"),          QStringLiteral("company"),
        QStringLiteral("group"), QStringLiteral("groupe"), QStringLiteral("the"),       QStringLiteral("le"),
        QStringLiteral("la"),   QStringLiteral("les")};
    return words;
}

} // namespace

QString normalizeName(QStringView name)
{
    const QString decomposed = name.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        folded += c.isLetterOrNumber() ? c : QChar(u' ');
    }
    folded = folded.toCaseFolded();
    QStringList words = folded.split(u' ', Qt::SkipEmptyParts);
    const auto &affixes = affixWords();
    while (!words.isEmpty() && affixes.contains(words.last()))
        words.removeLast();
    while (!words.isEmpty() && affixes.contains(words.first()))
        words.removeFirst();
    return words.join(u' ');
}

} // namespace liaison
