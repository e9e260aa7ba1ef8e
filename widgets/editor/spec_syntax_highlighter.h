// The editor's Markdown highlighting (KSyntaxHighlighting) with the spec conventions it does
// not know: the indented body of a "!!! type" admonition is commentary prose, also after a
// blank line where plain Markdown would see an indented code block (as the parser and the
// preview read it).
#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <QTextBlock>

namespace Specwright {

class SpecSyntaxHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT

public:
    explicit SpecSyntaxHighlighter(QTextDocument *document);

    // True when the block is a line of an admonition body (after its "!!! type" line).
    static bool isAdmonitionBody(const QTextBlock &block);

protected:
    void highlightBlock(const QString &text) override;

private:
    void onContentsChange(int position, int removed, int added);
    void rehighlightBodyAfter(int blockNumber);

    bool m_rehighlightQueued = false;
    int m_queuedBlock = -1;
};

} // namespace Specwright
