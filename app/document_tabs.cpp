#include "document_tabs.h"

#include "open_document.h"
#include "open_documents.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QGuiApplication>
#include <QMenu>
#include <QMouseEvent>
#include <QPointer>

namespace Specwright {

DocumentTabs::DocumentTabs(OpenDocuments *documents, QWidget *parent)
    : QTabBar(parent)
    , m_documents(documents)
{
    setObjectName(QStringLiteral("documentTabs"));
    setTabsClosable(true);
    setMovable(true);
    setExpanding(false);
    setDocumentMode(true);
    setUsesScrollButtons(true);
    setElideMode(Qt::ElideMiddle);
    setFocusPolicy(Qt::NoFocus); // the editor keeps the keyboard
    for (OpenDocument *document : documents->documents())
        insertFor(document);
    setCurrentIndex(tabOf(documents->current()));

    connect(documents, &OpenDocuments::added, this, &DocumentTabs::insertFor);
    connect(documents, &OpenDocuments::documentRenamed, this, &DocumentTabs::updateTab);
    connect(documents, &OpenDocuments::currentChanged, this, [this](OpenDocument *document) {
        m_syncing = true;
        setCurrentIndex(tabOf(document));
        m_syncing = false;
    });
    connect(documents, &OpenDocuments::aboutToRemove, this, [this](OpenDocument *document) {
        m_syncing = true;
        removeTab(tabOf(document));
        m_syncing = false;
    });
    connect(this, &QTabBar::currentChanged, this, [this](int index) {
        if (!m_syncing && index >= 0)
            m_documents->setCurrent(documentAt(index));
    });
    connect(this, &QTabBar::tabMoved, m_documents, &OpenDocuments::move);
    connect(this, &QTabBar::tabCloseRequested, this, [this](int index) {
        if (OpenDocument *document = documentAt(index))
            Q_EMIT closeRequested(document);
    });
}

int DocumentTabs::tabOf(OpenDocument *document) const
{
    for (int i = 0; i < count(); ++i)
        if (tabData(i).value<QObject *>() == document)
            return i;
    return -1;
}

OpenDocument *DocumentTabs::documentAt(int index) const
{
    return qobject_cast<OpenDocument *>(tabData(index).value<QObject *>());
}

void DocumentTabs::insertFor(OpenDocument *document)
{
    m_syncing = true;
    const int index = insertTab(m_documents->indexOf(document), QString());
    setTabData(index, QVariant::fromValue<QObject *>(document));
    m_syncing = false;
    updateTab(document);
}

void DocumentTabs::updateTab(OpenDocument *document)
{
    const int index = tabOf(document);
    if (index < 0)
        return;
    QString name = document->displayName();
    name.replace(QLatin1Char('&'), QStringLiteral("&&")); // a name, not a mnemonic
    setTabText(index, document->isModified() ? tr("%1 *").arg(name) : name);
    setTabToolTip(index, document->filePath().isEmpty()
                             ? tr("Not saved yet")
                             : QDir::toNativeSeparators(document->filePath()));
}

void DocumentTabs::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        if (OpenDocument *document = documentAt(tabAt(event->position().toPoint()))) {
            Q_EMIT closeRequested(document);
            return;
        }
    }
    QTabBar::mouseReleaseEvent(event);
}

void DocumentTabs::contextMenuEvent(QContextMenuEvent *event)
{
    OpenDocument *document = documentAt(tabAt(event->pos()));
    if (!document)
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("documentTabMenu"));
    QAction *close = menu.addAction(tr("&Close"));
    close->setObjectName(QStringLiteral("tabClose"));
    QAction *others = menu.addAction(tr("Close &Others"));
    others->setObjectName(QStringLiteral("tabCloseOthers"));
    others->setEnabled(count() > 1);
    QAction *all = menu.addAction(tr("Close &All"));
    all->setObjectName(QStringLiteral("tabCloseAll"));
    menu.addSeparator();
    QAction *copyPath = menu.addAction(tr("Copy &Path"));
    copyPath->setObjectName(QStringLiteral("tabCopyPath"));
    copyPath->setEnabled(!document->filePath().isEmpty());
    // The document may be closed while the menu is open (autosave, a reload): look it up again.
    QPointer<OpenDocument> target(document);
    QAction *chosen = menu.exec(event->globalPos());
    if (!chosen || !target)
        return;
    if (chosen == close)
        Q_EMIT closeRequested(target);
    else if (chosen == others)
        Q_EMIT closeOthersRequested(target);
    else if (chosen == all)
        Q_EMIT closeOthersRequested(nullptr);
    else if (chosen == copyPath)
        QGuiApplication::clipboard()->setText(QDir::toNativeSeparators(target->filePath()));
}

} // namespace Specwright
