#include "eval_integration.h"

#include "document_controller.h"
#include "eval_case_builder.h"
#include "eval_config.h"
#include "eval_grader.h"
#include "eval_panel.h"
#include "eval_runner.h"
#include "git_repository.h"
#include "main_window.h"
#include "provenance.h"
#include "spec_editor.h"
#include "trust_integration.h"

#include <QDockWidget>
#include <QFileInfo>
#include <QSettings>

namespace Specwright {

EvalIntegration *EvalIntegration::install(MainWindow *window)
{
    return new EvalIntegration(window);
}

EvalIntegration::EvalIntegration(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("evalIntegration"));
    m_panel = new EvalPanel(window);
    auto *dock = new QDockWidget(tr("Evals"), window);
    dock->setObjectName(QStringLiteral("evalDock"));
    dock->setWidget(m_panel);
    window->addPanel(dock, Qt::BottomDockWidgetArea);
    dock->hide();
    connect(m_panel, &EvalPanel::runRequested, this,
            [this](bool sectionOnly) { run(sectionOnly); });
    connect(m_panel, &EvalPanel::cancelRequested, this, [this] {
        if (m_runner)
            m_runner->cancel();
    });
    connect(m_panel, &EvalPanel::jumpRequested, window, &MainWindow::goToLine);
    connect(window->editor(), &SpecEditor::cursorLineChanged, this, [this](int line) {
        const SpecDocument::Ptr document = m_window->controller()->document();
        const int section = document ? document->sectionAtLine(line) : -1;
        m_sectionId = section >= 0 ? document->sections().at(section).id : QString();
        m_panel->setSectionAvailable(!m_sectionId.isEmpty());
    });
    m_panel->setSectionAvailable(false);
}

bool EvalIntegration::run(bool sectionOnly)
{
    if (m_runner && m_runner->isRunning())
        return false;
    const SpecDocument::Ptr document = m_window->controller()->document();
    if (!document || document->filePath().isEmpty()) {
        m_panel->showMessage(tr("Save the spec first: a run belongs to a file."));
        return false;
    }
    const TrustIntegration *trust = TrustIntegration::of(m_window);
    if (!trust || !trust->isTrusted()) {
        m_panel->showMessage(tr("This workspace is not trusted: trust it to run its evals."));
        return false;
    }
    const QString root = trust->currentRoot();
    Workspace::Ptr workspace = m_window->workspace();
    if (workspace)
        workspace = workspace->withDocument(document);
    const QString section = sectionOnly ? m_sectionId : QString();
    QList<EvalCase> cases = EvalCaseBuilder::build(document, workspace, section);
    if (cases.isEmpty()) {
        m_panel->showMessage(tr("No examples to run here."));
        return false;
    }
    const EvalConfig config = EvalConfig::load(root);
    QSettings settings;
    QStringList problems = config.errors;
    EvalRunOptions options;
    options.target = LlmSettings::forUser(settings);
    options.target.applyWorkspaceOptions(config.target, &settings, &problems);
    options.grader = LlmSettings::forUser(settings, QStringLiteral("eval/grader"));
    options.grader.applyWorkspaceOptions(config.grader, &settings, &problems);
    options.jobs = config.jobs > 0 ? config.jobs : 4;
    options.runsFolder = config.runsDir;
    if (!config.graderPrompt.isEmpty()) {
        QString error;
        options.graderTemplate = EvalGrader::readTemplate(config.graderPrompt, &error);
        if (!error.isEmpty())
            problems.append(error);
    }
    options.header.specFile = workspace ? workspace->relativePath(document->filePath())
                                        : QFileInfo(document->filePath()).fileName();
    options.header.section = section;
    options.header.specBlob = Provenance::gitBlobSha1(document->source().utf8());
    if (auto repo = GitRepository::discover(document->filePath()); repo.ok())
        if (const auto head = repo->headId(); head.ok())
            options.header.specCommit = head.value().hex();
    delete m_runner;
    m_runner = new EvalRunner(cases, options, this);
    QString error;
    if (!m_runner->start(&error)) {
        m_panel->setRunner(nullptr);
        m_panel->showMessage(error);
        return false;
    }
    m_panel->setRunner(m_runner);
    if (!problems.isEmpty())
        m_panel->setToolTip(problems.join(u'\n'));
    if (auto *dock = qobject_cast<QDockWidget *>(m_panel->parentWidget())) {
        dock->show();
        dock->raise();
    }
    return true;
}

} // namespace Specwright
