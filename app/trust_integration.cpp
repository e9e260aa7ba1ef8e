#include "trust_integration.h"

#include "document_controller.h"
#include "main_window.h"
#include "workspace_trust.h"
#include "workspace_trust_bar.h"

#include <QAction>
#include <QFileInfo>
#include <QSettings>
#include <QToolBar>

namespace Specwright {

TrustIntegration *TrustIntegration::install(MainWindow *window)
{
    return new TrustIntegration(window);
}

TrustIntegration *TrustIntegration::of(const MainWindow *window)
{
    return window ? window->findChild<TrustIntegration *>(QStringLiteral("trustIntegration"),
                                                          Qt::FindDirectChildrenOnly)
                  : nullptr;
}

TrustIntegration::TrustIntegration(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("trustIntegration"));
    auto *holder = new QToolBar(tr("Workspace trust"), window);
    holder->setObjectName(QStringLiteral("workspaceTrustToolBar"));
    holder->setMovable(false);
    holder->setFloatable(false);
    m_bar = new WorkspaceTrustBar(holder);
    QAction *shown = holder->addWidget(m_bar);
    window->addToolBarBreak(Qt::TopToolBarArea);
    window->addToolBar(Qt::TopToolBarArea, holder);
    holder->hide();
    connect(m_bar, &WorkspaceTrustBar::trusted, this, [this, holder](const QString &root) {
        QSettings settings;
        WorkspaceTrust(settings).trust(root);
        holder->hide();
        Q_EMIT trustChanged(true);
    });
    connect(m_bar, &WorkspaceTrustBar::declined, this, [holder](const QString &root) {
        QSettings settings;
        WorkspaceTrust(settings).decline(root);
        holder->hide();
    });
    connect(window->controller(), &DocumentController::documentChanged, this,
            [this, holder, shown] {
                const QString before = m_root;
                follow();
                if (m_root == before || m_root.isEmpty())
                    return;
                QSettings settings;
                const WorkspaceTrust trust(settings);
                const bool ask = !trust.isTrusted(m_root) && !trust.wasDeclined(m_root);
                if (ask)
                    m_bar->ask(m_root);
                shown->setVisible(ask);
                holder->setVisible(ask);
                Q_EMIT trustChanged(trust.isTrusted(m_root));
            });
}

void TrustIntegration::follow()
{
    if (const Workspace::Ptr ws = m_window->workspace())
        m_root = ws->rootPath();
    else if (const SpecDocument::Ptr d = m_window->controller()->document();
             d && !d->filePath().isEmpty())
        m_root = QFileInfo(d->filePath()).absolutePath();
    else
        m_root.clear();
}

bool TrustIntegration::isTrusted() const
{
    if (m_root.isEmpty())
        return false;
    QSettings settings;
    return WorkspaceTrust(settings).isTrusted(m_root);
}

} // namespace Specwright
