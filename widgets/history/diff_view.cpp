#include "diff_view.h"

#include "diff_html_writer.h"
#include "diff_json.h"
#include "diff_summary.h"
#include "file_history.h"
#include "git_repository.h"
#include "section_diff.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Specwright {

struct DiffView::Output
{
    DiffResult result;
    QString rendered;
    QString sideBySide;
    QString error;
    bool rerender = false; // same result, other sections expanded
};

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
{
    m_tabs = new QTabBar(this);
    m_tabs->setObjectName(QStringLiteral("diffModes"));
    m_tabs->addTab(tr("&Rendered"));
    m_tabs->addTab(tr("&Side by side"));
    m_tabs->addTab(tr("S&ummary"));
    m_tabs->setTabToolTip(
        Rendered,
        tr("The new version with deleted words struck through and inserted words marked (Alt+1)"));
    m_tabs->setTabToolTip(SideBySide, tr("Old and new source aligned by block (Alt+2)"));
    m_tabs->setTabToolTip(Summary, tr("Every section with its status (Alt+3)"));
    // The tabs keep their room at any dock width; the status and the header wrap below them.
    m_tabs->setExpanding(false);
    m_tabs->setUsesScrollButtons(false);
    m_tabs->setElideMode(Qt::ElideNone);
    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("diffSummaryHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_header->hide();
    m_stack = new QStackedWidget(this);
    m_rendered = new QTextBrowser(this);
    m_rendered->setObjectName(QStringLiteral("diffRendered"));
    m_rendered->setOpenLinks(false);
    m_sideBySide = new QTextBrowser(this);
    m_sideBySide->setObjectName(QStringLiteral("diffSideBySide"));
    m_sideBySide->setOpenLinks(false);
    m_sideBySide->setLineWrapMode(QTextEdit::WidgetWidth);
    m_summary = new QTableWidget(0, 9, this);
    m_summary->setObjectName(QStringLiteral("diffSummaryTable"));
    m_summary->setHorizontalHeaderLabels({tr("Status"), tr("Old title"), tr("Old id"),
                                          tr("New title"), tr("New id"), tr("Words +"),
                                          tr("Words \u2212"), tr("Examples"), tr("Changes")});
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
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_tabs);
    top->addStretch(1);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);
    connect(m_header, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"item:"))
            jumpToSummaryItem(link.mid(5).toInt());
    });
    connect(m_rendered, &QTextBrowser::anchorClicked, this, &DiffView::openLink);
    connect(m_sideBySide, &QTextBrowser::anchorClicked, this, &DiffView::openLink);

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
    m_diff.cancel();
    m_headRead.start(
        [filePath](const BackgroundTask &) -> GitResult<FileText> {
            GitResult<GitRepository> repo = GitRepository::discover(filePath);
            if (!repo)
                return repo.error();
            if (repo->isHeadUnborn() || repo->isEmpty())
                return GitError{GitError::Code::Unborn,
                                DiffView::tr("The repository has no amendments yet")};
            return FileHistory::textAtRevision(repo.value(), repo->relativePath(filePath),
                                               QStringLiteral("HEAD"));
        },
        [this, bufferText](const GitResult<FileText> &head) {
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
}

void DiffView::start(const QString &oldText, const QString &newText)
{
    m_busy = true;
    m_status->setText(tr("Comparing\u2026"));
    m_expanded.clear();
    DiffHtmlWriter::Options options;
    options.dark = isDark();
    options.detailsElements = false; // QTextBrowser has no <details>
    options.title = tr("%1 \u2192 %2").arg(m_oldLabel, m_newLabel);
    m_headRead.cancel();
    m_diff.start(
        [oldText, newText, options](const BackgroundTask &) {
            auto out = std::make_shared<Output>();
            out->result = SectionDiff::compute(oldText, newText);
            out->rendered = DiffHtmlWriter::rendered(out->result, options);
            out->sideBySide = DiffHtmlWriter::sideBySide(out->result, options);
            return std::shared_ptr<const Output>(std::move(out));
        },
        [this](const std::shared_ptr<const Output> &output) { showOutput(*output); });
}

void DiffView::renderAgain()
{
    m_busy = true;
    DiffHtmlWriter::Options options;
    options.dark = isDark();
    options.detailsElements = false;
    options.expanded = m_expanded;
    options.title = tr("%1 \u2192 %2").arg(m_oldLabel, m_newLabel);
    m_diff.start(
        [result = m_result, options](const BackgroundTask &) {
            auto out = std::make_shared<Output>();
            out->rerender = true;
            out->rendered = DiffHtmlWriter::rendered(result, options);
            return std::shared_ptr<const Output>(std::move(out));
        },
        [this](const std::shared_ptr<const Output> &output) { showOutput(*output); });
}

void DiffView::openLink(const QUrl &url)
{
    if (url.scheme() == DiffHtmlWriter::expandScheme()) {
        const int entry = url.path().toInt();
        if (!m_expanded.contains(entry))
            m_expanded.append(entry);
        renderAgain();
        return;
    }
    const QString name = url.fragment();
    if (name.startsWith(u"sec-")) {
        showEntry(name.mid(4).toInt());
    } else if (!name.isEmpty()) {
        // Links inside the text (a section, a footnote) scroll the browser they are in.
        if (auto *browser = qobject_cast<QTextBrowser *>(sender()))
            browser->scrollToAnchor(name);
    }
}

void DiffView::showOutput(const Output &output)
{
    m_busy = false;
    if (output.rerender) {
        const int scroll = m_rendered->verticalScrollBar()->value();
        m_rendered->setHtml(output.rendered);
        m_rendered->verticalScrollBar()->setValue(scroll);
        Q_EMIT diffReady();
        return;
    }
    m_result = output.result;
    m_rendered->setHtml(output.rendered);
    m_sideBySide->setHtml(output.sideBySide);
    fillSummary();
    fillHeader();
    const DiffSummary summary = DiffSummary::of(m_result);
    if (!summary.hasChanges())
        m_status->setText(tr("%1 \u2192 %2: no changes").arg(m_oldLabel, m_newLabel));
    else
        m_status->setText(
            tr("%1 \u2192 %2: %3 modified, %4 added, %5 removed, %6 renamed, %7 moved")
                .arg(m_oldLabel, m_newLabel)
                .arg(summary.count(DiffSummary::SectionsModified))
                .arg(summary.count(DiffSummary::SectionsAdded))
                .arg(summary.count(DiffSummary::SectionsRemoved))
                .arg(summary.count(DiffSummary::SectionsRenamed))
                .arg(summary.count(DiffSummary::SectionsMoved)));
    Q_EMIT diffReady();
}

void DiffView::fillHeader()
{
    const DiffSummary summary = DiffSummary::of(m_result);
    m_jumpCursor = QList<int>(DiffSummary::ItemCount, -1);
    QStringList parts;
    // Rich text takes link colours from the application palette when it is parsed; this view's
    // own palette (light or dark) is the one the links sit on.
    const QString link = palette().color(QPalette::Link).name();
    // Obligations, authority and examples first: what a reviewer asks about an amendment.
    for (const DiffSummary::Entry &e : summary.entries()) {
        if (e.count == 0 || e.item == DiffSummary::SectionsModified)
            continue;
        parts.append(QStringLiteral("<a href=\"item:%1\" style=\"color: %2;\">%3</a>")
                         .arg(int(e.item))
                         .arg(link, DiffSummary::label(e.item, e.count).toHtmlEscaped()));
    }
    m_header->setText(parts.join(QStringLiteral(" \u00b7 ")));
    m_header->setVisible(!parts.isEmpty());
}

void DiffView::jumpToSummaryItem(int item)
{
    if (item < 0 || item >= DiffSummary::ItemCount || m_jumpCursor.size() != DiffSummary::ItemCount)
        return;
    const DiffSummary::Entry entry = DiffSummary::of(m_result).entry(DiffSummary::Item(item));
    if (entry.sections.isEmpty())
        return;
    m_jumpCursor[item] = (m_jumpCursor[item] + 1) % int(entry.sections.size());
    const int index = entry.sections[m_jumpCursor[item]];
    showEntry(index);
    const SectionChange &s = m_result.sections[index];
    Q_EMIT sectionActivated(s.id(), s.newIndex >= 0 ? s.newLine : s.oldLine);
}

void DiffView::showEntry(int entryIndex)
{
    if (entryIndex < 0 || entryIndex >= m_result.sections.size())
        return;
    m_rendered->scrollToAnchor(DiffHtmlWriter::anchor(entryIndex));
    m_sideBySide->scrollToAnchor(DiffHtmlWriter::anchor(entryIndex));
    for (int row = 0; row < m_summary->rowCount(); ++row)
        if (m_summary->item(row, 0)->data(Qt::UserRole).toInt() == entryIndex) {
            m_summary->setCurrentCell(row, 0);
            m_summary->scrollToItem(m_summary->item(row, 0));
            break;
        }
}

void DiffView::fillSummary()
{
    static const char *const names[] = {QT_TR_NOOP("unchanged"), QT_TR_NOOP("modified"),
                                        QT_TR_NOOP("added"),     QT_TR_NOOP("removed"),
                                        QT_TR_NOOP("renamed"),   QT_TR_NOOP("moved"),
                                        QT_TR_NOOP("reordered"), QT_TR_NOOP("formatting only")};
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
        QStringList changes;
        for (const AttributeChange &a : s.attributes)
            changes.append(QStringLiteral("%1: %2 \u2192 %3")
                               .arg(a.key, a.oldValue.isEmpty() ? tr("(none)") : a.oldValue,
                                    a.newValue.isEmpty() ? tr("(none)") : a.newValue));
        if (s.moved)
            changes.append(tr("parent %1 \u2192 %2")
                               .arg(s.oldParentTitle.isEmpty() ? tr("(top)") : s.oldParentTitle,
                                    s.newParentTitle.isEmpty() ? tr("(top)") : s.newParentTitle));
        int strengthened = 0, weakened = 0, added = 0, removed = 0, other = 0;
        for (const StatementChange &st : s.statements) {
            switch (st.kind) {
            case StatementChange::Strengthened:
                ++strengthened;
                break;
            case StatementChange::Weakened:
                ++weakened;
                break;
            case StatementChange::Added:
                ++added;
                break;
            case StatementChange::Removed:
                ++removed;
                break;
            default:
                ++other;
                break;
            }
        }
        if (added)
            changes.append(DiffSummary::label(DiffSummary::ObligationsAdded, added));
        if (removed)
            changes.append(DiffSummary::label(DiffSummary::ObligationsRemoved, removed));
        if (strengthened)
            changes.append(DiffSummary::label(DiffSummary::ObligationsStrengthened, strengthened));
        if (weakened)
            changes.append(DiffSummary::label(DiffSummary::ObligationsWeakened, weakened));
        if (other)
            changes.append(tr("%1 negated or reworded").arg(other));
        const QStringList cells = {status,
                                   s.oldTitle,
                                   s.oldId,
                                   s.newTitle,
                                   s.newId,
                                   QString::number(s.wordsAdded),
                                   QString::number(s.wordsRemoved),
                                   QString::number(examplesChanged),
                                   changes.join(QStringLiteral("; "))};
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
        case SectionStatus::Reordered:
            tint = dark ? QColor(0x1f, 0x35, 0x50) : QColor(0xdb, 0xe9, 0xfb);
            break;
        case SectionStatus::FormattingOnly:
        case SectionStatus::Unchanged:
            break;
        }
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, i);
            if (tint.isValid())
                item->setBackground(tint);
            if (c == cells.size() - 1 && !cells[c].isEmpty())
                item->setToolTip(cells[c]); // the column is often narrower than its text
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
