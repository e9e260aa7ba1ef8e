#include "output_diff_dialog.h"

#include "diff_view.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QVBoxLayout>

namespace Specwright {

OutputDiffDialog::OutputDiffDialog(QWidget *parent)
    : QDialog(parent)
{
    m_view = new DiffView(this);
    m_view->setMode(DiffView::SideBySide);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(1000, 700);
}

void OutputDiffDialog::compareFile(const QString &path, const QByteArray &previousContent)
{
    setWindowTitle(tr("%1: previous and current version").arg(QFileInfo(path).fileName()));
    QFile f(path);
    const QByteArray current = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    m_view->compare(QString::fromUtf8(previousContent), QString::fromUtf8(current), tr("previous"),
                    tr("current"));
}

} // namespace Specwright
