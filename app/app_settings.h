// The user's preferences, stored with QSettings (the LLM API key is deliberately not one of
// them: it comes from the environment, never from a settings file).
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QSettings;

namespace Specwright {

class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
public:
    enum class Theme
    {
        FollowSystem,
        Light,
        Dark
    };

    Theme theme = Theme::FollowSystem;
    QString editorFontFamily; // empty: the system's fixed-width font
    int editorFontSize = 11;
    QString lintProfile; // empty: detected per file; else rfc, model-spec, spec-kit or ears
    QString llmBaseUrl = QStringLiteral("http://127.0.0.1:8080/v1");
    QString llmModel;
    // --- Eval and endpoint policy (issues 14, 15): keys eval/grader/baseUrl, eval/grader/model
    // and llm/allowInsecureHttp, read by LlmSettings::forUser too (the one place the generators,
    // the eval target and the grader take their endpoints from) ---
    QString graderBaseUrl; // empty: the endpoint above
    QString graderModel;   // empty: the model above
    bool allowInsecureHttp = false;

    static AppSettings load(const QSettings &settings);
    static AppSettings load(); // from the application's default QSettings
    void save(QSettings &settings) const;
    void save() const;

    static QString themeKey(Theme theme);
    static Theme themeFromKey(const QString &key);
    static QStringList lintProfiles(); // the names lintProfile may hold, after the empty one

    // Checks the LLM endpoint; empty when it is usable, else a message for the user.
    static QString checkBaseUrl(const QString &url);

    // What the window remembers between runs (not edited in the settings dialog).
    struct Session
    {
        QString workspace; // folder last opened
        QString file;      // spec shown at exit
        int cursor = 0;
        QByteArray splitter;
        QByteArray geometry;
        QByteArray windowState;
        bool wordWrap = true;
        int zoom = 0;
    };
    static Session loadSession();
    static void saveSession(const Session &session); // all but the workspace
    static void saveSessionWorkspace(const QString &folder);
    // The editor / preview layout (EditorPreviewSplit::Mode), saved as soon as it changes.
    static int layoutMode(int fallback);
    static void saveLayoutMode(int mode);

    friend bool operator==(const AppSettings &, const AppSettings &) = default;
};

} // namespace Specwright
