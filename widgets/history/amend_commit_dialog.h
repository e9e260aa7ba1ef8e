// "Amend spec…": shows what changed (section summary), proposes a commit message listing the
// changed sections, and commits the file, or shows why git refuses.
#pragma once

#include "diff_types.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Specwright {

class AmendCommitDialog : public QDialog
{
    Q_OBJECT

public:
    // `diff` is HEAD against the saved file (e.g. DiffView::result() after
    // compareWithLastAmendment); the file must be saved before committing.
    AmendCommitDialog(const QString &filePath, const DiffResult &diff, QWidget *parent = nullptr);
    // Opens at once, before the comparison is done; setDiff() fills in the changes.
    explicit AmendCommitDialog(const QString &filePath, QWidget *parent = nullptr);
    void setDiff(const DiffResult &diff);

    QString message() const;
    QString refusal() const;

Q_SIGNALS:
    void committed(const QString &commitId);

private:
    void updateTemplate();
    void check();
    void commit();

    QString m_filePath;
    QStringList m_changedIds;
    QLabel *m_changes = nullptr;
    QLineEdit *m_summary = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QCheckBox *m_allowDetached = nullptr;
    QLabel *m_refusal = nullptr;
    QPushButton *m_commit = nullptr;
    bool m_messageEdited = false;
    bool m_settingTemplate = false;
};

} // namespace Specwright
