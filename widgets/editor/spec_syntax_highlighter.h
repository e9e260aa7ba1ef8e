// The editor's Markdown highlighting (KSyntaxHighlighting) with the spec conventions it does
// not know: the indented body of a "!!! type" admonition is commentary prose, also after a
// blank line where plain Markdown would see an indented code block (as the parser and the
// preview read it), however long the body (each line's state says whether it is inside one).
//
// A big document (kSlicedFrom characters and more) is not coloured all at once, which takes
// seconds at 5 MB on the UI thread: it is coloured from the event loop in slices of a few
// milliseconds, top to bottom, the lines on screen first (colourSoon). Edits then colour the
// blocks they touch (QSyntaxHighlighter's own whole-range reformat stays off for it).
#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>

namespace Specwright {

class SpecSyntaxHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT

public:
    static constexpr int kSlicedFrom = 256 * 1024;
    static constexpr int kSliceMs = 6;

    // A highlighter for `document` (its child) with the Markdown definition and `theme`,
    // colouring in slices when the document is big already.
    static SpecSyntaxHighlighter *install(QTextDocument *document,
                                          const KSyntaxHighlighting::Theme &theme);
    // The buffer's highlighter, or null.
    static SpecSyntaxHighlighter *of(const QTextDocument *document);
    // Replaces the buffer's text; a big text is coloured afterwards in slices.
    static void setPlainText(QTextDocument *document, const QString &text);

    // True when the block is a line of an admonition body (after its "!!! type" line).
    static bool isAdmonitionBody(const QTextBlock &block);

    // Colours everything again (a theme switch): in slices when the document is big.
    void rehighlightAll();
    // Colours `count` blocks from `first` now, if the slices have not reached them yet (the
    // editor's visible lines; their state is taken as that of a fresh line until the slices
    // colour them in order).
    void colourSoon(const QTextBlock &first, int count);
    // Slices are still to colour.
    bool isColouring() const { return m_slices.isActive(); }

protected:
    void highlightBlock(const QString &text) override;

private:
    explicit SpecSyntaxHighlighter(QTextDocument *document);
    void attach(QTextDocument *document);
    void onContentsChange(int position, int removed, int added);
    void colourEditedBlocks(int position, int added);
    void colourSlice();
    void colourBlock(const QTextBlock &block);

    bool m_sliced = false;
    bool m_colouring = false;
    int m_seenRevision = -1;
    QTimer m_slices;
    QTextCursor m_frontier; // the next block the slices colour
    bool m_ahead = false;   // colouring lines on screen ahead of the slices
};

} // namespace Specwright
