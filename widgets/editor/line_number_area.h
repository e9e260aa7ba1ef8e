// The editor gutter: line numbers and diagnostic markers. Painting is done by SpecEditor, which
// knows the block geometry.
#pragma once

#include <QWidget>

namespace Specwright {

class SpecEditor;

class LineNumberArea : public QWidget
{
    Q_OBJECT
public:
    explicit LineNumberArea(SpecEditor *editor);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    SpecEditor *m_editor;
};

} // namespace Specwright
