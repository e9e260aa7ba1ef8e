#include "start_page.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Specwright {

namespace {
QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}
} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    setAutoFillBackground(true);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setBackgroundRole(QPalette::Base); // a document-like surface, as the editor
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(40, 28, 40, 28);
    grid->setHorizontalSpacing(28);
    grid->setVerticalSpacing(6);

    auto *title = new QLabel(tr("Specwright"), content);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *tagline =
        new QLabel(tr("Write the intent, pin it down with examples, keep it in git."), content);
    tagline->setObjectName(QStringLiteral("startTagline"));
    grid->addWidget(title, 0, 0, 1, 3);
    grid->addWidget(tagline, 1, 0, 1, 3);
    grid->setRowMinimumHeight(2, 16);

    auto *start = new QVBoxLayout;
    start->addWidget(heading(tr("Start"), content));
    auto *folder = makeLink(QStringLiteral("startOpenFolder"), tr("Open &Folder…"),
                            tr("A workspace: a folder of specs, usually a git repository"),
                            QStringLiteral("folder-open"));
    auto *file = makeLink(QStringLiteral("startOpenFile"), tr("Open &File…"),
                          tr("One Markdown spec"), QStringLiteral("document-open"));
    auto *sample = makeLink(QStringLiteral("startOpenSample"), tr("Open the &Sample"),
                            tr("A small bookshop-assistant spec with examples, to look around"),
                            QStringLiteral("help-about"));
    connect(qobject_cast<QCommandLinkButton *>(folder), &QCommandLinkButton::clicked, this,
            &StartPage::openFolderRequested);
    connect(qobject_cast<QCommandLinkButton *>(file), &QCommandLinkButton::clicked, this,
            &StartPage::openFileRequested);
    connect(qobject_cast<QCommandLinkButton *>(sample), &QCommandLinkButton::clicked, this,
            &StartPage::openSampleRequested);
    for (QWidget *w : {folder, file, sample})
        start->addWidget(w);
    start->addStretch(1);
    grid->addLayout(start, 3, 0, Qt::AlignTop);

    auto *fromTemplate = new QVBoxLayout;
    fromTemplate->addWidget(heading(tr("New Spec from a Template"), content));
    const struct
    {
        Template which;
        QString name;
        QString text;
        QString description;
    } templates[] = {
        {Template::ModelSpec, QStringLiteral("startTemplateModelSpec"), tr("&Model Spec Style"),
         tr("Sections with ids and authority, examples with GOOD and BAD answers")},
        {Template::SpecKit, QStringLiteral("startTemplateSpecKit"), tr("Spec-&kit Style"),
         tr("User stories, FR-### requirements, SC-### success criteria")},
        {Template::Ears, QStringLiteral("startTemplateEars"), tr("&EARS Requirements"),
         tr("WHEN <trigger> THE <system> SHALL <response>, numbered criteria")},
    };
    for (const auto &t : templates) {
        QWidget *link =
            makeLink(t.name, t.text, t.description, QStringLiteral("document-new-from-template"));
        const Template which = t.which;
        connect(qobject_cast<QCommandLinkButton *>(link), &QCommandLinkButton::clicked, this,
                [this, which] { Q_EMIT newFromTemplateRequested(which); });
        fromTemplate->addWidget(link);
    }
    fromTemplate->addStretch(1);
    grid->addLayout(fromTemplate, 3, 1, Qt::AlignTop);

    auto *recent = new QVBoxLayout;
    recent->addWidget(heading(tr("Recent Workspaces"), content));
    m_recent = new QVBoxLayout;
    recent->addLayout(m_recent);
    recent->addStretch(1);
    grid->addLayout(recent, 3, 2, Qt::AlignTop);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);
    grid->setRowStretch(4, 1);
    setRecentWorkspaces({});
}

QWidget *StartPage::makeLink(const QString &objectName, const QString &text,
                             const QString &description, const QString &icon)
{
    auto *button = new QCommandLinkButton(text, description, this);
    button->setObjectName(objectName);
    button->setIcon(QIcon::fromTheme(icon));
    button->setMaximumWidth(520);
    return button;
}

void StartPage::setRecentWorkspaces(const QStringList &folders)
{
    while (QLayoutItem *item = m_recent->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int shown = 0;
    for (const QString &folder : folders) {
        if (!QFileInfo(folder).isDir())
            continue; // moved or deleted since
        auto *button =
            new QCommandLinkButton(QDir(folder).dirName(), QDir::toNativeSeparators(folder), this);
        button->setObjectName(QStringLiteral("startRecent%1").arg(shown++));
        button->setIcon(QIcon::fromTheme(QStringLiteral("folder")));
        button->setMaximumWidth(520);
        connect(button, &QCommandLinkButton::clicked, this,
                [this, folder] { Q_EMIT workspaceRequested(folder); });
        m_recent->addWidget(button);
    }
    if (shown == 0) {
        auto *none = new QLabel(tr("No workspace opened yet."), this);
        none->setObjectName(QStringLiteral("startNoRecent"));
        m_recent->addWidget(none);
    }
}

QString StartPage::templateText(Template which)
{
    const QString name = which == Template::ModelSpec ? QStringLiteral("model-spec")
                         : which == Template::SpecKit ? QStringLiteral("spec-kit")
                                                      : QStringLiteral("ears");
    QFile file(QStringLiteral(":/new-spec/%1.md").arg(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace Specwright
