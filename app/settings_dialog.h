// Preferences: theme, editor font, lint profile and the LLM endpoint with presets. The API key
// goes to the desktop secret store (ApiKeyStore), never into the settings file.
#pragma once

#include "app_settings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Specwright {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // The values shown in the dialog (not necessarily saved yet).
    AppSettings current() const;
    void setValues(const AppSettings &settings);

    void accept() override;

Q_SIGNALS:
    // Emitted after OK or Apply stored changed settings.
    void settingsChanged(const Specwright::AppSettings &settings);

private:
    bool store();
    void validate();
    // Endpoint presets (issue 14): choosing one fills the endpoint; editing it shows the match.
    void applyPreset(int index);
    void showMatchingPreset();
    void updateKeyState();

    QComboBox *m_theme = nullptr;
    QFontComboBox *m_font = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QComboBox *m_lintProfile = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_model = nullptr;
    QLabel *m_urlProblem = nullptr;
    // Eval grader and endpoint policy (issues 14, 15).
    QLineEdit *m_graderBaseUrl = nullptr;
    QLineEdit *m_graderModel = nullptr;
    QCheckBox *m_allowInsecureHttp = nullptr;
    // Presets and the API key in the desktop secret store (issue 14).
    QComboBox *m_preset = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QPushButton *m_forgetKey = nullptr;
    QLabel *m_keyState = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Specwright
