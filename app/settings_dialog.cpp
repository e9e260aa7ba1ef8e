#include "settings_dialog.h"

#include "button_mnemonics.h"
#include "lint_profiles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
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
    auto *keyNote = new QLabel(tr("The API key is not stored in the settings; it is read from "
                                  "the environment when a generator runs."));
    keyNote->setWordWrap(true);

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
    llmForm->addRow(tr("&Endpoint URL:"), m_baseUrl);
    llmForm->addRow(QString(), m_urlProblem);
    llmForm->addRow(tr("&Model:"), m_model);
    llmForm->addRow(QString(), m_allowInsecureHttp);
    llmForm->addRow(QString(), keyNote);

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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(appearance);
    layout->addWidget(editor);
    layout->addWidget(lint);
    layout->addWidget(llm);
    layout->addWidget(grader);
    layout->addStretch();
    layout->addWidget(m_buttons);

    setValues(AppSettings::load());
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
