#include "shortcut_reference_dialog.h"

#include "button_mnemonics.h"
#include "main_actions.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Specwright {

namespace {

void addMenu(QTreeWidget *table, QMenu *menu, const QString &path)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            addMenu(table, action->menu(),
                    path + QStringLiteral(" › ") + MainActions::plainText(action->text()));
            continue;
        }
        QStringList keys;
        for (const QKeySequence &k : action->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        if (keys.isEmpty())
            continue;
        auto *row = new QTreeWidgetItem(
            table, {MainActions::plainText(action->text()), keys.join(QStringLiteral(", ")), path});
        row->setIcon(0, action->icon());
    }
}

} // namespace

ShortcutReferenceDialog::ShortcutReferenceDialog(QMainWindow *window)
    : QDialog(window)
    , m_filter(new QLineEdit(this))
    , m_table(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutReferenceDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    resize(620, 560);
    m_filter->setPlaceholderText(tr("Filter by command or key"));
    m_filter->setClearButtonEnabled(true);
    m_table->setHeaderLabels({tr("Command"), tr("Shortcut"), tr("Menu")});
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    for (QAction *top : window->menuBar()->actions())
        if (top->menu())
            addMenu(m_table, top->menu(), MainActions::plainText(top->text()));
    m_table->sortByColumn(2, Qt::AscendingOrder);
    m_table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    ButtonMnemonics::apply(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutReferenceDialog::filter);
}

void ShortcutReferenceDialog::filter(const QString &text)
{
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_table->topLevelItem(i);
        const bool shown = text.isEmpty() || row->text(0).contains(text, Qt::CaseInsensitive) ||
                           row->text(1).contains(text, Qt::CaseInsensitive);
        row->setHidden(!shown);
    }
}

} // namespace Specwright
