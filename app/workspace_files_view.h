// The Files dock: the spec files (*.md, *.markdown, *.toml) of the open workspace folder as a
// tree; activating a file asks to open it.
#pragma once

#include <QTreeView>

class QFileSystemModel;

namespace Specwright {

class WorkspaceFilesView : public QTreeView
{
    Q_OBJECT
public:
    explicit WorkspaceFilesView(QWidget *parent = nullptr);

    void setRootFolder(const QString &folder);
    QString rootFolder() const;

Q_SIGNALS:
    void fileActivated(const QString &path);

private:
    QFileSystemModel *m_model;
};

} // namespace Specwright
