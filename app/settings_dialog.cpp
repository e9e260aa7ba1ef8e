#include "settings_dialog.h"

#include "api_key_store.h"
#include "button_mnemonics.h"
#include "lint_profiles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace Specwright {

namespace {
QString profileTitle(LintProfile profile)
{
    switch (profile) {
    case LintProfile::Rfc:
        return SettingsDialog::tr("RFC 2119 keywords");
    case LintProfile::ModelSpec:
        return SettingsDialog::tr("Model Spec");
    case LintProfile::SpecKit:
        return SettingsDialog::tr("Spec Kit");
    case LintProfile::Ears:
        return SettingsDialog::tr("EARS requirements");
    }
    return {};
}

// Where the common OpenAI-compatible servers listen by default, and a model to start from.
struct EndpointPreset
{
    const char *title;
    const char *url;
    const char *model;
};
constexpr EndpointPreset endpointPresets[] = {
    {QT_TRANSLATE_NOOP("Specwright::SettingsDialog", "Ollama"), "http://127.0.0.1:11434/v1",
     "qwen2.5:7b"},
    {QT_TRANSLATE_NOOP("Specwright::SettingsDialog", "llama.cpp server"),
     "http://127.0.0.1:8080/v1", "local"},
    {QT_TRANSLATE_NOOP("Specwright::SettingsDialog", "vLLM"), "http://127.0.0.1:8000/v1", ""},
    {QT_TRANSLATE_NOOP("Specwright::SettingsDialog", "OpenAI"), "https://api.openai.com/v1",
     "gpt-4o-mini"},
};
} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    m_theme = new QComboBox;
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Follow the system"),
                     QVariant::fromValue(int(AppSettings::Theme::FollowSystem)));
    m_theme->addItem(tr("Light"), QVariant::fromValue(int(AppSettings::Theme::Light)));
    m_theme->addItem(tr("Dark"), QVariant::fromValue(int(AppSettings::Theme::Dark)));

    m_font = new QFontComboBox;
    m_font->setObjectName(QStringLiteral("editorFont"));
    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_fontSize = new QSpinBox;
    m_fontSize->setObjectName(QStringLiteral("editorFontSize"));
    m_fontSize->setRange(6, 72);
    m_fontSize->setSuffix(tr(" pt"));

    m_lintProfile = new QComboBox;
    m_lintProfile->setObjectName(QStringLiteral("lintProfile"));
    m_lintProfile->addItem(tr("Detect from each file"), QString());
    for (const LintProfileName &p : lintProfileNames)
        m_lintProfile->addItem(profileTitle(p.profile), QLatin1String(p.name));

    m_baseUrl = new QLineEdit;
    m_baseUrl->setObjectName(QStringLiteral("llmBaseUrl"));
    m_baseUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080/v1"));
    m_model = new QLineEdit;
    m_model->setObjectName(QStringLiteral("llmModel"));
    m_model->setPlaceholderText(tr("model name, e.g. gpt-4o-mini"));
    m_urlProblem = new QLabel;
    m_urlProblem->setObjectName(QStringLiteral("urlProblem"));
    m_urlProblem->setWordWrap(true);
    m_urlProblem->setForegroundRole(QPalette::Highlight);
    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("llmPreset"));
    m_preset->addItem(tr("Custom"));
    for (const EndpointPreset &p : endpointPresets)
        m_preset->addItem(tr(p.title), QString::fromLatin1(p.url));
    m_apiKey = new QLineEdit;
    m_apiKey->setObjectName(QStringLiteral("llmApiKey"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("stored in the desktop's secret store"));
    m_forgetKey = new QPushButton(tr("&Forget Key"));
    m_forgetKey->setObjectName(QStringLiteral("forgetApiKey"));
    m_keyState = new QLabel;
    m_keyState->setObjectName(QStringLiteral("apiKeyState"));
    m_keyState->setForegroundRole(QPalette::PlaceholderText);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_apiKey, 1);
    keyRow->addWidget(m_forgetKey);
    // Short lines only: wrapped labels in this form do not get their height in a dialog.
    m_apiKey->setToolTip(tr("The key goes to the desktop's secret store, never into the "
                            "settings file, the workspace or a log. SPECWRIGHT_LLM_API_KEY "
                            "or OPENAI_API_KEY is used when no key is stored."));

    // Eval grader and endpoint policy (issues 14, 15).
    m_graderBaseUrl = new QLineEdit;
    m_graderBaseUrl->setObjectName(QStringLiteral("graderBaseUrl"));
    m_graderBaseUrl->setPlaceholderText(tr("the endpoint above"));
    m_graderModel = new QLineEdit;
    m_graderModel->setObjectName(QStringLiteral("graderModel"));
    m_graderModel->setPlaceholderText(tr("the model above"));
    m_allowInsecureHttp = new QCheckBox(tr("Allow plain http:// to other machines"));
    m_allowInsecureHttp->setObjectName(QStringLiteral("allowInsecureHttp"));
    auto *grader = new QGroupBox(tr("Eval grader"));
    auto *graderForm = new QFormLayout(grader);
    graderForm->addRow(tr("Endpoint &URL:"), m_graderBaseUrl);
    graderForm->addRow(tr("Mo&del:"), m_graderModel);

    auto *appearance = new QGroupBox(tr("Appearance"));
    auto *appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("&Theme:"), m_theme);

    auto *editor = new QGroupBox(tr("Editor"));
    auto *editorForm = new QFormLayout(editor);
    editorForm->addRow(tr("&Font:"), m_font);
    editorForm->addRow(tr("&Size:"), m_fontSize);

    auto *lint = new QGroupBox(tr("Lint"));
    auto *lintForm = new QFormLayout(lint);
    lintForm->addRow(tr("&Profile:"), m_lintProfile);

    auto *llm = new QGroupBox(tr("LLM generator"));
    auto *llmForm = new QFormLayout(llm);
    llmForm->addRow(tr("P&reset:"), m_preset);
    llmForm->addRow(tr("&Endpoint URL:"), m_baseUrl);
    llmForm->addRow(QString(), m_urlProblem);
    llmForm->addRow(tr("&Model:"), m_model);
    llmForm->addRow(QString(), m_allowInsecureHttp);
    auto *keyLabel = new QLabel(tr("API &key:"));
    keyLabel->setBuddy(m_apiKey);
    llmForm->addRow(keyLabel, keyRow);
    llmForm->addRow(QString(), m_keyState);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                     QDialogButtonBox::Apply | QDialogButtonBox::RestoreDefaults);
    ButtonMnemonics::apply(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::store);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setValues(AppSettings()); });
    connect(m_baseUrl, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_graderBaseUrl, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_preset, &QComboBox::activated, this, &SettingsDialog::applyPreset);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &SettingsDialog::showMatchingPreset);
    if (ApiKeyStore *keys = ApiKeyStore::of(parent)) {
        connect(keys, &ApiKeyStore::changed, this, &SettingsDialog::updateKeyState);
        connect(m_forgetKey, &QPushButton::clicked, keys, &ApiKeyStore::forget);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(appearance);
    layout->addWidget(editor);
    layout->addWidget(lint);
    layout->addWidget(llm);
    layout->addWidget(grader);
    layout->addStretch();
    layout->addWidget(m_buttons);

    setValues(AppSettings::load());
    updateKeyState();
}

void SettingsDialog::applyPreset(int index)
{
    if (index <= 0 || index > int(std::size(endpointPresets)))
        return;
    const EndpointPreset &p = endpointPresets[index - 1];
    m_baseUrl->setText(QString::fromLatin1(p.url));
    if (m_model->text().trimmed().isEmpty() || m_preset->property("presetModel") == m_model->text())
        m_model->setText(QString::fromLatin1(p.model));
    m_preset->setProperty("presetModel", m_model->text());
}

void SettingsDialog::showMatchingPreset()
{
    const int match = m_preset->findData(m_baseUrl->text().trimmed());
    m_preset->setCurrentIndex(match > 0 ? match : 0);
}

void SettingsDialog::updateKeyState()
{
    const ApiKeyStore *keys = ApiKeyStore::of(parentWidget());
    m_forgetKey->setEnabled(keys && keys->hasKey());
    if (!keys) {
        m_keyState->setText(tr("No secret store: the key comes from the environment."));
    } else if (!keys->lastError().isEmpty()) {
        m_keyState->setText(tr("No secret store here: the key comes from the environment."));
        m_keyState->setToolTip(keys->lastError());
    } else if (keys->hasKey()) {
        m_keyState->setText(tr("A key is stored."));
    } else {
        m_keyState->setText(tr("No key is stored."));
    }
}

void SettingsDialog::setValues(const AppSettings &settings)
{
    m_theme->setCurrentIndex(m_theme->findData(int(settings.theme)));
    const QFont font = settings.editorFontFamily.isEmpty()
                           ? QFontDatabase::systemFont(QFontDatabase::FixedFont)
                           : QFont(settings.editorFontFamily);
    m_font->setCurrentFont(font);
    m_fontSize->setValue(settings.editorFontSize);
    m_lintProfile->setCurrentIndex(std::max(0, m_lintProfile->findData(settings.lintProfile)));
    m_baseUrl->setText(settings.llmBaseUrl);
    m_model->setText(settings.llmModel);
    m_graderBaseUrl->setText(settings.graderBaseUrl);
    m_graderModel->setText(settings.graderModel);
    m_allowInsecureHttp->setChecked(settings.allowInsecureHttp);
    validate();
}

AppSettings SettingsDialog::current() const
{
    AppSettings s;
    s.theme = AppSettings::Theme(m_theme->currentData().toInt());
    s.editorFontFamily = m_font->currentFont().family();
    s.editorFontSize = m_fontSize->value();
    s.lintProfile = m_lintProfile->currentData().toString();
    s.llmBaseUrl = m_baseUrl->text().trimmed();
    s.llmModel = m_model->text().trimmed();
    s.graderBaseUrl = m_graderBaseUrl->text().trimmed();
    s.graderModel = m_graderModel->text().trimmed();
    s.allowInsecureHttp = m_allowInsecureHttp->isChecked();
    return s;
}

void SettingsDialog::validate()
{
    QString problem = AppSettings::checkBaseUrl(m_baseUrl->text());
    if (problem.isEmpty() && !m_graderBaseUrl->text().trimmed().isEmpty())
        problem = AppSettings::checkBaseUrl(m_graderBaseUrl->text());
    m_urlProblem->setText(problem);
    m_urlProblem->setVisible(!problem.isEmpty());
    // A bad endpoint is never stored: the user fixes it or cancels, and loses nothing else.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(problem.isEmpty());
}

bool SettingsDialog::store()
{
    if (!AppSettings::checkBaseUrl(m_baseUrl->text()).isEmpty())
        return false;
    const AppSettings before = AppSettings::load();
    const AppSettings now = current();
    now.save();
    // The key only ever goes to the secret store; the field is cleared so no widget keeps it.
    if (!m_apiKey->text().trimmed().isEmpty()) {
        if (ApiKeyStore *keys = ApiKeyStore::of(parentWidget()))
            keys->store(m_apiKey->text());
        m_apiKey->clear();
        updateKeyState();
    }
    if (!(before == now))
        Q_EMIT settingsChanged(now);
    return true;
}

void SettingsDialog::accept()
{
    if (store())
        QDialog::accept();
}

} // namespace Specwright
