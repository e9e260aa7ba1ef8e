// Counts the text edits of one buffer (a QTextDocument). QTextDocument::revision() is no such
// count: it also moves for every edit block, the empty ones that anchor findings among them,
// and contentsChange() also reports the highlighter's format changes (as a change of as many
// characters as it "removes"; a big spec is coloured in slices for seconds). Whoever must
// know whether the text changed since a moment (is a parse outdated?) compares edits().
#pragma once

#include <QObject>

class QTextDocument;

namespace Specwright {

class BufferEditCounter : public QObject
{
    Q_OBJECT
public:
    // The buffer's counter (its child), made on the first ask.
    static BufferEditCounter *of(QTextDocument *buffer);

    // Text edits since the counter was made.
    quint64 edits() const { return m_edits; }

Q_SIGNALS:
    // After each text edit, with contentsChange()'s arguments.
    void edited(int position, int removed, int added);

private:
    explicit BufferEditCounter(QTextDocument *buffer);
    void onContentsChange(int position, int removed, int added);

    QTextDocument *m_buffer;
    quint64 m_edits = 0;
    int m_seenUndoSteps = 0;
};

} // namespace Specwright
