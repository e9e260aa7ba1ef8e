#include "fix_preview_dialog.h"

#include "button_mnemonics.h"
#include "fix_applier.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Specwright {

namespace {

// 1-based line of a UTF-16 offset and the offset where each line starts.
QList<int> lineStarts(const QString &text)
{
    QList<int> starts{0};
    for (int i = 0; i < text.size(); ++i)
        if (text.at(i) == u'\n')
            starts.append(i + 1);
    return starts;
}

int lineOf(const QList<int> &starts, int offset)
{
    return int(std::upper_bound(starts.begin(), starts.end(), offset) - starts.begin());
}

} // namespace

QList<FixPreviewDialog::Hunk> FixPreviewDialog::hunks(const QString &text,
                                                      const QList<TextEdit> &edits)
{
    const QList<TextEdit> sorted = FixApplier::normalized(edits);
    const QList<int> starts = lineStarts(text);
    QList<Hunk> out;
    for (int i = 0; i < sorted.size();) {
        const int first = lineOf(starts, sorted.at(i).startOffset);
        int last = lineOf(starts, std::max(sorted.at(i).startOffset, sorted.at(i).endOffset - 1));
        int j = i + 1;
        while (j < sorted.size() && lineOf(starts, sorted.at(j).startOffset) <= last) {
            last = std::max(last, lineOf(starts, std::max(sorted.at(j).startOffset,
                                                          sorted.at(j).endOffset - 1)));
            ++j;
        }
        const int from = starts.at(first - 1);
        const int to = last < starts.size() ? starts.at(last) - 1 : int(text.size());
        QList<TextEdit> local;
        for (int k = i; k < j; ++k) {
            TextEdit e = sorted.at(k);
            e.startOffset -= from;
            e.endOffset -= from;
            local.append(e);
        }
        const QString before = text.mid(from, to - from);
        out.append({first, before.split(u'\n'), FixApplier::apply(before, local).split(u'\n')});
        i = j;
    }
    return out;
}

FixPreviewDialog::FixPreviewDialog(const QString &text, const QList<TextEdit> &edits,
                                   const QString &file, const QString &ruleId, QWidget *parent)
    : QDialog(parent)
    , m_edits(FixApplier::normalized(edits))
    , m_hunks(hunks(text, edits))
    , m_summary(new QLabel(this))
    , m_view(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("fixPreviewDialog"));
    setWindowTitle(tr("Preview: Fix All"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("%n edit(s) of %1 in %2. Nothing changes until you apply them; one "
                          "undo reverts them all.",
                          nullptr, int(m_edits.size()))
                           .arg(ruleId, QFileInfo(file).fileName()));
    m_view->setObjectName(QStringLiteral("fixPreview"));
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setOpenLinks(false);
    render();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply %n Edit(s)", nullptr, int(m_edits.size())),
                                 QDialogButtonBox::AcceptRole);
    m_apply->setEnabled(!m_edits.isEmpty());
    m_apply->setDefault(true);
    ButtonMnemonics::apply(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(720, 420);
}

void FixPreviewDialog::render()
{
    // Removed and added lines in the palette's own colours, tinted, so both themes read well.
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    const QString removed = dark ? QStringLiteral("#5a1e22") : QStringLiteral("#fbe3e4");
    const QString added = dark ? QStringLiteral("#1e4a2a") : QStringLiteral("#e2f5e6");
    const QString text = pal.color(QPalette::Text).name();
    QString html = QStringLiteral("<table cellspacing=0 cellpadding=2 width=100%>");
    for (const Hunk &h : std::as_const(m_hunks)) {
        html += QStringLiteral("<tr><td style='color:%1'>%2</td></tr>")
                    .arg(pal.color(QPalette::Text).name(),
                         tr("line %1").arg(h.firstLine).toHtmlEscaped());
        for (const QString &l : h.before)
            html +=
                QStringLiteral("<tr><td style='background:%1;color:%2'><pre>- %3</pre></td></tr>")
                    .arg(removed, text, l.toHtmlEscaped());
        for (const QString &l : h.after)
            html +=
                QStringLiteral("<tr><td style='background:%1;color:%2'><pre>+ %3</pre></td></tr>")
                    .arg(added, text, l.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_view->setHtml(html);
}

void FixPreviewDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render(); // light and dark tints follow the theme
}

QString FixPreviewDialog::previewText() const
{
    QStringList out;
    for (const Hunk &h : m_hunks) {
        out.append(tr("line %1").arg(h.firstLine));
        for (const QString &l : h.before)
            out.append(QStringLiteral("- ") + l);
        for (const QString &l : h.after)
            out.append(QStringLiteral("+ ") + l);
    }
    return out.join(u'\n');
}

} // namespace Specwright
