#include "spec_syntax_highlighter.h"

#include "editor_theme.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTextDocument>

namespace Specwright {

namespace {

// How far back a line on screen looks for its "!!!" line while the slices have not yet
// coloured the lines above it (their states are not known yet); the slices then colour it
// from the states, at any distance.
constexpr int kMaxLookBack = 400;

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

bool isIndented(const QString &text)
{
    return text.startsWith(QLatin1Char('\t')) || text.startsWith(QLatin1String("    "));
}

bool isAdmonitionHeader(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"re(^!!!\s+[\w-]+)re"));
    return re.match(text).hasMatch();
}

// Where a line leaves an admonition, as QTextBlock::userState() (KSyntaxHighlighting keeps its
// own state in the block's user data, so this one is free). Outside is -1, the state of a
// line never coloured, so a change of state (which makes QSyntaxHighlighter colour the next
// line too) runs only as far as the body it opens or closes.
enum AdmonitionState
{
    Outside = -1,
    AfterHeader = 1,   // the "!!! type" line
    AfterOneBlank = 2, // one blank line below it: an indented line still starts the body
    InBody = 3,        // an indented line below the header (blank lines inside keep it)
};

int stateAfter(int before, const QString &text)
{
    if (isIndented(text))
        return before == AfterHeader || before == AfterOneBlank || before == InBody ? InBody
                                                                                    : Outside;
    if (isBlank(text)) {
        // cmark joins an indented code block to the header paragraph only across one blank.
        if (before == AfterHeader)
            return AfterOneBlank;
        return before == InBody ? InBody : Outside;
    }
    return isAdmonitionHeader(text) ? AfterHeader : Outside;
}

// The line (indented, or blank after an indented one) is part of an admonition body.
bool isBodyLine(int before, const QString &text)
{
    return stateAfter(before, text) == InBody && (isIndented(text) || before == InBody);
}

// The state before `block`, found by walking back at most kMaxLookBack lines to a line that
// is neither blank nor indented (which alone decides the state after it) and forward again.
int stateBeforeByLookBack(const QTextBlock &block)
{
    QTextBlock start = block.previous();
    for (int i = 0; start.isValid() && i < kMaxLookBack; ++i, start = start.previous()) {
        const QString text = start.text();
        if (!isIndented(text) && !isBlank(text))
            break;
    }
    if (!start.isValid() || (isIndented(start.text()) || isBlank(start.text())))
        return Outside; // no header within reach (or the top of the document)
    int state = Outside;
    for (QTextBlock b = start; b.isValid() && b != block; b = b.next())
        state = stateAfter(state, b.text());
    return state;
}

} // namespace

// Made without a document (QObject parent), so setting the definition and theme colours
// nothing yet; attach() decides how the text gets coloured.
SpecSyntaxHighlighter::SpecSyntaxHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(static_cast<QObject *>(document))
{
    m_slices.setInterval(0);
    connect(&m_slices, &QTimer::timeout, this, &SpecSyntaxHighlighter::colourSlice);
    connect(document, &QTextDocument::contentsChange, this,
            &SpecSyntaxHighlighter::onContentsChange);
}

SpecSyntaxHighlighter *SpecSyntaxHighlighter::install(QTextDocument *document,
                                                      const KSyntaxHighlighting::Theme &theme)
{
    auto *highlighter = new SpecSyntaxHighlighter(document);
    highlighter->setDefinition(
        EditorTheme::repository().definitionForName(QStringLiteral("Markdown")));
    highlighter->setTheme(theme);
    highlighter->attach(document);
    return highlighter;
}

SpecSyntaxHighlighter *SpecSyntaxHighlighter::of(const QTextDocument *document)
{
    return document
               ? document->findChild<SpecSyntaxHighlighter *>(QString(), Qt::FindDirectChildrenOnly)
               : nullptr;
}

void SpecSyntaxHighlighter::setPlainText(QTextDocument *document, const QString &text)
{
    SpecSyntaxHighlighter *highlighter = of(document);
    if (!highlighter || (text.size() < kSlicedFrom && !highlighter->m_sliced)) {
        document->setPlainText(text);
        return;
    }
    highlighter->m_slices.stop();
    highlighter->m_sliced = false;
    highlighter->setDocument(nullptr); // the text goes in uncoloured
    document->setPlainText(text);
    highlighter->attach(document);
}

void SpecSyntaxHighlighter::attach(QTextDocument *document)
{
    m_sliced = document->characterCount() >= kSlicedFrom;
    setDocument(document);
    if (!m_sliced)
        return;
    // QSyntaxHighlighter has queued a rehighlight of everything at once: dropped. While it
    // stays pending, QSyntaxHighlighter leaves edits alone and onContentsChange colours them.
    QCoreApplication::removePostedEvents(this, QEvent::MetaCall);
    m_frontier = QTextCursor(document);
    colourSlice(); // the top, which a freshly opened file shows, before its first paint
    m_slices.start();
}

void SpecSyntaxHighlighter::rehighlightAll()
{
    if (!m_sliced) {
        rehighlight();
        return;
    }
    m_frontier.movePosition(QTextCursor::Start);
    m_slices.start();
}

void SpecSyntaxHighlighter::colourBlock(const QTextBlock &block)
{
    m_colouring = true;
    rehighlightBlock(block);
    m_colouring = false;
}

void SpecSyntaxHighlighter::colourSlice()
{
    QElapsedTimer slice;
    slice.start();
    QTextBlock block = m_frontier.block();
    // One edit block for the slice: ending one visits every QTextCursor on the document (the
    // editor anchors its findings in them), so one per line was most of a 5 MB spec's colouring.
    QTextCursor batch(document());
    batch.beginEditBlock();
    while (block.isValid() && slice.elapsed() < kSliceMs) {
        for (int i = 0; i < 16 && block.isValid(); ++i, block = block.next())
            colourBlock(block);
    }
    batch.endEditBlock();
    if (block.isValid()) {
        m_frontier.setPosition(block.position());
    } else {
        m_frontier.movePosition(QTextCursor::End);
        m_slices.stop();
    }
}

void SpecSyntaxHighlighter::colourSoon(const QTextBlock &first, int count)
{
    if (!m_sliced || !m_slices.isActive())
        return;
    QTextBlock block = first;
    m_ahead = true;
    for (int i = 0; i < count && block.isValid(); ++i, block = block.next())
        if (block.position() >= m_frontier.position() && block.layout()->formats().isEmpty())
            colourBlock(block);
    m_ahead = false;
}

void SpecSyntaxHighlighter::colourEditedBlocks(int position, int added)
{
    QTextBlock block = document()->findBlock(position);
    const QTextBlock last = document()->findBlock(position + added);
    if (!block.isValid())
        return;
    if (last.isValid() && last.blockNumber() - block.blockNumber() > 64) {
        // A big paste: coloured in slices from there on.
        if (block.position() < m_frontier.position())
            m_frontier.setPosition(block.position());
        m_slices.start();
        return;
    }
    for (; block.isValid(); block = block.next()) {
        if (!m_slices.isActive() || block.position() < m_frontier.position())
            colourBlock(block); // later blocks are the slices' (in order, with their state)
        if (block == last)
            break;
    }
}

bool SpecSyntaxHighlighter::isAdmonitionBody(const QTextBlock &block)
{
    if (!block.isValid() || (!isIndented(block.text()) && !isBlank(block.text())))
        return false;
    // The state the line above left, as colouring recorded it (or from a walk back).
    const QTextBlock above = block.previous();
    const int before = !above.isValid()          ? int(Outside)
                       : above.userState() != -1 ? above.userState()
                                                 : stateBeforeByLookBack(block);
    return isBodyLine(before, block.text());
}

void SpecSyntaxHighlighter::highlightBlock(const QString &text)
{
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    const QTextBlock above = currentBlock().previous();
    int before = previousBlockState();
    // A line on screen coloured ahead of the slices: the lines above have no state yet.
    if (before == -1 && m_ahead && above.isValid() && above.position() >= m_frontier.position())
        before = stateBeforeByLookBack(currentBlock());
    setCurrentBlockState(stateAfter(before, text));
    if (text.isEmpty() || !isBodyLine(before, text))
        return;
    QTextCharFormat prose;
    prose.setForeground(QColor::fromRgba(theme().textColor(KSyntaxHighlighting::Theme::Normal)));
    setFormat(0, int(text.size()), prose);
}

void SpecSyntaxHighlighter::onContentsChange(int position, int removed, int added)
{
    if ((removed == 0 && added == 0) || m_colouring || !document())
        return; // a format change (our own rehighlighting among them)
    // Sliced, QSyntaxHighlighter leaves edits to us (attach). A format change keeps the
    // revision; an edit of as many characters as it replaces does not.
    if (m_sliced && (removed != added || document()->revision() != m_seenRevision))
        colourEditedBlocks(position, added);
    m_seenRevision = document()->revision();
    // Lines below a "!!!" line typed, changed or removed change their meaning without their
    // own text changing: the line's new state makes QSyntaxHighlighter colour the lines below
    // it as far as their states change (the body it opens or closes, however long).
}

} // namespace Specwright
