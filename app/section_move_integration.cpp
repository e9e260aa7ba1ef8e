#include "section_move_integration.h"

#include "intent_outline.h"
#include "main_window.h"
#include "section_mover.h"
#include "spec_editor.h"

#include <QStatusBar>
#include <QTextBlock>
#include <QTextCursor>

namespace Specwright {

SectionMoveIntegration *SectionMoveIntegration::install(MainWindow *window)
{
    return new SectionMoveIntegration(window);
}

SectionMoveIntegration::SectionMoveIntegration(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("sectionMoveIntegration"));
    connect(window->outline(), &IntentOutline::sectionMoveRequested, this,
            &SectionMoveIntegration::moveSection);
}

bool SectionMoveIntegration::moveSection(int section, int target, bool after)
{
    const SpecDocument::Ptr document = m_window->outline()->document();
    SpecEditor *editor = m_window->editor();
    if (!document)
        return false;
    // Offsets are those of the text the model was built from: only that text may be edited.
    if (document->text() != editor->toPlainText()) {
        m_window->statusBar()->showMessage(
            tr("The outline is catching up with your typing; move the section again in a moment"),
            4000);
        return false;
    }
    const auto move = SectionMover::move(*document, section, target,
                                         after ? SectionMover::Placement::After
                                               : SectionMover::Placement::Before);
    if (!move) {
        const Section &s = document->sections().at(section);
        const Section &t = document->sections().at(target);
        if (s.level != t.level)
            m_window->statusBar()->showMessage(
                tr("\"%1\" can only move next to a heading of the same level").arg(s.title), 4000);
        return false;
    }
    QTextCursor cursor(editor->document());
    cursor.beginEditBlock(); // one undo step
    cursor.setPosition(move->edit.startOffset);
    cursor.setPosition(move->edit.endOffset, QTextCursor::KeepAnchor);
    cursor.insertText(move->edit.newText);
    cursor.endEditBlock();
    QTextCursor heading(editor->document());
    heading.setPosition(move->headingOffset);
    editor->setTextCursor(heading);
    editor->centerCursor();
    return true;
}

} // namespace Specwright
