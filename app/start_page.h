// What the window shows when no document is open (first start without arguments, or after
// the last document was closed), instead of an empty "Untitled" buffer: open a folder or a
// file, the recent workspaces, the bundled sample, or a new spec from a template.
#pragma once

#include <QWidget>

class QVBoxLayout;

namespace Specwright {

class StartPage : public QWidget
{
    Q_OBJECT
public:
    // The templates a new spec can start from (resources/new-spec/<id>.md).
    enum class Template
    {
        ModelSpec,
        SpecKit,
        Ears
    };
    Q_ENUM(Template)

    explicit StartPage(QWidget *parent = nullptr);

    void setRecentWorkspaces(const QStringList &folders);
    // The text of a template (from the resources).
    static QString templateText(Template which);

Q_SIGNALS:
    void openFolderRequested();
    void openFileRequested();
    void openSampleRequested();
    void newFromTemplateRequested(Specwright::StartPage::Template which);
    void workspaceRequested(const QString &folder);

private:
    QWidget *makeLink(const QString &objectName, const QString &text, const QString &description,
                      const QString &icon);

    QVBoxLayout *m_recent;
};

} // namespace Specwright
