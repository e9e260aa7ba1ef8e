#include "workspace_trust_bar.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Specwright {

WorkspaceTrustBar::WorkspaceTrustBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_trust(new QPushButton(tr("&Trust This Workspace"), this))
    , m_decline(new QPushButton(tr("&Not Now"), this))
{
    setObjectName(QStringLiteral("workspaceTrustBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_trust->setObjectName(QStringLiteral("trustWorkspaceButton"));
    m_decline->setObjectName(QStringLiteral("declineWorkspaceButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_trust);
    layout->addWidget(m_decline);
    connect(m_trust, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT trusted(m_root);
    });
    connect(m_decline, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT declined(m_root);
    });
    // A notice tint that follows the light or dark palette by itself.
    setBackgroundRole(QPalette::AlternateBase);
    hide();
}

void WorkspaceTrustBar::ask(const QString &workspaceRoot)
{
    m_root = workspaceRoot;
    m_text->setText(tr("Do you trust the authors of %1? Until you do, Specwright runs no LLM "
                       "generator, no eval and no template from this workspace's "
                       "specwright.toml. Reading, linting and diffing work either way.")
                        .arg(QDir::toNativeSeparators(workspaceRoot)));
    // The bar asks again for each folder a tab switch shows: it keeps the height it had, so
    // a longer or shorter path does not move (lay out and repaint) the whole window.
    if (isVisible())
        m_text->setMinimumHeight(qMax(m_text->minimumHeight(), m_text->height()));
    show();
}

} // namespace Specwright
