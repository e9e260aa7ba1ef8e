#include "amend_commit_dialog.h"

#include "amendment_committer.h"
#include "button_mnemonics.h"
#include "git_repository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Specwright {

AmendCommitDialog::AmendCommitDialog(const QString &filePath, const DiffResult &diff,
                                     QWidget *parent)
    : QDialog(parent)
    , m_filePath(filePath)
    , m_changedIds(diff.changedSectionIds())
{
    setWindowTitle(tr("Amend Spec"));
    m_changes = new QLabel(this);
    m_changes->setWordWrap(true);
    m_summary = new QLineEdit(this);
    m_summary->setObjectName(QStringLiteral("amendSummary"));
    m_summary->setPlaceholderText(tr("What this amendment does"));
    m_message = new QPlainTextEdit(this);
    m_message->setTabChangesFocus(true);
    m_allowDetached = new QCheckBox(tr("Commit on the detached HEAD anyway"), this);
    m_allowDetached->setObjectName(QStringLiteral("amendAllowDetached"));
    m_refusal = new QLabel(this);
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(
        QStringLiteral("color: palette(highlighted-text); background: #b3261e; padding: 4px;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_commit = buttons->addButton(tr("&Commit"), QDialogButtonBox::AcceptRole);
    ButtonMnemonics::apply(buttons);
    m_commit->setObjectName(QStringLiteral("amendCommit"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("&Message:"), m_message);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_changes);
    layout->addLayout(form);
    layout->addWidget(m_allowDetached);
    layout->addWidget(m_refusal);
    layout->addWidget(buttons);

    connect(m_summary, &QLineEdit::textChanged, this, &AmendCommitDialog::updateTemplate);
    connect(m_message, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingTemplate)
            m_messageEdited = true;
    });
    connect(m_allowDetached, &QCheckBox::toggled, this, &AmendCommitDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_commit, &QPushButton::clicked, this, &AmendCommitDialog::commit);
    setDiff(diff);
    check();
    resize(560, 420);
}

AmendCommitDialog::AmendCommitDialog(const QString &filePath, QWidget *parent)
    : AmendCommitDialog(filePath, DiffResult(), parent)
{
    m_changes->setText(tr("Comparing with the last amendment\u2026"));
}

void AmendCommitDialog::setDiff(const DiffResult &diff)
{
    m_changedIds = diff.changedSectionIds();
    static const char *const names[] = {QT_TR_NOOP("unchanged"), QT_TR_NOOP("modified"),
                                        QT_TR_NOOP("added"),     QT_TR_NOOP("removed"),
                                        QT_TR_NOOP("renamed"),   QT_TR_NOOP("moved"),
                                        QT_TR_NOOP("reordered"), QT_TR_NOOP("formatting only")};
    QStringList lines;
    for (const SectionChange &s : diff.sections) {
        if (!s.isChange())
            continue;
        lines.append(tr("%1: %2 (+%3 \u2212%4 words)")
                         .arg(tr(names[int(s.status)]), s.id())
                         .arg(s.wordsAdded)
                         .arg(s.wordsRemoved));
    }
    m_changes->setText(lines.isEmpty() ? tr("No section changed since the last amendment.")
                                       : tr("Changed sections:") + u'\n' + lines.join(u'\n'));
    updateTemplate();
}

QString AmendCommitDialog::message() const
{
    return m_message->toPlainText();
}
QString AmendCommitDialog::refusal() const
{
    return m_refusal->isVisible() || !m_refusal->isHidden() ? m_refusal->text() : QString();
}

void AmendCommitDialog::updateTemplate()
{
    if (m_messageEdited)
        return;
    m_settingTemplate = true;
    m_message->setPlainText(AmendmentCommitter::messageTemplate(QFileInfo(m_filePath).fileName(),
                                                                m_summary->text(), m_changedIds));
    m_settingTemplate = false;
}

void AmendCommitDialog::check()
{
    GitResult<GitRepository> repo = GitRepository::discover(m_filePath);
    QString why;
    bool detached = false;
    if (!repo) {
        why = repo.errorMessage();
    } else {
        detached = repo->isHeadDetached();
        GitResult<GitDone> ok =
            AmendmentCommitter::check(repo.value(), m_allowDetached->isChecked());
        if (!ok)
            why = ok.errorMessage();
    }
    m_allowDetached->setVisible(detached);
    m_refusal->setText(why);
    m_refusal->setHidden(why.isEmpty());
    m_commit->setEnabled(why.isEmpty());
}

void AmendCommitDialog::commit()
{
    GitResult<GitRepository> repo = GitRepository::discover(m_filePath);
    if (!repo) {
        m_refusal->setText(repo.errorMessage());
        m_refusal->show();
        return;
    }
    GitResult<GitOid> id = AmendmentCommitter::commit(repo.value(), m_filePath, message(),
                                                      m_allowDetached->isChecked());
    if (!id) {
        m_refusal->setText(id.errorMessage());
        m_refusal->show();
        return;
    }
    Q_EMIT committed(id->hex());
    accept();
}

} // namespace Specwright
