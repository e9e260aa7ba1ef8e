#include "workspace_trust_bar.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Specwright {

WorkspaceTrustBar::WorkspaceTrustBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_trust(new QPushButton(tr("Trust this workspace"), this))
    , m_decline(new QPushButton(tr("Not now"), this))
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
    updatePalette();
    hide();
}

void WorkspaceTrustBar::ask(const QString &workspaceRoot)
{
    m_root = workspaceRoot;
    m_text->setText(tr("Do you trust the authors of %1? Until you do, Specwright runs no LLM "
                       "generator, no eval and no template from this workspace's "
                       "specwright.toml. Reading, linting and diffing work either way.")
                        .arg(QDir::toNativeSeparators(workspaceRoot)));
    show();
}

void WorkspaceTrustBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !property("updatingPalette").toBool())
        updatePalette();
}

void WorkspaceTrustBar::updatePalette()
{
    // A tint of the highlight colour, so the bar reads as a notice in light and dark themes.
    setProperty("updatingPalette", true);
    QPalette p = parentWidget() ? parentWidget()->palette() : palette();
    const QColor base = p.color(QPalette::Window);
    const QColor accent = p.color(QPalette::Highlight);
    QColor tint;
    tint.setRgbF(base.redF() * 0.8 + accent.redF() * 0.2,
                 base.greenF() * 0.8 + accent.greenF() * 0.2,
                 base.blueF() * 0.8 + accent.blueF() * 0.2);
    p.setColor(QPalette::Window, tint);
    setPalette(p);
    setProperty("updatingPalette", false);
}

} // namespace Specwright
