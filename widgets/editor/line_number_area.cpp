#include "line_number_area.h"

#include "spec_editor.h"

#include <QMouseEvent>

namespace Specwright {

LineNumberArea::LineNumberArea(SpecEditor *editor)
    : QWidget(editor)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("lineNumberArea"));
}

QSize LineNumberArea::sizeHint() const
{
    return {m_editor->lineNumberAreaWidth(), 0};
}

void LineNumberArea::paintEvent(QPaintEvent *event)
{
    m_editor->paintLineNumberArea(event);
}

void LineNumberArea::mousePressEvent(QMouseEvent *event)
{
    // A click on a diagnostic marker offers its fixes, like Ctrl+. on the line.
    m_editor->gutterClicked(event->position().toPoint());
}

} // namespace Specwright
