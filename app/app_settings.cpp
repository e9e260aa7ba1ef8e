#include "app_settings.h"

#include "lint_profiles.h"

#include <QSettings>
#include <QUrl>

namespace Specwright {

namespace {
// QSettings keys, shared by everybody who reads the preferences.
const QString themeName = QStringLiteral("appearance/theme");
const QString fontFamilyName = QStringLiteral("editor/fontFamily");
const QString fontSizeName = QStringLiteral("editor/fontSize");
const QString lintProfileName = QStringLiteral("lint/profile");
const QString llmBaseUrlName = QStringLiteral("llm/baseUrl");
const QString llmModelName = QStringLiteral("llm/model");
const QString workspaceName = QStringLiteral("session/workspace");
const QString fileName = QStringLiteral("session/file");
const QString cursorName = QStringLiteral("session/cursor");
const QString splitterName = QStringLiteral("session/splitter");
const QString geometryName = QStringLiteral("window/geometry");
const QString windowStateName = QStringLiteral("window/state");
const QString wordWrapName = QStringLiteral("editor/wordWrap");
const QString zoomName = QStringLiteral("editor/zoom");
const QString layoutModeName = QStringLiteral("view/layoutMode");
// Eval and endpoint policy (issues 14, 15).
const QString graderBaseUrlName = QStringLiteral("eval/grader/baseUrl");
const QString graderModelName = QStringLiteral("eval/grader/model");
const QString allowInsecureHttpName = QStringLiteral("llm/allowInsecureHttp");
} // namespace

QString AppSettings::themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::FollowSystem:
        break;
    }
    return QStringLiteral("system");
}

AppSettings::Theme AppSettings::themeFromKey(const QString &key)
{
    if (key == u"light")
        return Theme::Light;
    if (key == u"dark")
        return Theme::Dark;
    return Theme::FollowSystem;
}

QStringList AppSettings::lintProfiles()
{
    return lintProfileNameList();
}

QString AppSettings::checkBaseUrl(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (url.trimmed().isEmpty())
        return tr("Enter the base URL of an OpenAI-compatible API, e.g. http://127.0.0.1:8080/v1.");
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        (parsed.scheme() != u"http" && parsed.scheme() != u"https"))
        return tr("\"%1\" is not an http:// or https:// URL.").arg(url.trimmed());
    return {};
}

AppSettings AppSettings::load(const QSettings &settings)
{
    AppSettings s;
    s.theme = themeFromKey(settings.value(themeName).toString());
    s.editorFontFamily = settings.value(fontFamilyName, s.editorFontFamily).toString();
    const int size = settings.value(fontSizeName, s.editorFontSize).toInt();
    if (size >= 6 && size <= 72)
        s.editorFontSize = size;
    const QString profile = settings.value(lintProfileName).toString();
    if (lintProfiles().contains(profile))
        s.lintProfile = profile;
    s.llmBaseUrl = settings.value(llmBaseUrlName, s.llmBaseUrl).toString();
    s.llmModel = settings.value(llmModelName, s.llmModel).toString();
    s.graderBaseUrl = settings.value(graderBaseUrlName).toString();
    s.graderModel = settings.value(graderModelName).toString();
    s.allowInsecureHttp = settings.value(allowInsecureHttpName, false).toBool();
    return s;
}

AppSettings AppSettings::load()
{
    return load(QSettings());
}

void AppSettings::save(QSettings &settings) const
{
    settings.setValue(themeName, themeKey(theme));
    settings.setValue(fontFamilyName, editorFontFamily);
    settings.setValue(fontSizeName, editorFontSize);
    settings.setValue(lintProfileName, lintProfile);
    settings.setValue(llmBaseUrlName, llmBaseUrl.trimmed());
    settings.setValue(llmModelName, llmModel.trimmed());
    settings.setValue(graderBaseUrlName, graderBaseUrl.trimmed());
    settings.setValue(graderModelName, graderModel.trimmed());
    settings.setValue(allowInsecureHttpName, allowInsecureHttp);
}

void AppSettings::save() const
{
    QSettings settings;
    save(settings);
    settings.sync();
}

AppSettings::Session AppSettings::loadSession()
{
    const QSettings s;
    Session session;
    session.workspace = s.value(workspaceName).toString();
    session.file = s.value(fileName).toString();
    session.cursor = s.value(cursorName).toInt();
    session.splitter = s.value(splitterName).toByteArray();
    session.geometry = s.value(geometryName).toByteArray();
    session.windowState = s.value(windowStateName).toByteArray();
    session.wordWrap = s.value(wordWrapName, session.wordWrap).toBool();
    session.zoom = s.value(zoomName, session.zoom).toInt();
    return session;
}

void AppSettings::saveSession(const Session &session)
{
    QSettings s;
    s.setValue(fileName, session.file);
    s.setValue(cursorName, session.cursor);
    s.setValue(splitterName, session.splitter);
    s.setValue(geometryName, session.geometry);
    s.setValue(windowStateName, session.windowState);
    s.setValue(wordWrapName, session.wordWrap);
    s.setValue(zoomName, session.zoom);
}

void AppSettings::saveSessionWorkspace(const QString &folder)
{
    QSettings().setValue(workspaceName, folder);
}

int AppSettings::layoutMode(int fallback)
{
    return QSettings().value(layoutModeName, fallback).toInt();
}

void AppSettings::saveLayoutMode(int mode)
{
    QSettings().setValue(layoutModeName, mode);
}

} // namespace Specwright
