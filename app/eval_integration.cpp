#include "eval_integration.h"

#include "api_key_store.h"
#include "document_controller.h"
#include "editor_stack.h"
#include "eval_case_builder.h"
#include "eval_compare_view.h"
#include "eval_config.h"
#include "eval_grader.h"
#include "eval_panel.h"
#include "eval_run_store.h"
#include "eval_runner.h"
#include "git_repository.h"
#include "intent_outline.h"
#include "llm_endpoints.h"
#include "main_window.h"
#include "pass_rate_badge_delegate.h"
#include "provenance.h"
#include "spec_editor.h"
#include "trust_integration.h"

#include <QDockWidget>
#include <QFileInfo>
#include <QSettings>
#include <QTreeWidget>

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
    connect(window->editorStack(), &EditorStack::cursorLineChanged, this, [this](int line) {
        const SpecDocument::Ptr document = m_window->controller()->document();
        const int section = document ? document->sectionAtLine(line) : -1;
        m_sectionId = section >= 0 ? document->sections().at(section).id : QString();
        m_panel->setSectionAvailable(!m_sectionId.isEmpty());
    });
    m_panel->setSectionAvailable(false);

    m_compare = new EvalCompareView(window);
    auto *compareDock = new QDockWidget(tr("Eval Comparison"), window);
    compareDock->setObjectName(QStringLiteral("evalCompareDock"));
    compareDock->setWidget(m_compare);
    window->addPanel(compareDock, Qt::BottomDockWidgetArea);
    compareDock->hide();
    connect(m_panel, &EvalPanel::compareRequested, this, [this] { refreshRuns(true); });
    connect(m_compare, &EvalCompareView::sectionRequested, this, [this](const QString &id) {
        const SpecDocument::Ptr document = m_window->controller()->document();
        const int section = document ? document->sectionIndexById(id) : -1;
        if (section >= 0)
            m_window->goToLine(document->sections().at(section).headingLine);
    });

    IntentOutline *outline = window->outline();
    outline->setItemDelegateForColumn(
        IntentOutline::EvalColumn,
        new PassRateBadgeDelegate(IntentOutline::BadgeColorRole, outline));
    connect(window->controller(), &DocumentController::documentChanged, this,
            [this](const SpecDocument::Ptr &document) {
                // Only another file changes the badges; edits keep them until the next run.
                const QString file = document ? document->filePath() : QString();
                if (file != m_badgeFile) {
                    m_badgeFile = file;
                    refreshRuns();
                }
            });
}

bool EvalIntegration::specContext(QString *root, QString *specFile) const
{
    const SpecDocument::Ptr document = m_window->controller()->document();
    if (!document || document->filePath().isEmpty())
        return false;
    const Workspace::Ptr workspace = m_window->workspace();
    *root = workspace ? workspace->rootPath() : QFileInfo(document->filePath()).absolutePath();
    *specFile = workspace ? workspace->relativePath(document->filePath())
                          : QFileInfo(document->filePath()).fileName();
    return true;
}

void EvalIntegration::refreshRuns(bool showCompare)
{
    QString root, specFile;
    if (!specContext(&root, &specFile)) {
        m_runsLoad.cancel();
        applyRuns({}, showCompare);
        return;
    }
    m_runsLoad.start(
        [root, specFile](const BackgroundTask &) {
            return EvalRunStore(EvalConfig::load(root).runsDir).runsOf(specFile);
        },
        [this, showCompare](QList<EvalRun> runs) { applyRuns(runs, showCompare); });
}

void EvalIntegration::applyRuns(const QList<EvalRun> &runs, bool showCompare)
{
    QHash<QString, IntentOutline::SectionBadge> badges;
    for (const EvalRun &run : runs) // newest first: a section's newest run wins
        for (const EvalSectionRate &rate : run.sectionRates()) {
            if (badges.contains(rate.section))
                continue;
            QString tip = tr("%1 of %2 cases passed in the run of %3 (%4)")
                              .arg(rate.passed)
                              .arg(rate.total())
                              .arg(run.header.started, run.header.targetModel);
            if (rate.errors)
                tip += u'\n' + tr("%n case(s) could not be run", nullptr, rate.errors);
            badges.insert(rate.section, {QString::number(qRound(rate.rate() * 100)) + u'%',
                                         PassRateBadgeDelegate::colorFor(rate.rate()), tip});
        }
    m_window->outline()->setSectionBadges(badges);
    if (showCompare || m_compare->isVisible())
        m_compare->setRuns(runs);
    if (showCompare)
        if (auto *dock = qobject_cast<QDockWidget *>(m_compare->parentWidget())) {
            dock->show();
            dock->raise();
        }
    Q_EMIT runsLoaded();
}

bool EvalIntegration::run(bool sectionOnly)
{
    if ((m_runner && m_runner->isRunning()) || m_casesBuild.isRunning())
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
    Workspace::Ptr workspace = m_window->workspace();
    PreparedRun base;
    base.filePath = document->filePath();
    base.root = trust->currentRoot();
    base.section = sectionOnly ? m_sectionId : QString();
    base.specFile = workspace ? workspace->relativePath(document->filePath())
                              : QFileInfo(document->filePath()).fileName();
    m_panel->setBuilding(true);
    if (auto *dock = qobject_cast<QDockWidget *>(m_panel->parentWidget())) {
        dock->show();
        dock->raise();
    }
    // Cases walk the whole document and read eval prompt files; the blob id hashes it all.
    m_casesBuild.start(
        [document, workspace, base](const BackgroundTask &task) {
            PreparedRun prepared = base;
            const Workspace::Ptr ws = workspace ? workspace->withDocument(document) : workspace;
            prepared.cases = EvalCaseBuilder::build(document, ws, base.section);
            if (task.isCancelled())
                return prepared;
            prepared.specBlob = Provenance::gitBlobSha1(document->source().utf8());
            if (auto repo = GitRepository::discover(document->filePath()); repo.ok())
                if (const auto head = repo->headId(); head.ok())
                    prepared.specCommit = head.value().hex();
            return prepared;
        },
        [this](PreparedRun prepared) { startRun(prepared); });
    return true;
}

void EvalIntegration::startRun(const PreparedRun &prepared)
{
    m_panel->setBuilding(false);
    const TrustIntegration *trust = TrustIntegration::of(m_window);
    // Another spec opened (its parse may still run), or the workspace was distrusted, while
    // the cases were built.
    if (m_window->controller()->filePath() != prepared.filePath || !trust || !trust->isTrusted() ||
        trust->currentRoot() != prepared.root) {
        m_panel->showMessage(tr("The spec changed while its cases were built: run it again."));
        Q_EMIT casesBuilt(0);
        return;
    }
    const QList<EvalCase> &cases = prepared.cases;
    if (cases.isEmpty()) {
        m_panel->showMessage(tr("No examples to run here."));
        Q_EMIT casesBuilt(0);
        return;
    }
    const QString &root = prepared.root;
    const QString &section = prepared.section;
    LlmEndpoints::Eval endpoints = LlmEndpoints::forEval(root, ApiKeyStore::of(m_window));
    const EvalConfig &config = endpoints.config;
    QStringList problems = endpoints.problems;
    EvalRunOptions options;
    options.target = endpoints.target;
    options.grader = endpoints.grader;
    options.jobs = config.jobs > 0 ? config.jobs : 4;
    options.runsFolder = config.runsDir;
    if (!config.graderPrompt.isEmpty()) {
        QString error;
        options.graderTemplate = EvalGrader::readTemplate(config.graderPrompt, &error);
        if (!error.isEmpty())
            problems.append(error);
    }
    options.header.specFile = prepared.specFile;
    options.header.section = section;
    options.header.specBlob = prepared.specBlob;
    options.header.specCommit = prepared.specCommit;
    delete m_runner;
    m_runner = new EvalRunner(cases, options, this);
    QString error;
    if (!m_runner->start(&error)) {
        m_panel->setRunner(nullptr);
        m_panel->showMessage(error);
        Q_EMIT casesBuilt(0);
        return;
    }
    m_panel->setRunner(m_runner);
    connect(m_runner, &EvalRunner::finished, this, [this] { refreshRuns(); });
    if (!problems.isEmpty())
        m_panel->setToolTip(problems.join(u'\n'));
    Q_EMIT casesBuilt(int(cases.size()));
}

} // namespace Specwright
