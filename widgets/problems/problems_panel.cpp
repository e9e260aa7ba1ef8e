#include "problems_panel.h"

#include "diagnostic_filter_model.h"
#include "diagnostic_table_model.h"
#include "fix_applier.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QSet>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Specwright {

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_rules(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_fixAllButton(new QToolButton(this))
    , m_fix(new QAction(this))
    , m_fixAll(new QAction(this))
{
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    for (int s = 0; s < 3; ++s) {
        auto *b = new QToolButton(this);
        b->setCheckable(true);
        b->setChecked(true);
        b->setAutoRaise(true);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setIcon(DiagnosticTableModel::severityIcon(Severity(s)));
        connect(b, &QToolButton::toggled, this, [this, s](bool on) {
            m_page->severityShown[s] = on;
            m_filter->setSeverityVisible(Severity(s), on);
            updateCounts();
        });
        m_severity[s] = b;
        bar->addWidget(b);
    }
    m_rules->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_rules, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setRuleFilter(m_rules->itemData(index).toString());
        updateCounts();
    });
    bar->addWidget(m_rules);
    bar->addWidget(m_summary, 1);
    m_fixAllButton->setDefaultAction(m_fixAll);
    m_fixAllButton->setAutoRaise(true);
    m_fixAllButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addWidget(m_fixAllButton);

    m_fix->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_fixAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period));
    for (QAction *a : {m_fix, m_fixAll}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_fix, &QAction::triggered, this, [this] {
        const Diagnostic *d = currentDiagnostic();
        if (const Fix *f = d ? FixApplier::primaryFix(*d) : nullptr)
            Q_EMIT fixRequested(d->file, f->edits);
    });
    connect(m_fixAll, &QAction::triggered, this, [this] {
        const Diagnostic *d = currentDiagnostic();
        if (!d)
            return;
        const QList<TextEdit> edits =
            FixApplier::fixAll(m_model->diagnostics(), d->ruleId, d->file);
        if (!edits.isEmpty())
            Q_EMIT fixAllRequested(d->file, d->ruleId, edits);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    showPage(addPage(nullptr));
    retranslate();
}

ProblemsPanel::~ProblemsPanel()
{
    m_page = nullptr; // the tables go with the widget; their pages' bookkeeping goes now
    qDeleteAll(m_pages);
}

ProblemsPanel::Page *ProblemsPanel::addPage(const QObject *buffer)
{
    auto *page = new Page;
    page->buffer = buffer;
    page->model = new DiagnosticTableModel(this);
    page->filter = new DiagnosticFilterModel(page->model);
    page->filter->setSourceModel(page->model);
    auto *view = new QTreeView(m_stack);
    page->view = view;
    view->setModel(page->filter);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->sortByColumn(DiagnosticTableModel::FileColumn, Qt::AscendingOrder);
    view->header()->setStretchLastSection(true);
    // Columns fit the rows on screen and a few dozen more, not all findings of a big spec
    // (measuring a row asks for its texts, icon and font: 20 ms per 200 rows).
    view->header()->setResizeContentsPrecision(50);
    view->header()->setSectionResizeMode(QHeaderView::Interactive);
    view->setAccessibleName(tr("Problems"));
    view->installEventFilter(this);
    connect(view, &QTreeView::doubleClicked, this, &ProblemsPanel::activateRow);
    connect(view, &QTreeView::clicked, this, [this, page](const QModelIndex &proxyIndex) {
        const QModelIndex index = page->filter->mapToSource(proxyIndex);
        if (!index.isValid())
            return;
        const Diagnostic &d = page->model->diagnostic(index.row());
        Q_EMIT locationShown(d.file, d.range);
    });
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
        if (!view->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        menu.addAction(m_fix);
        menu.addAction(m_fixAll);
        menu.exec(view->viewport()->mapToGlobal(pos));
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProblemsPanel::updateActions);
    m_stack->addWidget(view);
    if (buffer)
        connect(buffer, &QObject::destroyed, this, [this, page] { removePage(page); });
    m_pages.append(page);
    return page;
}

void ProblemsPanel::removePage(Page *page)
{
    if (!m_pages.removeOne(page))
        return;
    if (page == m_page)
        showPage(m_pages.isEmpty() ? addPage(nullptr) : m_pages.first());
    delete page->view;
    delete page->model; // and its filter
    delete page;
}

void ProblemsPanel::showBuffer(const QObject *buffer)
{
    Page *page = nullptr;
    for (Page *p : std::as_const(m_pages))
        if (p->buffer == buffer)
            page = p;
    if (!page) {
        // The page shown before any buffer (a fresh panel) becomes the first buffer's.
        if (m_page && !m_page->buffer && m_page->model->rowCount() == 0 && buffer) {
            page = m_page;
            page->buffer = buffer;
            connect(buffer, &QObject::destroyed, this, [this, page] { removePage(page); });
        } else {
            page = addPage(buffer);
        }
    }
    showPage(page);
}

void ProblemsPanel::showPage(Page *page)
{
    if (page == m_page)
        return;
    m_page = page;
    m_model = page->model;
    m_filter = page->filter;
    m_view = page->view;
    // The severity buttons are the panel's: a table shown again follows what changed meanwhile.
    for (int s = 0; s < 3; ++s)
        if (page->severityShown[s] != m_severity[s]->isChecked()) {
            page->severityShown[s] = m_severity[s]->isChecked();
            page->filter->setSeverityVisible(Severity(s), page->severityShown[s]);
        }
    m_stack->setCurrentWidget(page->view);
    updateRuleList();
    updateCounts();
    updateActions();
}

void ProblemsPanel::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    // Showing a document again hands over the very list shown before: nothing to fill.
    if (diagnostics.size() == m_model->diagnostics().size() &&
        (diagnostics.isEmpty() || diagnostics.constData() == m_model->diagnostics().constData()))
        return;
    m_model->setDiagnostics(diagnostics);
    QSet<QString> ids;
    int *counts = m_page->counts;
    counts[0] = counts[1] = counts[2] = 0;
    for (const Diagnostic &d : diagnostics) {
        ids.insert(d.ruleId);
        counts[int(d.severity)] += 1;
    }
    m_page->ruleIds = QStringList(ids.cbegin(), ids.cend());
    m_page->ruleIds.sort();
    updateRuleList();
    updateCounts();
    updateActions();
    m_view->resizeColumnToContents(DiagnosticTableModel::SeverityColumn);
    m_view->resizeColumnToContents(DiagnosticTableModel::FileColumn);
    m_view->resizeColumnToContents(DiagnosticTableModel::LineColumn);
    m_view->resizeColumnToContents(DiagnosticTableModel::RuleColumn);
}

const QList<Diagnostic> &ProblemsPanel::diagnostics() const
{
    return m_model->diagnostics();
}

void ProblemsPanel::setRootPath(const QString &path)
{
    m_model->setRootPath(path);
}

QString ProblemsPanel::rootPath() const
{
    return m_model->rootPath();
}

const Diagnostic *ProblemsPanel::currentDiagnostic() const
{
    const QModelIndex index = m_filter->mapToSource(m_view->currentIndex());
    return index.isValid() ? &m_model->diagnostic(index.row()) : nullptr;
}

int ProblemsPanel::visibleCount() const
{
    return m_filter->rowCount();
}

QToolButton *ProblemsPanel::severityButton(Severity severity) const
{
    return m_severity[int(severity)];
}

void ProblemsPanel::activateRow(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_filter->mapToSource(proxyIndex);
    if (!index.isValid())
        return;
    const Diagnostic &d = m_model->diagnostic(index.row());
    Q_EMIT activated(d.file, d.range);
}

bool ProblemsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (m_view && watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activateRow(m_view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProblemsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateRuleList();
        updateCounts();
    }
    QWidget::changeEvent(event);
}

void ProblemsPanel::retranslate()
{
    m_fix->setText(tr("&Fix"));
    m_fixAll->setText(tr("Fix &All of This Rule in the File"));
    m_fixAll->setToolTip(
        tr("Apply the quick fix of every problem of the selected rule in its file (%1)")
            .arg(m_fixAll->shortcut().toString(QKeySequence::NativeText)));
    m_rules->setToolTip(tr("Show the problems of one rule"));
    for (Page *page : std::as_const(m_pages))
        page->view->setAccessibleName(tr("Problems"));
}

void ProblemsPanel::updateRuleList()
{
    const QString current = m_filter->ruleFilter();
    const QSignalBlocker block(m_rules);
    m_rules->clear();
    m_rules->addItem(tr("All rules"), QString());
    for (const QString &id : std::as_const(m_page->ruleIds))
        m_rules->addItem(id, id);
    const int index = m_rules->findData(current);
    m_rules->setCurrentIndex(index < 0 ? 0 : index);
    // Filtering again sorts all rows again (thousands in a big spec): only when it changed.
    if (m_rules->currentData().toString() != current)
        m_filter->setRuleFilter(m_rules->currentData().toString());
}

void ProblemsPanel::updateCounts()
{
    const int *counts = m_page->counts;
    m_severity[0]->setText(tr("%n error(s)", nullptr, counts[0]));
    m_severity[1]->setText(tr("%n warning(s)", nullptr, counts[1]));
    m_severity[2]->setText(tr("%n info", nullptr, counts[2]));
    for (int s = 0; s < 3; ++s)
        m_severity[s]->setToolTip(
            tr("Show or hide %1 problems").arg(DiagnosticTableModel::severityText(Severity(s))));
    m_summary->setText(visibleCount() == m_model->rowCount()
                           ? QString()
                           : tr("showing %1 of %2").arg(visibleCount()).arg(m_model->rowCount()));
}

void ProblemsPanel::updateActions()
{
    const Diagnostic *d = currentDiagnostic();
    const bool fixable = d && FixApplier::primaryFix(*d);
    m_fix->setEnabled(fixable);
    m_fixAll->setEnabled(fixable);
}

} // namespace Specwright
