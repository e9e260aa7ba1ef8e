#include "output_diff_dialog.h"

#include "button_mnemonics.h"
#include "diff_view.h"
#include "sequence_diff.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHash>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Specwright {

OutputDiffDialog::OutputDiffDialog(QWidget *parent)
    : QDialog(parent)
{
    m_view = new DiffView(this);
    m_view->setMode(DiffView::SideBySide);
    m_lines = new QTextBrowser(this);
    m_lines->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_lines->setLineWrapMode(QTextEdit::WidgetWidth);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    ButtonMnemonics::apply(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_lines, 1);
    layout->addWidget(buttons);
    m_lines->hide();
    resize(1000, 700);
}

QString OutputDiffDialog::sideBySideHtml(const QString &before, const QString &after, bool dark,
                                         int *changedLines)
{
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    QHash<QString, int> ids;
    auto intern = [&ids](const QStringList &lines) {
        std::vector<int> out;
        out.reserve(size_t(lines.size()));
        for (const QString &l : lines) {
            const auto it = ids.constFind(l);
            out.push_back(it != ids.constEnd() ? it.value()
                                               : ids.insert(l, int(ids.size())).value());
        }
        return out;
    };
    const std::vector<int> sa = intern(a);
    const std::vector<int> sb = intern(b);
    const QList<SequenceDiff::Edit> edits = SequenceDiff::compute(sa, sb);
    const QString del = dark ? QStringLiteral("#5a1e22") : QStringLiteral("#ffebe9");
    const QString ins = dark ? QStringLiteral("#1b4721") : QStringLiteral("#dafbe1");
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">");
    auto cell = [](int number, const QString &text, const QString &colour) {
        const QString bg =
            colour.isEmpty() ? QString() : QStringLiteral(" bgcolor=\"%1\"").arg(colour);
        return QStringLiteral(
                   "<td width=\"3%\" align=\"right\"%1>%2</td><td "
                   "width=\"47%\"%1><p style=\"white-space: pre-wrap; margin: 0\">%3</p></td>")
            .arg(bg, number > 0 ? QString::number(number) : QString(), text.toHtmlEscaped());
    };
    QList<int> dels, insts;
    int changed = 0;
    auto flush = [&] {
        for (qsizetype i = 0; i < qMax(dels.size(), insts.size()); ++i) {
            html += QStringLiteral("<tr>");
            if (changed == 0) // where the dialog scrolls to
                html += QStringLiteral("<a name=\"first-change\"></a>");
            html += i < dels.size() ? cell(dels.at(i) + 1, a.at(dels.at(i)), del) : cell(0, {}, {});
            html +=
                i < insts.size() ? cell(insts.at(i) + 1, b.at(insts.at(i)), ins) : cell(0, {}, {});
            html += QStringLiteral("</tr>");
            ++changed;
        }
        dels.clear();
        insts.clear();
    };
    for (const SequenceDiff::Edit &e : edits) {
        if (e.op == SequenceDiff::Op::Delete) {
            dels.append(e.oldIndex);
        } else if (e.op == SequenceDiff::Op::Insert) {
            insts.append(e.newIndex);
        } else {
            flush();
            html += QStringLiteral("<tr>") + cell(e.oldIndex + 1, a.at(e.oldIndex), {}) +
                    cell(e.newIndex + 1, b.at(e.newIndex), {}) + QStringLiteral("</tr>");
        }
    }
    flush();
    if (changedLines)
        *changedLines = changed;
    return html + QStringLiteral("</table>");
}

void OutputDiffDialog::compareFile(const QString &path, const QByteArray &previousContent)
{
    setWindowTitle(tr("%1: previous and current version").arg(QFileInfo(path).fileName()));
    QFile f(path);
    const QString after =
        QString::fromUtf8(f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray());
    const QString before = QString::fromUtf8(previousContent);
    const bool markdown = QFileInfo(path).suffix().toLower() == u"md";
    m_view->setVisible(markdown);
    m_lines->setVisible(!markdown);
    if (markdown) {
        m_view->compare(before, after, tr("previous"), tr("current"));
        return;
    }
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_lines->setHtml(sideBySideHtml(before, after, dark));
    m_lines->scrollToAnchor(QStringLiteral("first-change"));
}

} // namespace Specwright
