#include "encoding_integration.h"

#include "button_mnemonics.h"
#include "document_controller.h"
#include "document_manager.h"
#include "document_session.h"
#include "main_actions.h"
#include "main_window.h"
#include "text_file_codec.h"

#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>

namespace Specwright {

EncodingIntegration *EncodingIntegration::install(MainWindow *window)
{
    return new EncodingIntegration(window);
}

EncodingIntegration::EncodingIntegration(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("encodingIntegration"));
    m_menu = new QMenu(tr("Reopen with &Encoding"), window);
    m_menu->setObjectName(QStringLiteral("reopenWithEncodingMenu"));
    m_menu->setIcon(QIcon::fromTheme(QStringLiteral("document-revert")));
    for (const QString &name : TextFileCodec::offeredEncodings()) {
        QAction *a = m_menu->addAction(TextFileCodec::displayName({name, false}));
        a->setObjectName(QStringLiteral("reopenAs-") + name);
        connect(a, &QAction::triggered, this, [this, name] { reopenWith(name); });
    }
    // In the File menu after Open Recent, where the other ways of opening are.
    QMenu *file = window->actions()->menu(MainActions::Menu::File);
    const QList<QAction *> items = file->actions();
    const qsizetype recent = items.indexOf(window->actions()->recentMenu()->menuAction());
    file->insertMenu(recent >= 0 && recent + 1 < items.size() ? items.at(recent + 1) : nullptr,
                     m_menu);

    m_indicator = new QToolButton(window->statusBar());
    m_indicator->setObjectName(QStringLiteral("encodingIndicator"));
    m_indicator->setAutoRaise(true);
    m_indicator->setToolButtonStyle(Qt::ToolButtonTextOnly); // sized for its text
    m_indicator->setPopupMode(QToolButton::InstantPopup);
    m_indicator->setMenu(m_menu);
    m_indicator->setToolTip(tr("The file's encoding; it is saved in the same encoding. Click "
                               "to reopen the file with another one."));
    window->statusBar()->addPermanentWidget(m_indicator);

    // Follows the shown document: each open document has its own session and encoding.
    DocumentManager *documents = window->documents();
    connect(documents, &DocumentManager::currentEncodingChanged, this,
            &EncodingIntegration::updateIndicator);
    connect(documents, &DocumentManager::currentFileChanged, this,
            &EncodingIntegration::updateIndicator);
    documents->setLossHandler([this](const QString &message, const QString &proceed) {
        return confirmLoss(message, proceed);
    });
    updateIndicator();
}

void EncodingIntegration::updateIndicator()
{
    DocumentSession *session = m_window->session();
    m_indicator->setText(TextFileCodec::displayName(session->encoding()));
    m_menu->setEnabled(!session->filePath().isEmpty());
}

void EncodingIntegration::reopenWith(const QString &encodingName)
{
    DocumentSession *session = m_window->session();
    if (session->filePath().isEmpty() || !m_window->maybeSaveCurrent())
        return;
    QString warning;
    if (!session->reloadWithEncoding(encodingName, &warning)) {
        m_window->statusBar()->showMessage(warning, 0);
        return;
    }
    m_window->controller()->refreshNow();
    m_window->statusBar()->showMessage(
        warning.isEmpty()
            ? tr("Reopened as %1.").arg(TextFileCodec::displayName(session->encoding()))
            : warning,
        warning.isEmpty() ? 4000 : 0);
}

bool EncodingIntegration::confirmLoss(const QString &message, const QString &proceed)
{
    QMessageBox box(QMessageBox::Warning, tr("Save"), message, QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("encodingLossQuestion"));
    QPushButton *go = box.addButton(proceed, QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("proceedDespiteLoss"));
    box.setDefaultButton(QMessageBox::Cancel); // nothing is lost by default
    ButtonMnemonics::apply(&box);
    box.exec();
    return box.clickedButton() == go;
}

} // namespace Specwright
