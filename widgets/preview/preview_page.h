// One section of the preview as a QTextDocument of its own, built from its HTML on a worker
// thread and laid out by the view only when it comes into sight (text layouts hold font
// engines of the thread that made them, and a pool thread's go when it ends: drawing a layout
// made there crashed in FreeType). Until then its height is estimated. It keeps what the view
// needs to stack and map it: its size, the collapsible margins at its ends, its source line
// anchors and named anchors. Per-section documents keep the layout linear (QTextDocumentLayout's
// cost per table grows with the document) and let an edit rebuild only the sections it touched.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QTextDocument>
#include <QUrl>
#include <memory>

namespace Specwright {

class PreviewPage
{
public:
    struct LineAnchor
    {
        int line = 0;
        qreal y = 0; // in the page
    };

    // Parses the HTML, in any thread (the document belongs to it); not laid out yet.
    static std::unique_ptr<PreviewPage> build(const QByteArray &key, const QString &html,
                                              const QString &styleSheet, const QUrl &baseUrl);
    // A page kept as its HTML until it is built (parsing costs far more than keeping the
    // text): its height and anchors are estimated from their offsets in the HTML.
    static std::unique_ptr<PreviewPage> unbuilt(const QByteArray &key, const QString &html,
                                                const QString &styleSheet, const QUrl &baseUrl);
    // A built page back to its HTML (far from the view: documents are the bulk of a big
    // preview's memory). If it was laid out, its size and anchors stay as measured
    // (hasKeptMeasure()), so the pages around it do not move until it is built again.
    static std::unique_ptr<PreviewPage> unbuiltFrom(const PreviewPage &built);
    ~PreviewPage();

    // Has its document (else only its HTML, to be built off the UI thread).
    bool isBuilt() const { return bool(m_document); }
    // What build() makes it from (kept once built, shared with the request it was built for,
    // so the page can go back to it).
    const QString &html() const { return m_html; }
    // Built again from the HTML of `unbuilt` (the same key): keeps the measure that one kept
    // until it is laid out.
    void adoptMeasure(const PreviewPage &unbuilt);
    // Its size and anchors are those measured before it was unbuilt (not an estimate).
    bool hasKeptMeasure() const { return m_keptMeasure; }
    const QString &styleSheet() const { return m_styleSheet; }
    const QUrl &baseUrl() const { return m_baseUrl; }

    // Lays the document out at a width, in the UI thread.
    void layOut(qreal width);
    bool isLaidOutAt(qreal width) const { return m_laidOut && m_width == width; }
    bool isLaidOut() const { return m_laidOut; }
    // Not laid out (or at another width): the size and anchors are estimated from the amount of
    // text, `heightPerCharacter` pixels per character (of the HTML while not built).
    void estimate(qreal heightPerCharacter, qreal heightPerHtmlCharacter);
    // Of the document; of the HTML while not built.
    int characterCount() const { return m_characters; }
    qsizetype htmlSize() const { return m_htmlSize; }

    const QByteArray &key() const { return m_key; }
    QTextDocument *document() const { return m_document.get(); }
    std::unique_ptr<QTextDocument> takeDocument() { return std::move(m_document); }
    QSizeF size() const { return m_size; }
    qreal width() const { return m_width; }
    // Stacked pages must be spaced as the blocks of one document are: QTextDocumentLayout
    // keeps the larger of two adjacent block margins. These are the margins the first and the
    // last block ask for (0 for a table) and the space the page has above its first and below
    // its last line.
    qreal topMargin() const { return m_topMargin; }
    qreal bottomMargin() const { return m_bottomMargin; }
    qreal spaceAbove() const { return m_spaceAbove; }
    qreal spaceBelow() const { return m_spaceBelow; }
    const QList<LineAnchor> &lineAnchors() const { return m_lineAnchors; }
    // y of an anchor name other than a source line anchor (heading ids, footnotes); -1 if none.
    qreal namedAnchorY(const QString &name) const;

    // y of the text line holding a document position (estimated until laid out).
    qreal yOfPosition(int position) const;

private:
    PreviewPage() = default;
    void measure();
    void adoptMeasureOf(const PreviewPage &other);

    QByteArray m_key;
    QString m_html; // while not built, with its stylesheet and base
    QString m_styleSheet;
    QUrl m_baseUrl;
    qsizetype m_htmlSize = 0;
    std::unique_ptr<QTextDocument> m_document;
    QSizeF m_size;
    qreal m_width = 0;
    bool m_laidOut = false;
    bool m_keptMeasure = false;
    qreal m_estimatedWith = -1; // the height per character of the estimate
    int m_characters = 0;
    qreal m_topMargin = 0;
    qreal m_bottomMargin = 0;
    qreal m_spaceAbove = 0;
    qreal m_spaceBelow = 0;
    QList<int> m_anchorPositions; // of m_lineAnchors
    QList<LineAnchor> m_lineAnchors;
    QHash<QString, int> m_namedPositions;
    QHash<QString, qreal> m_namedAnchors;
};

} // namespace Specwright
