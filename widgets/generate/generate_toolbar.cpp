#include "generate_toolbar.h"

#include "generate_controller.h"

#include <QActionGroup>
#include <QIcon>
#include <QMenu>
#include <QToolButton>

namespace Specwright {

GenerateToolbar::GenerateToolbar(GenerateController *controller, QWidget *parent)
    : QToolBar(tr("Generate"), parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("generateToolbar"));
    m_menu = new QMenu(tr("&Generate"), this);
    m_generate = new QAction(QIcon::fromTheme(QStringLiteral("run-build")), tr("Generate"), this);
    m_generate->setShortcut(QKeySequence(tr("Ctrl+Shift+G")));
    m_generate->setObjectName(QStringLiteral("generateAction"));
    connect(m_generate, &QAction::triggered, this, &GenerateToolbar::runChosen);
    m_sectionOnly = new QAction(tr("Selected Section Only"), this);
    m_sectionOnly->setObjectName(QStringLiteral("sectionOnlyAction"));
    m_sectionOnly->setCheckable(true);
    m_sectionOnly->setToolTip(
        tr("Generate from the section at the cursor instead of the whole spec"));
    m_cancel = new QAction(QIcon::fromTheme(QStringLiteral("process-stop")),
                           tr("Cancel Generation"), this);
    connect(m_cancel, &QAction::triggered, controller, &GenerateController::cancel);

    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("generateButton"));
    m_button->setDefaultAction(m_generate);
    m_button->setPopupMode(QToolButton::MenuButtonPopup);
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setMenu(m_menu);
    addWidget(m_button);
    addAction(m_sectionOnly);

    connect(controller, &GenerateController::generatorsChanged, this,
            &GenerateToolbar::rebuildMenu);
    connect(controller, &GenerateController::started, this, &GenerateToolbar::updateState);
    connect(controller, &GenerateController::finished, this, &GenerateToolbar::updateState);
    rebuildMenu();
}

void GenerateToolbar::rebuildMenu()
{
    m_menu->clear();
    delete m_group;
    m_group = new QActionGroup(this);
    const QString last = m_controller->lastGenerator();
    for (const GeneratorDefinition &d : m_controller->generators()) {
        QAction *a = m_menu->addAction(d.title);
        a->setCheckable(true);
        a->setChecked(d.name == last);
        a->setData(d.name);
        a->setToolTip(d.description);
        a->setStatusTip(d.description);
        m_group->addAction(a);
        // Choosing a generator in the menu runs it and makes it the one-click default.
        connect(a, &QAction::triggered, this, [this, name = d.name] {
            m_controller->setLastGenerator(name);
            updateState();
            m_controller->run(name, m_sectionOnly->isChecked());
        });
    }
    m_menu->addSeparator();
    m_menu->addAction(m_sectionOnly);
    m_menu->addAction(m_cancel);
    updateState();
}

void GenerateToolbar::updateState()
{
    const QString last = m_controller->lastGenerator();
    QString title = last;
    for (const GeneratorDefinition &d : m_controller->generators())
        if (d.name == last)
            title = d.title;
    m_generate->setToolTip(
        tr("Generate: %1 (%2)")
            .arg(title, m_generate->shortcut().toString(QKeySequence::NativeText)));
    m_generate->setText(tr("Generate"));
    const bool running = m_controller->isRunning();
    m_generate->setEnabled(!running && m_controller->document() != nullptr);
    m_cancel->setEnabled(running);
    if (m_group)
        for (QAction *a : m_group->actions())
            a->setChecked(a->data().toString() == last);
}

void GenerateToolbar::runChosen()
{
    m_controller->run(QString(), m_sectionOnly->isChecked());
}

} // namespace Specwright
