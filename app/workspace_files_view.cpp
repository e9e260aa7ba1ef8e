#include "workspace_files_view.h"

#include <QFileInfo>
#include <QFileSystemModel>
#include <QHeaderView>

namespace Specwright {

WorkspaceFilesView::WorkspaceFilesView(QWidget *parent)
    : QTreeView(parent)
    , m_model(new QFileSystemModel(this))
{
    setObjectName(QStringLiteral("workspaceTree"));
    m_model->setNameFilters(
        {QStringLiteral("*.md"), QStringLiteral("*.toml"), QStringLiteral("*.markdown")});
    m_model->setNameFilterDisables(false);
    setModel(m_model);
    for (int c = 1; c < m_model->columnCount(); ++c)
        setColumnHidden(c, true);
    header()->hide();
    connect(this, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString path = m_model->filePath(index);
        if (QFileInfo(path).isFile())
            Q_EMIT fileActivated(path);
    });
}

void WorkspaceFilesView::setRootFolder(const QString &folder)
{
    m_model->setRootPath(folder);
    setRootIndex(m_model->index(folder));
}

QString WorkspaceFilesView::rootFolder() const
{
    return m_model->rootPath();
}

} // namespace Specwright
