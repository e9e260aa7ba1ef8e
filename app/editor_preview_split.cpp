#include "editor_preview_split.h"

#include "editor_pane.h"
#include "editor_stack.h"
#include "preview_view.h"
#include "spec_editor.h"

#include <QSplitter>
#include <QVBoxLayout>

namespace Specwright {

EditorPreviewSplit::EditorPreviewSplit(QWidget *parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_editorPane(new EditorPane(m_splitter))
    , m_preview(new PreviewView(m_splitter))
{
    setObjectName(QStringLiteral("editorPreviewSplit"));
    m_splitter->setObjectName(QStringLiteral("editorPreviewSplitter"));
    m_preview->setObjectName(QStringLiteral("previewView"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_editorPane);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    setFocusProxy(m_editorPane);

    connect(m_editorPane->stack(), &EditorStack::firstVisibleLineChanged, this,
            &EditorPreviewSplit::editorScrolled);
    connect(m_preview, &PreviewView::sourceLineScrolled, this,
            &EditorPreviewSplit::previewScrolled);
    // A fresh render keeps the preview where the editor is.
    connect(m_preview, &PreviewView::renderFinished, this,
            [this] { editorScrolled(m_editorPane->editor()->firstVisibleLine()); });
}

// The children outlive this part of the object (QWidget deletes them later): a signal they
// send while going must not reach this class's slots (UBSan saw the preview's scroll do so).
EditorPreviewSplit::~EditorPreviewSplit()
{
    disconnect(m_preview, nullptr, this, nullptr);
    disconnect(m_editorPane->stack(), nullptr, this, nullptr);
}

void EditorPreviewSplit::setMode(Mode mode)
{
    m_mode = mode;
    m_editorPane->setVisible(mode != Mode::PreviewOnly);
    m_preview->setVisible(mode != Mode::EditorOnly);
    m_preview->setMaximumMeasure(mode == Mode::PreviewOnly ? kReadableMeasure : 0);
    if (mode == Mode::PreviewOnly)
        m_preview->setFocus();
    else
        m_editorPane->setFocus();
    editorScrolled(m_editorPane->editor()->firstVisibleLine());
    Q_EMIT modeChanged(mode);
}

void EditorPreviewSplit::editorScrolled(int line)
{
    if (!m_sync || m_syncing || m_mode == Mode::EditorOnly)
        return;
    m_syncing = true;
    m_preview->scrollToSourceLine(line);
    m_syncing = false;
}

void EditorPreviewSplit::previewScrolled(int line)
{
    if (!m_sync || m_syncing || m_mode == Mode::PreviewOnly || line <= 0)
        return;
    m_syncing = true;
    m_editorPane->editor()->scrollToLine(line);
    m_syncing = false;
}

} // namespace Specwright
