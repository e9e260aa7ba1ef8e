#include "translation_loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>
#include <memory>

namespace Specwright {

namespace {

// Owned here (not by the application) so that a second install() can remove them again.
std::unique_ptr<QTranslator> &ownTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

void replace(std::unique_ptr<QTranslator> &slot, std::unique_ptr<QTranslator> next)
{
    if (slot)
        QCoreApplication::removeTranslator(slot.get());
    slot = std::move(next);
    if (slot)
        QCoreApplication::installTranslator(slot.get());
}

} // namespace

QString TranslationLoader::installedTranslationsPath()
{
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../share/specwright/translations"));
}

bool TranslationLoader::install(QCoreApplication &app, const QLocale &locale)
{
    Q_UNUSED(app) // the translators are process-wide; the parameter documents the order
    auto qt = std::make_unique<QTranslator>();
    const bool haveQt = qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    replace(qtTranslator(), haveQt ? std::move(qt) : nullptr);

    auto own = std::make_unique<QTranslator>();
    const bool haveOwn = own->load(locale, QStringLiteral("specwright"), QStringLiteral("_"),
                                   QStringLiteral(":/i18n")) ||
                         own->load(locale, QStringLiteral("specwright"), QStringLiteral("_"),
                                   installedTranslationsPath());
    replace(ownTranslator(), haveOwn ? std::move(own) : nullptr);
    return haveOwn;
}

} // namespace Specwright
