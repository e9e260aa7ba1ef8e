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

// How far back a body line looks for its "!!!" line: bodies are paragraphs, not chapters,
// and the walk runs per highlighted line.
constexpr int kMaxBodyLines = 400;

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
    while (block.isValid() && slice.elapsed() < kSliceMs) {
        for (int i = 0; i < 16 && block.isValid(); ++i, block = block.next())
            colourBlock(block);
    }
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
    for (int i = 0; i < count && block.isValid(); ++i, block = block.next())
        if (block.position() >= m_frontier.position() && block.layout()->formats().isEmpty())
            colourBlock(block);
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
    int blanksBeforeBody = 0; // blank lines between the header and the first indented line
    bool sawIndented = isIndented(block.text());
    QTextBlock b = block.previous();
    for (int i = 0; b.isValid() && i < kMaxBodyLines; ++i, b = b.previous()) {
        const QString text = b.text();
        if (isIndented(text)) {
            sawIndented = true;
            blanksBeforeBody = 0;
            continue;
        }
        if (isBlank(text)) {
            ++blanksBeforeBody;
            continue;
        }
        // cmark joins an indented code block to the header paragraph only across one blank.
        return sawIndented && isAdmonitionHeader(text) && blanksBeforeBody <= 1;
    }
    return false;
}

void SpecSyntaxHighlighter::highlightBlock(const QString &text)
{
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    if (text.isEmpty() || !isAdmonitionBody(currentBlock()))
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
    const QTextBlock changed = document()->findBlock(position + added);
    if (!changed.isValid())
        return;
    // Lines below a "!!!" line (typed, changed or removed) change their meaning without their
    // own text changing: highlight the indented run that follows again, once per event round.
    const QString text = changed.text();
    if (!isAdmonitionHeader(text) && !(removed > 0 && !isIndented(text)))
        return;
    m_queuedBlock = m_rehighlightQueued ? std::min(m_queuedBlock, changed.blockNumber())
                                        : changed.blockNumber();
    if (m_rehighlightQueued)
        return;
    m_rehighlightQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_rehighlightQueued = false;
        rehighlightBodyAfter(m_queuedBlock);
    });
}

void SpecSyntaxHighlighter::rehighlightBodyAfter(int blockNumber)
{
    QTextBlock b = document()->findBlockByNumber(blockNumber);
    if (!b.isValid())
        return;
    b = b.next();
    for (int i = 0; b.isValid() && i < kMaxBodyLines; ++i, b = b.next()) {
        if (!isIndented(b.text()) && !isBlank(b.text()))
            break;
        rehighlightBlock(b);
    }
}

} // namespace Specwright
