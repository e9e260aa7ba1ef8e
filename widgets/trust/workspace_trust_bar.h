// The inline question "do you trust this workspace?", shown once per untrusted workspace above
// the editor: a workspace someone else wrote may run models, evals and templates through its
// specwright.toml. "Trust" and "Not now" are remembered by the caller (WorkspaceTrust).
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Specwright {

class WorkspaceTrustBar : public QFrame
{
    Q_OBJECT

public:
    explicit WorkspaceTrustBar(QWidget *parent = nullptr);

    // Shows the bar for the folder.
    void ask(const QString &workspaceRoot);
    QString workspaceRoot() const { return m_root; }
    QPushButton *trustButton() const { return m_trust; }
    QPushButton *declineButton() const { return m_decline; }

Q_SIGNALS:
    void trusted(const QString &workspaceRoot);
    void declined(const QString &workspaceRoot);

private:
    QString m_root;
    QLabel *m_text = nullptr;
    QPushButton *m_trust = nullptr;
    QPushButton *m_decline = nullptr;
};

} // namespace Specwright
