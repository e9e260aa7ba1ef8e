// The central area: editor | rendered view in a splitter, three layout modes, and scroll sync
// both ways through the preview's source-line mapping.
#pragma once

#include <QWidget>

class QSplitter;

namespace Specwright {

class EditorPane;
class PreviewView;

class EditorPreviewSplit : public QWidget
{
    Q_OBJECT
public:
    // Characters per line of the preview in Preview Only mode (a readable measure).
    static constexpr int kReadableMeasure = 80;

    enum class Mode
    {
        SideBySide,
        EditorOnly,
        PreviewOnly
    };
    Q_ENUM(Mode)

    explicit EditorPreviewSplit(QWidget *parent = nullptr);
    ~EditorPreviewSplit() override;

    EditorPane *editorPane() const { return m_editorPane; }
    PreviewView *preview() const { return m_preview; }
    QSplitter *splitter() const { return m_splitter; }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    void setSyncEnabled(bool on) { m_sync = on; }
    bool syncEnabled() const { return m_sync; }

Q_SIGNALS:
    void modeChanged(Specwright::EditorPreviewSplit::Mode mode);

private:
    void editorScrolled(int line);
    void previewScrolled(int line);

    QSplitter *m_splitter;
    EditorPane *m_editorPane;
    PreviewView *m_preview;
    Mode m_mode = Mode::SideBySide;
    bool m_sync = true;
    bool m_syncing = false;
};

} // namespace Specwright
