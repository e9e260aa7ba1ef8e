#include "diff_view.h"

#include "diff_html_writer.h"
#include "file_history.h"
#include "git_repository.h"
#include "section_diff.h"

#include <QAction>
#include <QEvent>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Specwright {

struct DiffView::Output
{
    int generation = 0;
    DiffResult result;
    QString rendered;
    QString sideBySide;
    QString error;
};

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
{
    m_tabs = new QTabBar(this);
    m_tabs->addTab(tr("&Rendered"));
    m_tabs->addTab(tr("&Side by side"));
    m_tabs->addTab(tr("S&ummary"));
    m_tabs->setTabToolTip(
        Rendered,
        tr("The new version with deleted words struck through and inserted words marked (Alt+1)"));
    m_tabs->setTabToolTip(SideBySide, tr("Old and new source aligned by block (Alt+2)"));
    m_tabs->setTabToolTip(Summary, tr("Every section with its status (Alt+3)"));
    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack = new QStackedWidget(this);
    m_rendered = new QTextBrowser(this);
    m_rendered->setOpenLinks(false);
    m_sideBySide = new QTextBrowser(this);
    m_sideBySide->setOpenLinks(false);
    m_sideBySide->setLineWrapMode(QTextEdit::WidgetWidth);
    m_summary = new QTableWidget(0, 8, this);
    m_summary->setHorizontalHeaderLabels({tr("Status"), tr("Old title"), tr("Old id"),
                                          tr("New title"), tr("New id"), tr("Words +"),
                                          tr("Words \u2212"), tr("Examples")});
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summary->setSelectionMode(QAbstractItemView::SingleSelection);
    m_summary->verticalHeader()->hide();
    m_summary->horizontalHeader()->setStretchLastSection(true);
    m_stack->addWidget(m_rendered);
    m_stack->addWidget(m_sideBySide);
    m_stack->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_tabs);
    top->addWidget(m_status, 1);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_tabs, &QTabBar::currentChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_summary, &QTableWidget::cellClicked, this,
            [this](int row, int) { activateRow(row); });
    connect(m_summary, &QTableWidget::cellActivated, this,
            [this](int row, int) { activateRow(row); });
    for (int i = 0; i < 3; ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, i] { setMode(Mode(i)); });
        addAction(action);
    }
    m_status->setText(tr("No comparison yet"));
}

DiffView::Mode DiffView::mode() const
{
    return Mode(m_tabs->currentIndex());
}
void DiffView::setMode(Mode mode)
{
    m_tabs->setCurrentIndex(int(mode));
}
QString DiffView::statusText() const
{
    return m_status->text();
}

bool DiffView::isDark() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

void DiffView::compare(const QString &oldText, const QString &newText, const QString &oldLabel,
                       const QString &newLabel)
{
    m_oldText = oldText;
    m_newText = newText;
    m_oldLabel = oldLabel.isEmpty() ? tr("old") : oldLabel;
    m_newLabel = newLabel.isEmpty() ? tr("new") : newLabel;
    start(oldText, newText);
}

void DiffView::compareWithLastAmendment(const QString &filePath, const QString &bufferText)
{
    m_busy = true;
    m_status->setText(tr("Reading the last amendment\u2026"));
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<GitResult<FileText>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, bufferText] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const GitResult<FileText> head = watcher->result();
        if (!head) {
            m_busy = false;
            m_status->setText(head.errorMessage());
            Q_EMIT failed(head.errorMessage());
            return;
        }
        if (head->binary || head->huge) {
            m_busy = false;
            m_status->setText(tr("The committed file is binary or too large to compare"));
            Q_EMIT failed(m_status->text());
            return;
        }
        compare(head->text, bufferText, tr("last amendment (HEAD)"), tr("unsaved buffer"));
    });
    watcher->setFuture(QtConcurrent::run([filePath]() -> GitResult<FileText> {
        GitResult<GitRepository> repo = GitRepository::discover(filePath);
        if (!repo)
            return repo.error();
        if (repo->isHeadUnborn() || repo->isEmpty())
            return GitError{GitError::Code::Unborn,
                            DiffView::tr("The repository has no amendments yet")};
        return FileHistory::textAtRevision(repo.value(), repo->relativePath(filePath),
                                           QStringLiteral("HEAD"));
    }));
}

void DiffView::start(const QString &oldText, const QString &newText)
{
    m_busy = true;
    m_status->setText(tr("Comparing\u2026"));
    const int generation = ++m_generation;
    DiffHtmlWriter::Options options;
    options.dark = isDark();
    options.title = tr("%1 \u2192 %2").arg(m_oldLabel, m_newLabel);
    auto *watcher = new QFutureWatcher<Output>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Output output = watcher->result();
        if (output.generation == m_generation)
            showOutput(output);
    });
    watcher->setFuture(QtConcurrent::run([oldText, newText, options, generation] {
        Output out;
        out.generation = generation;
        out.result = SectionDiff::compute(oldText, newText);
        out.rendered = DiffHtmlWriter::rendered(out.result, options);
        out.sideBySide = DiffHtmlWriter::sideBySide(out.result, options);
        return out;
    }));
}

void DiffView::showOutput(const Output &output)
{
    m_busy = false;
    m_result = output.result;
    m_rendered->setHtml(output.rendered);
    m_sideBySide->setHtml(output.sideBySide);
    fillSummary();
    m_status->setText(tr("%1 \u2192 %2: %3 modified, %4 added, %5 removed, %6 renamed, %7 moved")
                          .arg(m_oldLabel, m_newLabel)
                          .arg(m_result.count(SectionStatus::Modified))
                          .arg(m_result.count(SectionStatus::Added))
                          .arg(m_result.count(SectionStatus::Removed))
                          .arg(m_result.count(SectionStatus::Renamed))
                          .arg(m_result.count(SectionStatus::Moved)));
    Q_EMIT diffReady();
}

void DiffView::fillSummary()
{
    static const char *const names[] = {QT_TR_NOOP("unchanged"), QT_TR_NOOP("modified"),
                                        QT_TR_NOOP("added"),     QT_TR_NOOP("removed"),
                                        QT_TR_NOOP("renamed"),   QT_TR_NOOP("moved")};
    m_summary->setRowCount(0);
    const bool dark = isDark();
    for (int i = 0; i < m_result.sections.size(); ++i) {
        const SectionChange &s = m_result.sections[i];
        const int row = m_summary->rowCount();
        m_summary->insertRow(row);
        QString status = tr(names[int(s.status)]);
        if (s.moved && s.status != SectionStatus::Moved)
            status += tr(", moved");
        if (s.renamed && s.status != SectionStatus::Renamed)
            status += tr(", renamed");
        int examplesChanged = int(s.examples.size());
        const QStringList cells = {status,
                                   s.oldTitle,
                                   s.oldId,
                                   s.newTitle,
                                   s.newId,
                                   QString::number(s.wordsAdded),
                                   QString::number(s.wordsRemoved),
                                   QString::number(examplesChanged)};
        QColor tint;
        switch (s.status) {
        case SectionStatus::Added:
            tint = dark ? QColor(0x1f, 0x3d, 0x24) : QColor(0xdc, 0xf5, 0xdc);
            break;
        case SectionStatus::Removed:
            tint = dark ? QColor(0x4a, 0x1f, 0x1f) : QColor(0xfd, 0xe2, 0xe2);
            break;
        case SectionStatus::Modified:
            tint = dark ? QColor(0x4a, 0x3f, 0x1a) : QColor(0xff, 0xf1, 0xc2);
            break;
        case SectionStatus::Renamed:
        case SectionStatus::Moved:
            tint = dark ? QColor(0x1f, 0x35, 0x50) : QColor(0xdb, 0xe9, 0xfb);
            break;
        case SectionStatus::Unchanged:
            break;
        }
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, i);
            if (tint.isValid())
                item->setBackground(tint);
            m_summary->setItem(row, c, item);
        }
    }
    m_summary->resizeColumnsToContents();
}

void DiffView::activateRow(int row)
{
    const QTableWidgetItem *item = m_summary->item(row, 0);
    if (!item)
        return;
    const int index = item->data(Qt::UserRole).toInt();
    if (index < 0 || index >= m_result.sections.size())
        return;
    const SectionChange &s = m_result.sections[index];
    m_rendered->scrollToAnchor(DiffHtmlWriter::anchor(index));
    m_sideBySide->scrollToAnchor(DiffHtmlWriter::anchor(index));
    Q_EMIT sectionActivated(s.id(), s.newIndex >= 0 ? s.newLine : s.oldLine);
}

void DiffView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Re-render with the other colour set when the palette flips between light and dark.
    if (event->type() == QEvent::PaletteChange && !m_busy && !m_result.sections.isEmpty())
        start(m_oldText, m_newText);
}

} // namespace Specwright
