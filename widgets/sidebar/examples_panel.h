// The "Examples" sidebar: the examples of the selected intent. Inline examples (click jumps to
// them in the editor) and eval prompts from examples/<tag>.md of the footnote tags in the
// intent (click opens the prompt file at the example).
#pragma once

#include "spec_document.h"
#include "workspace.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Specwright {

class ExamplesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExamplesPanel(QWidget *parent = nullptr);

    void setDocument(const SpecDocument::Ptr &document, const Workspace::Ptr &workspace = {});
    // Shows the examples of one section (with its subsections); -1 clears.
    void showSection(int sectionIndex);
    int section() const { return m_section; }

    QTreeWidget *tree() const { return m_tree; }
    int inlineCount() const { return m_inlineCount; }
    int evalCount() const { return m_evalCount; }

Q_SIGNALS:
    void jumpToLine(int line);
    void openFile(const QString &path, int line);

private:
    void refresh();
    QTreeWidgetItem *addExample(QTreeWidgetItem *group, const Example &example);
    void onClicked(QTreeWidgetItem *item);

    QLabel *m_heading;
    QTreeWidget *m_tree;
    SpecDocument::Ptr m_document;
    Workspace::Ptr m_workspace;
    int m_section = -1;
    int m_inlineCount = 0;
    int m_evalCount = 0;
};

} // namespace Specwright
