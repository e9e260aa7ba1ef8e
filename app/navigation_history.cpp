#include "navigation_history.h"

#include "editor_stack.h"
#include "open_document.h"
#include "open_documents.h"
#include "spec_editor.h"

#include <QTextBlock>
#include <QTimer>
#include <utility>

namespace Specwright {

NavigationHistory::NavigationHistory(OpenDocuments *documents, EditorStack *editors,
                                     OpenFile openFile, QObject *parent)
    : QObject(parent)
    , m_documents(documents)
    , m_editors(editors)
    , m_openFile(std::move(openFile))
{
    connect(editors, &EditorStack::jumpStarting, this, [this] {
        if (!std::exchange(m_switchRecorded, false))
            record();
    });
    connect(documents, &OpenDocuments::aboutToSwitch, this, [this] {
        if (m_moving)
            return; // Back / Forward itself
        record();
        // Opening a file at a line switches, then jumps: one step back, not two.
        m_switchRecorded = true;
        QTimer::singleShot(0, this, [this] { m_switchRecorded = false; });
    });
}

NavigationHistory::Location NavigationHistory::here() const
{
    OpenDocument *document = m_documents->current();
    const QTextCursor cursor = m_editors->editor()->textCursor();
    return {document, document->filePath(), cursor.position(), cursor.blockNumber()};
}

void NavigationHistory::record()
{
    if (m_moving)
        return;
    const Location location = here();
    if (!m_back.isEmpty() && m_back.last().document == location.document &&
        m_back.last().line == location.line)
        return; // the same place again
    m_back.append(location);
    if (m_back.size() > maxLocations)
        m_back.removeFirst();
    m_forward.clear();
    Q_EMIT changed();
}

bool NavigationHistory::go(const Location &location)
{
    m_moving = true;
    bool shown = false;
    if (location.document) {
        m_documents->setCurrent(location.document);
        shown = true;
    } else if (!location.path.isEmpty()) {
        shown = m_openFile(location.path); // closed meanwhile: open it again
    }
    if (shown) {
        SpecEditor *editor = m_editors->editor(); // that of the document shown now
        QTextCursor cursor(editor->document());
        cursor.setPosition(std::clamp(location.position, 0,
                                      std::max(0, editor->document()->characterCount() - 1)));
        editor->setTextCursor(cursor);
        editor->centerCursor();
        editor->setFocus(Qt::OtherFocusReason);
    }
    m_moving = false;
    return shown;
}

void NavigationHistory::step(QList<Location> &from, QList<Location> &to)
{
    const Location start = here();
    while (!from.isEmpty()) {
        const Location target = from.takeLast();
        if (go(target)) {
            to.append(start);
            break;
        }
    }
    Q_EMIT changed();
}

void NavigationHistory::back()
{
    step(m_back, m_forward);
}

void NavigationHistory::forward()
{
    step(m_forward, m_back);
}

} // namespace Specwright
