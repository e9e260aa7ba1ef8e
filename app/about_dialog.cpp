#include "about_dialog.h"

#include "button_mnemonics.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Specwright {

QList<AboutDialog::Component> AboutDialog::components()
{
    return {
        {QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())), tr("application framework"),
         QStringLiteral("LGPL-3.0-only"), QStringLiteral("https://www.qt.io/")},
        {QStringLiteral("KDE Frameworks: KSyntaxHighlighting"), tr("syntax highlighting"),
         QStringLiteral("MIT"),
         QStringLiteral("https://invent.kde.org/frameworks/syntax-highlighting")},
        {QStringLiteral("KDE Frameworks: KTextTemplate"), tr("generator templates"),
         QStringLiteral("LGPL-2.1-or-later"),
         QStringLiteral("https://invent.kde.org/frameworks/ktexttemplate")},
        {QStringLiteral("KDE Frameworks: Breeze Icons"), tr("icons"),
         QStringLiteral("LGPL-3.0-or-later"),
         QStringLiteral("https://invent.kde.org/frameworks/breeze-icons")},
        {QStringLiteral("cmark-gfm"), tr("Markdown parser"), QStringLiteral("BSD-2-Clause"),
         QStringLiteral("https://github.com/github/cmark-gfm")},
        {QStringLiteral("libgit2"), tr("git history and commits"),
         tr("GPL-2.0-only with linking exception"), QStringLiteral("https://libgit2.org/")},
        {QStringLiteral("dtl"), tr("word differences"), QStringLiteral("BSD-3-Clause"),
         QStringLiteral("https://github.com/cubicdaiya/dtl")},
        {QStringLiteral("toml++"), tr("reading specwright.toml"), QStringLiteral("MIT"),
         QStringLiteral("https://marzer.github.io/tomlplusplus/")},
    };
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Specwright"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto *icon = new QLabel;
    icon->setPixmap(
        QIcon::fromTheme(QStringLiteral("org.specwright.Specwright"), QApplication::windowIcon())
            .pixmap(64, 64));
    auto *title = new QLabel(tr("<h2>Specwright %1</h2>").arg(QApplication::applicationVersion()));
    title->setObjectName(QStringLiteral("aboutTitle"));
    auto *blurb =
        new QLabel(tr("An IDE for specifications: Markdown documents that state the intent "
                      "of a system, with examples, kept in git, linted like code and "
                      "compiled into code, tests and documentation."));
    blurb->setWordWrap(true);
    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(blurb);
    header->addLayout(text, 1);

    auto *table = new QTreeWidget;
    table->setObjectName(QStringLiteral("components"));
    table->setRootIsDecorated(false);
    table->setHeaderLabels({tr("Component"), tr("Used for"), tr("Licence")});
    for (const Component &c : components()) {
        auto *item = new QTreeWidgetItem(table, {c.name, c.purpose, c.licence});
        item->setToolTip(0, c.url);
    }
    for (int column = 0; column < table->columnCount(); ++column)
        table->resizeColumnToContents(column);
    table->setMinimumWidth(table->header()->length() + 24);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    ButtonMnemonics::apply(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(new QLabel(tr("Specwright is built on these libraries:")));
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(640, 360);
}

} // namespace Specwright
