#include "spec_editor.h"

#include "editor_theme.h"
#include "line_number_area.h"
#include "spec_syntax_highlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QPlainTextDocumentLayout>
#include <QPointer>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>

namespace Specwright {

SpecEditor::SpecEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new LineNumberArea(this))
    , m_highlighter(SpecSyntaxHighlighter::install(document(), KSyntaxHighlighting::Theme()))
{
    setObjectName(QStringLiteral("specEditor"));
    m_baseFontSize = QFontDatabase::systemFont(QFontDatabase::FixedFont).pointSize();
    if (m_baseFontSize <= 0)
        m_baseFontSize = 10;
    applyFont();
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setCenterOnScroll(false);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &SpecEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this,
            [this](const QRect &rect, int dy) { updateGutter(rect, dy); });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &SpecEditor::onCursorMoved);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        const int first = firstVisibleLine();
        if (first != m_lastFirstVisible) {
            m_lastFirstVisible = first;
            if (m_findings.followsView())
                refreshExtraSelections(); // only those near the visible text are set
            colourVisibleLines();
            Q_EMIT firstVisibleLineChanged(first);
        }
    });
    applyTheme();
    updateGutterWidth();
    refreshExtraSelections();
}

SpecEditor::~SpecEditor()
{
    for (const QPointer<QTextDocument> &buffer : std::as_const(m_shownBuffers))
        if (buffer && buffer != document())
            buffer->setDocumentLayout(new QPlainTextDocumentLayout(buffer));
}

void SpecEditor::colourVisibleLines()
{
    const int lines = viewport()->height() / std::max(1, fontMetrics().height()) + 2;
    m_highlighter->colourSoon(firstVisibleBlock(), lines);
}

void SpecEditor::applyFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!m_fontFamily.isEmpty())
        font.setFamily(m_fontFamily);
    font.setPointSize(std::max(4, m_baseFontSize + m_zoomSteps));
    setFont(font);
    m_gutter->setFont(font);
    setTabStopDistance(QFontMetricsF(font).horizontalAdvance(QLatin1Char(' ')) * 4);
    updateGutterWidth();
}

void SpecEditor::applyTheme()
{
    if (m_applyingTheme)
        return;
    m_applyingTheme = true;
    const auto theme = EditorTheme::themeFor(QApplication::palette());
    const EditorColors colors = EditorTheme::colorsFor(theme);
    if (theme.name() !=
        m_themeName) { // rehighlighting a large file is costly: only on a real switch
        m_themeName = theme.name();
        m_highlighter->setTheme(theme);
        m_highlighter->rehighlightAll();
    }
    QPalette pal = palette();
    pal.setColor(QPalette::Base, colors.background);
    pal.setColor(QPalette::Text, colors.text);
    pal.setColor(QPalette::Highlight, colors.selection);
    pal.setColor(QPalette::HighlightedText, colors.text);
    setPalette(pal);
    m_currentLineColor = colors.currentLine;
    m_gutterBackground = colors.gutterBackground;
    m_lineNumberColor = colors.lineNumber;
    m_currentLineNumberColor = colors.currentLineNumber;
    refreshExtraSelections();
    m_gutter->update();
    m_applyingTheme = false;
}

QString SpecEditor::themeName() const
{
    return m_themeName;
}

void SpecEditor::changeEvent(QEvent *event)
{
    // The application palette switched (light <-> dark): pick the matching theme.
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange)
        applyTheme();
    QPlainTextEdit::changeEvent(event);
}

// --- navigation -------------------------------------------------------------------------

void SpecEditor::setBuffer(QTextDocument *buffer)
{
    if (!buffer || buffer == document())
        return;
    SpecSyntaxHighlighter *highlighter = SpecSyntaxHighlighter::of(buffer);
    if (!highlighter) {
        highlighter = SpecSyntaxHighlighter::install(buffer, m_highlighter->theme());
    } else if (highlighter->theme().name() != m_themeName) {
        // The palette switched while this buffer was in the background.
        highlighter->setTheme(m_highlighter->theme());
        highlighter->rehighlightAll();
    }
    m_highlighter = highlighter;
    // The previous buffer's findings wait for its next show; those of buffers gone are dropped.
    if (m_findings.document())
        m_backgroundFindings.insert(m_findings.document(), std::move(m_findings));
    m_findings = m_backgroundFindings.take(buffer);
    if (m_findings.document() != buffer)
        m_findings.clear();
    m_backgroundFindings.removeIf([](const auto &entry) { return !entry.value().document(); });
    m_searchSelections.clear();
    m_typedPosition = -1;
    m_lastCursorLine = -1;
    // The previous buffer keeps its layout: its laid-out blocks and colours stay for its next
    // show (a fresh layout would lay out and colour all of it again, seconds at 5 MB). Its
    // signals no longer reach this editor (setDocument connects them again on that show).
    if (QTextDocument *previous = document())
        for (QObject *child : children())
            if (child->inherits("QWidgetTextControl"))
                disconnect(previous->documentLayout(), nullptr, child, nullptr);
    m_shownBuffers.removeAll(nullptr);
    if (!m_shownBuffers.contains(buffer))
        m_shownBuffers.append(buffer);
    setDocument(buffer);
    // Font and tab stops are options of the document: zoom may have changed meanwhile (a new
    // default font lays the whole buffer out again, so only when it differs).
    if (buffer->defaultFont() != font())
        buffer->setDefaultFont(font());
    setTabStopDistance(QFontMetricsF(font()).horizontalAdvance(QLatin1Char(' ')) * 4);
    updateGutterWidth();
    refreshExtraSelections();
    colourVisibleLines();
    Q_EMIT bufferChanged(buffer);
}

void SpecEditor::goToLine(int line, int column)
{
    Q_EMIT jumpStarting();
    const QTextBlock block = document()->findBlockByNumber(std::clamp(line, 1, blockCount()) - 1);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() +
                       std::clamp(column - 1, 0, std::max(0, block.length() - 1)));
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

void SpecEditor::goToOffset(int offset)
{
    Q_EMIT jumpStarting();
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(offset, 0, std::max(0, document()->characterCount() - 1)));
    setTextCursor(cursor);
    centerCursor();
}

int SpecEditor::currentLine() const
{
    return textCursor().blockNumber() + 1;
}

int SpecEditor::currentColumn() const
{
    return textCursor().positionInBlock() + 1;
}

int SpecEditor::firstVisibleLine() const
{
    return firstVisibleBlock().blockNumber() + 1;
}

void SpecEditor::scrollToLine(int line)
{
    // Without word wrap QPlainTextEdit scrolls by blocks; with wrap by visual lines. Both are
    // handled by asking where the block starts in the scroll bar's units.
    const QTextBlock block = document()->findBlockByNumber(std::clamp(line, 1, blockCount()) - 1);
    if (!block.isValid())
        return;
    int value = 0;
    if (lineWrapMode() == QPlainTextEdit::NoWrap) {
        value = block.blockNumber();
    } else {
        // Count wrapped lines of the laid-out blocks before it; unlaid blocks count as one line.
        value = block.firstLineNumber();
    }
    verticalScrollBar()->setValue(value);
}

// --- gutter ---------------------------------------------------------------------------------

int SpecEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    const QFontMetrics metrics(font());
    return 14 + metrics.horizontalAdvance(QLatin1Char('9')) * std::max(3, digits) + 8;
}

void SpecEditor::updateGutterWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void SpecEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void SpecEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    if (m_findings.followsView())
        refreshExtraSelections();
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void SpecEditor::paintLineNumberArea(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), m_gutterBackground);

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int lineHeight = fontMetrics().height();
    const int current = textCursor().blockNumber();

    // Worst severity per visible line, from the anchored diagnostics.
    const int visibleLines = viewport()->height() / std::max(1, lineHeight) + 2;
    const QHash<int, Severity> marks = m_findings.worstSeverityPerLine(block, visibleLines);

    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int number = block.blockNumber();
            painter.setPen(number == current ? m_currentLineNumberColor : m_lineNumberColor);
            painter.drawText(0, top, m_gutter->width() - 6, lineHeight,
                             Qt::AlignRight | Qt::AlignVCenter, QString::number(number + 1));
            if (auto it = marks.constFind(number); it != marks.constEnd()) {
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(EditorFindings::severityColor(*it));
                const int d = std::max(6, lineHeight / 2);
                painter.drawEllipse(QRect(3, top + (lineHeight - d) / 2, d, d));
                painter.setRenderHint(QPainter::Antialiasing, false);
            }
        }
        top += height;
        block = block.next();
    }
}

void SpecEditor::gutterClicked(const QPoint &pos)
{
    const QTextCursor cursor = cursorForPosition(QPoint(0, pos.y()));
    setTextCursor(cursor);
    if (!diagnosticsAt(cursor.position()).isEmpty())
        showQuickFixMenu();
}

// --- current line and diagnostics ------------------------------------------------------------

void SpecEditor::onCursorMoved()
{
    refreshExtraSelections();
    const int line = currentLine();
    if (line != m_lastCursorLine) {
        m_lastCursorLine = line;
        m_gutter->update();
        Q_EMIT cursorLineChanged(line);
    }
}

void SpecEditor::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    const bool typed =
        text.size() == 1 && text.at(0).isPrint() &&
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) &&
        !textCursor().hasSelection() && !isReadOnly();
    if (!typed) {
        m_typedPosition = -1;
        QPlainTextEdit::keyPressEvent(event);
        return;
    }
    // QTextDocument merges all consecutive typing into one undo step. Each typed character
    // goes into an edit block instead: a new word starts a new block, the rest of the word
    // and the spaces after it join the previous one (as Kate groups undo).
    const bool wordCharacter = text.at(0).isLetterOrNumber() || text.at(0) == u'_';
    const bool continues = textCursor().position() == m_typedPosition &&
                           document()->revision() == m_typedRevision &&
                           !(wordCharacter && !m_typedWordCharacter);
    QTextCursor group = textCursor();
    if (continues)
        group.joinPreviousEditBlock();
    else
        group.beginEditBlock();
    QPlainTextEdit::keyPressEvent(event);
    group.endEditBlock();
    m_typedPosition = textCursor().position();
    m_typedRevision = document()->revision();
    m_typedWordCharacter = wordCharacter;
}

void SpecEditor::refreshExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(m_findings.size() + m_searchSelections.size() + 1);
    QTextEdit::ExtraSelection line;
    line.format.setBackground(m_currentLineColor);
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    selections.append(line);
    selections.append(m_searchSelections);
    int from = 0;
    int to = 0;
    if (m_findings.followsView()) {
        // Every extra selection costs a layout lookup on each cursor move: with thousands of
        // findings in a big spec, only those within a screen of the visible text are set
        // (scrolling refreshes them).
        const int top = firstVisibleBlock().position();
        const QTextBlock last = cursorForPosition(QPoint(0, viewport()->height())).block();
        const int bottom = last.position() + last.length();
        from = top - (bottom - top);
        to = bottom + (bottom - top);
    }
    m_findings.appendSelections(selections, from, to);
    setExtraSelections(selections);
}

void SpecEditor::setSearchMatches(const QList<QTextCursor> &matches)
{
    m_searchSelections.clear();
    // The palette's highlight, faded, reads in light and dark themes alike.
    QColor mark = palette().color(QPalette::Highlight);
    mark.setAlpha(90);
    const int caret = textCursor().position();
    qsizetype first = 0;
    if (matches.size() > kMaxSearchMarks) {
        // Mark the matches around the cursor, where the user is looking.
        qsizetype nearest = 0;
        while (nearest < matches.size() && matches.at(nearest).selectionStart() < caret)
            ++nearest;
        first = std::clamp<qsizetype>(nearest - kMaxSearchMarks / 2, 0,
                                      matches.size() - kMaxSearchMarks);
    }
    const qsizetype last = std::min<qsizetype>(matches.size(), first + kMaxSearchMarks);
    m_searchSelections.reserve(last - first);
    for (qsizetype i = first; i < last; ++i) {
        QTextEdit::ExtraSelection s;
        s.cursor = matches.at(i);
        s.format.setBackground(mark);
        m_searchSelections.append(s);
    }
    refreshExtraSelections();
}

void SpecEditor::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    if (!m_findings.holds(document(), diagnostics))
        m_findings.set(document(), diagnostics);
    refreshExtraSelections();
    m_gutter->update();
}

QList<int> SpecEditor::diagnosticsAt(int position) const
{
    return m_findings.at(position);
}

bool SpecEditor::applyFix(int diagnosticIndex, int fixIndex)
{
    const QList<Diagnostic> &diagnostics = m_findings.diagnostics();
    if (diagnosticIndex < 0 || diagnosticIndex >= diagnostics.size())
        return false;
    const QList<Fix> &fixes = diagnostics[diagnosticIndex].fixes;
    if (fixIndex < 0 || fixIndex >= fixes.size())
        return false;
    if (const QString &word = fixes[fixIndex].dictionaryWord; !word.isEmpty()) {
        Q_EMIT addToDictionaryRequested(word);
        return true;
    }
    QList<QTextCursor> edits = m_findings.fixEdits(diagnosticIndex, fixIndex);
    const QList<TextEdit> &texts = fixes[fixIndex].edits;
    QList<int> order(edits.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    // Back to front, so earlier edits do not move later ones.
    std::sort(order.begin(), order.end(), [&edits](int a, int b) {
        return edits[a].selectionStart() > edits[b].selectionStart();
    });
    QTextCursor block(document());
    block.beginEditBlock(); // one undo step for the whole fix
    for (int i : order) {
        QTextCursor c = edits[i];
        c.insertText(texts[i].newText);
    }
    block.endEditBlock();
    return true;
}

bool SpecEditor::applyEdits(const QList<TextEdit> &edits)
{
    const int length = document()->characterCount() - 1;
    for (const TextEdit &e : edits) {
        if (e.startOffset < 0 || e.endOffset < e.startOffset || e.endOffset > length)
            return false;
    }
    QList<TextEdit> ordered = edits;
    // Back to front, so earlier edits do not move later ones.
    std::sort(ordered.begin(), ordered.end(),
              [](const TextEdit &a, const TextEdit &b) { return a.startOffset > b.startOffset; });
    QTextCursor cursor(document());
    cursor.beginEditBlock(); // one undo step for all edits
    for (const TextEdit &e : ordered) {
        cursor.setPosition(e.startOffset);
        cursor.setPosition(e.endOffset, QTextCursor::KeepAnchor);
        cursor.insertText(e.newText);
    }
    cursor.endEditBlock();
    return true;
}

QList<QAction *> SpecEditor::quickFixActions(QObject *parent)
{
    QList<QAction *> actions;
    for (int index : diagnosticsAt(textCursor().position())) {
        const Diagnostic &d = m_findings.diagnostics()[index];
        for (qsizetype f = 0; f < d.fixes.size(); ++f) {
            auto *action = new QAction(d.fixes[f].title, parent);
            action->setToolTip(d.message);
            connect(action, &QAction::triggered, this,
                    [this, index, f] { applyFix(index, int(f)); });
            actions.append(action);
        }
    }
    return actions;
}

void SpecEditor::showQuickFixMenu()
{
    QMenu menu(this);
    const QList<QAction *> actions = quickFixActions(&menu);
    if (actions.isEmpty()) {
        const QList<int> at = diagnosticsAt(textCursor().position());
        QAction *none = menu.addAction(
            at.isEmpty()
                ? tr("No problems here")
                : tr("No quick fix for: %1").arg(m_findings.diagnostics()[at.first()].message));
        none->setEnabled(false);
    } else {
        menu.addActions(actions);
    }
    menu.exec(viewport()->mapToGlobal(cursorRect().bottomLeft()));
}

void SpecEditor::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    // Fixes for the spot that was clicked, on top.
    const QTextCursor clicked = cursorForPosition(event->pos());
    if (!textCursor().hasSelection())
        setTextCursor(clicked);
    const QList<QAction *> fixes = quickFixActions(menu);
    if (!fixes.isEmpty()) {
        QAction *first = menu->actions().value(0);
        for (QAction *a : fixes)
            menu->insertAction(first, a);
        menu->insertSeparator(first);
    }
    menu->exec(event->globalPos());
    delete menu;
}

bool SpecEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint pos = viewport()->mapFromGlobal(help->globalPos());
        const int position = cursorForPosition(pos).position();
        const QStringList messages = m_findings.messagesAt(position);
        if (messages.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), messages.join(QLatin1Char('\n')), this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

// --- zoom and wrap ----------------------------------------------------------------------------

void SpecEditor::setBaseFont(const QString &family, int pointSize)
{
    m_fontFamily = family;
    if (pointSize > 0)
        m_baseFontSize = pointSize;
    applyFont();
}

void SpecEditor::setFontSettings(const QString &family, int pointSize, int zoomSteps)
{
    m_fontFamily = family;
    if (pointSize > 0)
        m_baseFontSize = pointSize;
    const int zoom = std::clamp(zoomSteps, 4 - m_baseFontSize, 40);
    const bool zoomed = zoom != m_zoomSteps;
    m_zoomSteps = zoom;
    applyFont();
    if (zoomed)
        Q_EMIT zoomChanged(m_zoomSteps);
}

void SpecEditor::zoomBy(int steps)
{
    const int next = std::clamp(m_zoomSteps + steps, 4 - m_baseFontSize, 40);
    if (next == m_zoomSteps)
        return;
    m_zoomSteps = next;
    applyFont();
    Q_EMIT zoomChanged(m_zoomSteps);
}

// Ctrl+wheel zooms, as in other editors (QPlainTextEdit zooms only when read-only); a
// high-resolution wheel adds its eighths of a notch up to whole steps.
void SpecEditor::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QPlainTextEdit::wheelEvent(event);
        return;
    }
    m_wheelZoomDelta += event->angleDelta().y();
    const int steps = m_wheelZoomDelta / QWheelEvent::DefaultDeltasPerStep;
    m_wheelZoomDelta -= steps * QWheelEvent::DefaultDeltasPerStep;
    if (steps != 0)
        zoomBy(steps);
    event->accept();
}

void SpecEditor::resetZoom()
{
    zoomBy(-m_zoomSteps);
}

void SpecEditor::setWordWrap(bool wrap)
{
    setLineWrapMode(wrap ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
}

bool SpecEditor::wordWrap() const
{
    return lineWrapMode() != QPlainTextEdit::NoWrap;
}

} // namespace Specwright
