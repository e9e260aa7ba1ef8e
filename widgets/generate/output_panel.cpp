#include "output_panel.h"

#include "generate_controller.h"
#include "output_diff_dialog.h"
#include "provenance.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMetaMethod>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Specwright {

namespace {

enum Column
{
    FileColumn,
    StatusColumn,
    StateColumn
};
constexpr int RowRole = Qt::UserRole + 1;

QString statusText(OutputResult::Status s)
{
    switch (s) {
    case OutputResult::Status::Written:
        return OutputPanel::tr("written");
    case OutputResult::Status::Unchanged:
        return OutputPanel::tr("unchanged");
    case OutputResult::Status::Conflict:
        return OutputPanel::tr("conflict: edited by hand");
    case OutputResult::Status::Failed:
        return OutputPanel::tr("failed");
    }
    return {};
}

} // namespace

OutputPanel::OutputPanel(GenerateController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("generateOutputPanel"));
    m_status = new QLabel(tr("Ready"), this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Stop the running generator; nothing is written"));
    m_overwrite = new QPushButton(tr("O&verwrite Edited Files"), this);
    m_overwrite->setVisible(false);
    m_overwrite->setToolTip(
        tr("Generate again and overwrite the outputs that were edited by hand"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_progress, 2);
    top->addWidget(m_cancel);
    top->addWidget(m_overwrite);

    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("The generator's log appears here."));
    m_log->setMaximumBlockCount(5000);

    m_results = new QTreeWidget(this);
    m_results->setColumnCount(3);
    m_results->setHeaderLabels({tr("Output"), tr("Result"), tr("State")});
    m_results->setRootIsDecorated(false);
    m_results->setAlternatingRowColors(true);
    m_results->setContextMenuPolicy(Qt::CustomContextMenu);
    m_results->header()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);

    m_open = new QPushButton(tr("&Open"), this);
    m_reveal = new QPushButton(tr("&Reveal"), this);
    m_diff = new QPushButton(tr("&Diff with Previous"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_reveal);
    buttons->addWidget(m_diff);
    buttons->addStretch(1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_results, 1);
    rightLayout->addLayout(buttons);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_log);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_cancel, &QPushButton::clicked, controller, &GenerateController::cancel);
    connect(m_overwrite, &QPushButton::clicked, controller,
            &GenerateController::overwriteConflicts);
    connect(m_open, &QPushButton::clicked, this, [this] { openItem(m_results->currentItem()); });
    connect(m_reveal, &QPushButton::clicked, this,
            [this] { revealItem(m_results->currentItem()); });
    connect(m_diff, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_results->currentItem())
            showDiff(item->data(FileColumn, RowRole).toInt());
    });
    connect(m_results, &QTreeWidget::itemActivated, this, &OutputPanel::openItem);
    connect(m_results, &QTreeWidget::currentItemChanged, this, &OutputPanel::updateButtons);
    connect(m_results, &QTreeWidget::customContextMenuRequested, this,
            &OutputPanel::showContextMenu);
    connect(controller, &GenerateController::started, this, &OutputPanel::onStarted);
    connect(controller, &GenerateController::progressChanged, m_progress, &QProgressBar::setValue);
    connect(controller, &GenerateController::logMessage, this, &OutputPanel::appendLog);
    connect(controller, &GenerateController::streamText, this, &OutputPanel::appendStream);
    connect(controller, &GenerateController::finished, this, &OutputPanel::onFinished);
    updateButtons();
}

void OutputPanel::onStarted(const QString &title)
{
    m_status->setText(tr("Generating: %1").arg(title));
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_overwrite->setVisible(false);
    m_log->clear();
    m_streaming = false;
}

void OutputPanel::appendLog(const QString &line)
{
    if (m_streaming) {
        m_log->appendPlainText(QString());
        m_streaming = false;
    }
    m_log->appendPlainText(line);
}

void OutputPanel::appendStream(const QString &text)
{
    // Model output arrives in pieces; keep them on the same lines as they stream in.
    QTextCursor cursor(m_log->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_streaming)
        cursor.insertBlock();
    cursor.insertText(text);
    m_streaming = true;
    m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
}

void OutputPanel::onFinished(const GenerationResult &result)
{
    m_result = result;
    m_cancel->setEnabled(false);
    if (result.canceled)
        m_status->setText(tr("Canceled"));
    else if (!result.error.isEmpty())
        m_status->setText(tr("Failed: %1").arg(result.error));
    else
        m_status->setText(tr("Done: %n file(s)", nullptr, int(result.outputs.size())));
    if (result.ok)
        m_progress->setValue(m_progress->maximum());
    m_overwrite->setVisible(result.hasConflicts());
    m_results->clear();
    for (int i = 0; i < result.outputs.size(); ++i) {
        const OutputResult &o = result.outputs.at(i);
        auto *item = new QTreeWidgetItem(m_results);
        item->setText(FileColumn, QDir::toNativeSeparators(o.relativePath));
        item->setToolTip(FileColumn, o.path);
        item->setData(FileColumn, RowRole, i);
        item->setText(StatusColumn, statusText(o.status));
        if (!o.message.isEmpty())
            item->setToolTip(StatusColumn, o.message);
        if (o.status == OutputResult::Status::Conflict || o.status == OutputResult::Status::Failed)
            item->setIcon(StatusColumn, QIcon::fromTheme(QStringLiteral("dialog-warning")));
    }
    if (m_results->topLevelItemCount() > 0)
        m_results->setCurrentItem(m_results->topLevelItem(0));
    refreshStates();
}

void OutputPanel::refreshStates()
{
    // Reading and hashing the outputs and the spec's sections happens on a worker; a newer
    // refresh (or run) makes an older result obsolete.
    const SpecDocument::Ptr document = m_controller->document();
    QStringList paths;
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_results->topLevelItem(i);
        paths.append(m_result.outputs.at(item->data(FileColumn, RowRole).toInt()).path);
        if (item->text(StateColumn).isEmpty())
            item->setText(StateColumn, QStringLiteral("\u2026"));
    }
    m_states.start(
        [paths, document](const BackgroundTask &task) {
            QList<OutputStatus> states;
            for (const QString &path : paths) {
                if (task.isCancelled())
                    break;
                OutputStatus status;
                status.path = path;
                status.state =
                    document ? ProvenanceStamp::state(path, *document, &status.changedSections)
                             : ProvenanceStamp::state(path, QString());
                states.append(status);
            }
            return states;
        },
        [this](const QList<OutputStatus> &states) { applyStates(states); });
}

void OutputPanel::applyStates(const QList<OutputStatus> &states)
{
    for (int i = 0; i < m_results->topLevelItemCount() && i < states.size(); ++i) {
        QTreeWidgetItem *item = m_results->topLevelItem(i);
        QString text;
        QString tip;
        switch (states.at(i).state) {
        case OutputState::Current:
            text = tr("current");
            break;
        case OutputState::Stale:
            text = tr("stale");
            tip = tr("The spec changed since this file was generated");
            if (!states.at(i).changedSections.isEmpty())
                tip += u'\n' + tr("Changed sections: %1")
                                   .arg(states.at(i).changedSections.join(QLatin1String(", ")));
            break;
        case OutputState::HandEdited:
            text = tr("edited by hand");
            tip = tr("Changed after generation; generating again will ask before overwriting");
            break;
        case OutputState::Missing:
            text = tr("missing");
            break;
        case OutputState::Foreign:
            text = tr("not generated");
            tip = tr("This file was not written by Specwright");
            break;
        }
        item->setText(StateColumn, text);
        item->setToolTip(StateColumn, tip);
        QFont font = item->font(StateColumn);
        font.setBold(text != tr("current"));
        item->setFont(StateColumn, font);
        item->setIcon(StateColumn, text == tr("current")
                                       ? QIcon()
                                       : QIcon::fromTheme(QStringLiteral("emblem-important")));
    }
    updateButtons();
}

void OutputPanel::updateButtons()
{
    QTreeWidgetItem *item = m_results->currentItem();
    const int row = item ? item->data(FileColumn, RowRole).toInt() : -1;
    const bool exists = row >= 0 && QFileInfo::exists(m_result.outputs.at(row).path);
    m_open->setEnabled(exists);
    m_reveal->setEnabled(exists);
    m_diff->setEnabled(exists && m_result.outputs.at(row).hadPrevious);
}

void OutputPanel::openItem(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString path = m_result.outputs.at(item->data(FileColumn, RowRole).toInt()).path;
    if (isSignalConnected(QMetaMethod::fromSignal(&OutputPanel::openRequested)))
        Q_EMIT openRequested(path);
    else
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void OutputPanel::revealItem(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString path = m_result.outputs.at(item->data(FileColumn, RowRole).toInt()).path;
    if (isSignalConnected(QMetaMethod::fromSignal(&OutputPanel::revealRequested)))
        Q_EMIT revealRequested(path);
    else
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

void OutputPanel::showContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_results->itemAt(pos);
    if (!item)
        return;
    m_results->setCurrentItem(item);
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, item] { openItem(item); })
        ->setEnabled(m_open->isEnabled());
    menu.addAction(tr("Reveal in Folder"), this, [this, item] { revealItem(item); })
        ->setEnabled(m_reveal->isEnabled());
    menu.addAction(tr("Diff with Previous Version"), this,
                   [this, item] { showDiff(item->data(FileColumn, RowRole).toInt()); })
        ->setEnabled(m_diff->isEnabled());
    menu.exec(m_results->viewport()->mapToGlobal(pos));
}

void OutputPanel::showDiff(int row)
{
    if (row < 0 || row >= m_result.outputs.size())
        return;
    const OutputResult &o = m_result.outputs.at(row);
    auto *dialog = new OutputDiffDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->compareFile(o.path, o.previousContent);
    dialog->show();
}

} // namespace Specwright
