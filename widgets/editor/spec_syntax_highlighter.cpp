#include "spec_syntax_highlighter.h"

#include <KSyntaxHighlighting/Theme>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTimer>

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

SpecSyntaxHighlighter::SpecSyntaxHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
    connect(document, &QTextDocument::contentsChange, this,
            &SpecSyntaxHighlighter::onContentsChange);
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
    if (removed == 0 && added == 0)
        return; // a format change (our own rehighlighting among them)
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
