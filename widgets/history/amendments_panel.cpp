#include "amendments_panel.h"

#include "git_repository.h"
#include "section_diff.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Specwright {

namespace {
QString textOf(const GitRepository &repo, const GitOid &commit, const QString &path)
{
    const GitResult<FileText> text = FileHistory::textAt(repo, commit, path);
    return text ? text->text : QString();
}
} // namespace

struct AmendmentsPanel::Loaded
{
    QString error;
    QString note;
    QList<FileRevision> revisions;
    QList<int> changedSections; // per revision; -1 when not counted
};

AmendmentsPanel::AmendmentsPanel(QWidget *parent)
    : QWidget(parent)
{
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("amendmentsList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("Date"), tr("Author"), tr("Summary"), tr("Sections")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->setToolTip(tr("Select an amendment to compare it with its parent; Ctrl-click a second "
                          "one to compare the two."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    m_message->setText(tr("No file"));
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &AmendmentsPanel::selectionChanged);
}

QString AmendmentsPanel::message() const
{
    return m_message->text();
}

void AmendmentsPanel::setFile(const QString &filePath)
{
    m_filePath = filePath;
    m_message->setText(tr("Reading the history\u2026"));
    // m_load applies only the newest file's history (a stale one is dropped).
    auto load = [filePath](const BackgroundTask &) {
        Loaded out;
        GitResult<GitRepository> repo = GitRepository::discover(filePath);
        if (!repo) {
            out.error = repo.errorMessage();
            return out;
        }
        if (repo->isBare()) {
            out.error = AmendmentsPanel::tr("The repository is bare");
            return out;
        }
        const QString rel = repo->relativePath(filePath);
        GitResult<QList<FileRevision>> log = FileHistory::log(repo.value(), rel);
        if (!log) {
            out.error = log.errorMessage();
            return out;
        }
        out.revisions = log.take();
        if (out.revisions.isEmpty())
            out.note = repo->isHeadUnborn()
                           ? AmendmentsPanel::tr("No commits yet")
                           : AmendmentsPanel::tr("This file has no committed amendments");
        // Changed-section counts: each revision against its parent (the text of one revision
        // serves as the parent text of the next older one).
        for (int i = 0; i < out.revisions.size(); ++i) {
            const FileRevision &r = out.revisions[i];
            if (i >= maxCountedRevisions()) {
                out.changedSections.append(-1);
                continue;
            }
            GitResult<FileText> now = FileHistory::textAt(repo.value(), r.commit, r.path);
            const QString before = r.parent.isNull()
                                       ? QString()
                                       : textOf(repo.value(), r.parent,
                                                r.renamedFrom.isEmpty() ? r.path : r.renamedFrom);
            if (!now || now->binary || now->huge) {
                out.changedSections.append(-1);
                continue;
            }
            out.changedSections.append(
                int(SectionDiff::compute(before, now->text).changedSectionIds().size()));
        }
        return out;
    };
    m_load.start(load, [this](Loaded loaded) { showLoaded(loaded); });
}

void AmendmentsPanel::showLoaded(const Loaded &loaded)
{
    m_list->clear();
    m_revisions = loaded.revisions;
    if (!loaded.error.isEmpty()) {
        m_message->setText(loaded.error);
        Q_EMIT failed(loaded.error);
        return;
    }
    m_message->setText(loaded.note.isEmpty()
                           ? tr("%n amendment(s)", nullptr, int(m_revisions.size()))
                           : loaded.note);
    const QLocale locale;
    for (int i = 0; i < m_revisions.size(); ++i) {
        const FileRevision &r = m_revisions[i];
        QString summary = r.summary;
        if (!r.renamedFrom.isEmpty())
            summary += u' ' + tr("(renamed from %1)").arg(r.renamedFrom);
        if (r.deleted)
            summary += u' ' + tr("(deleted)");
        const int count = loaded.changedSections.value(i, -1);
        auto *item = new QTreeWidgetItem(
            m_list, {locale.toString(r.time, QLocale::ShortFormat), r.author, summary,
                     count < 0 ? QStringLiteral("?") : QString::number(count)});
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(2, tr("%1\n%2 <%3>").arg(r.commit.hex(), r.author, r.email));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    Q_EMIT historyLoaded(int(m_revisions.size()));
}

QString AmendmentsPanel::label(const FileRevision &revision) const
{
    return QStringLiteral("%1 %2").arg(revision.commit.shortHex(), revision.summary);
}

void AmendmentsPanel::selectionChanged()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty() || selected.size() > 2)
        return;
    GitResult<GitRepository> repo = GitRepository::discover(m_filePath);
    if (!repo)
        return;
    // Reading two blobs is cheap; the diff itself runs in the DiffView's worker.
    QList<int> rows;
    for (QTreeWidgetItem *item : selected)
        rows.append(item->data(0, Qt::UserRole).toInt());
    std::sort(rows.begin(), rows.end()); // smaller row = newer
    const FileRevision &newer = m_revisions[rows.first()];
    QString oldText, oldLabel;
    if (rows.size() == 2) {
        const FileRevision &older = m_revisions[rows.last()];
        oldText = textOf(repo.value(), older.commit, older.path);
        oldLabel = label(older);
    } else if (!newer.parent.isNull()) {
        oldText = textOf(repo.value(), newer.parent,
                         newer.renamedFrom.isEmpty() ? newer.path : newer.renamedFrom);
        oldLabel = tr("parent %1").arg(newer.parent.shortHex());
    } else {
        oldLabel = tr("(nothing)");
    }
    const QString newText = textOf(repo.value(), newer.commit, newer.path);
    Q_EMIT compareRequested(oldText, newText, oldLabel, label(newer));
}

} // namespace Specwright
