#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace liaison {

namespace {

struct Installed {
    std::unique_ptr<QTranslator> qt;
    std::unique_ptr<QTranslator> ours;
};

Installed &installed()
{
    static Installed translators;
    return translators;
}

} // namespace

QStringList availableLanguages() { return {QStringLiteral("en"), QStringLiteral("fr")}; }

QString installTranslators(const QString &language)
{
    QString code = language;
    if (code.isEmpty()) {
        const QString system = QLocale::system().name().section(u'_', 0, 0);
        code = availableLanguages().contains(system) ? system : QStringLiteral("en");
    }
    auto &current = installed();
    for (auto *t : {current.qt.get(), current.ours.get()}) {
        if (t)
            QCoreApplication::removeTranslator(t);
    }
    current.qt = std::make_unique<QTranslator>();
    current.ours = std::make_unique<QTranslator>();
    if (current.qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(current.qt.get());
    if (current.ours->load(QStringLiteral(":/i18n/liaison_") + code))
        QCoreApplication::installTranslator(current.ours.get());
    QLocale::setDefault(QLocale(code));
    return code;
}

} // namespace liaison
