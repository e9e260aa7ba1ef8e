#include "examples_panel.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Specwright {

namespace {
constexpr int FileRole = Qt::UserRole + 1;
constexpr int LineRole = Qt::UserRole + 2;

QString labelSummary(const Example &example)
{
    int good = 0, bad = 0, ok = 0;
    for (const ExampleTurn &t : example.turns) {
        good += t.label == AnswerLabel::Good;
        bad += t.label == AnswerLabel::Bad;
        ok += t.label == AnswerLabel::Ok;
    }
    QStringList parts;
    if (good)
        parts.append(QStringLiteral("GOOD×%1").arg(good));
    if (bad)
        parts.append(QStringLiteral("BAD×%1").arg(bad));
    if (ok)
        parts.append(QStringLiteral("OK×%1").arg(ok));
    return parts.join(QLatin1Char(' '));
}
} // namespace

ExamplesPanel::ExamplesPanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("examplesPanel"));
    m_tree->setObjectName(QStringLiteral("examplesTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Example"), tr("Labels")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    m_heading->setWordWrap(true);
    m_heading->setContentsMargins(4, 2, 4, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_heading);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { onClicked(item); });
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { onClicked(item); });
    refresh();
}

void ExamplesPanel::setDocument(const SpecDocument::Ptr &document, const Workspace::Ptr &workspace)
{
    const bool sameShape =
        m_document && document && m_section >= 0 && m_section < document->sections().size() &&
        m_section < m_document->sections().size() &&
        document->sections()[m_section].id == m_document->sections()[m_section].id;
    m_document = document;
    m_workspace = workspace;
    if (!sameShape)
        m_section = -1;
    refresh();
}

void ExamplesPanel::showSection(int sectionIndex)
{
    if (sectionIndex == m_section)
        return;
    m_section = sectionIndex;
    refresh();
}

QTreeWidgetItem *ExamplesPanel::addExample(QTreeWidgetItem *group, const Example &example)
{
    auto *item = new QTreeWidgetItem(group);
    item->setText(0, example.title.isEmpty() ? tr("(untitled example)") : example.title);
    item->setText(1, labelSummary(example));
    QStringList roles;
    for (const ExampleTurn &t : example.turns)
        roles.append(t.role);
    item->setToolTip(
        0,
        tr("%1<br>Turns: %2").arg(example.title.toHtmlEscaped(), roles.join(QStringLiteral(", "))));
    item->setData(0, FileRole, example.sourceFile);
    item->setData(0, LineRole, example.range.startLine);
    return item;
}

void ExamplesPanel::refresh()
{
    m_tree->clear();
    m_inlineCount = 0;
    m_evalCount = 0;
    if (!m_document || m_section < 0 || m_section >= m_document->sections().size()) {
        m_heading->setText(tr("Select an intent to see its examples."));
        return;
    }
    const Section &section = m_document->sections()[m_section];
    m_heading->setText(tr("Examples of <b>%1</b>").arg(section.title.toHtmlEscaped()));

    auto *inlineGroup = new QTreeWidgetItem(m_tree);
    for (int index : m_document->examplesOf(m_section, true)) {
        addExample(inlineGroup, m_document->examples()[index]);
        ++m_inlineCount;
    }
    inlineGroup->setText(0, tr("In the spec (%1)").arg(m_inlineCount));
    inlineGroup->setFlags(Qt::ItemIsEnabled);
    inlineGroup->setExpanded(true);

    // Eval prompts: footnote tags used in this section or its subsections.
    const int endLine = section.endLine > 0 ? section.endLine : m_document->source().lineCount();
    QSet<QString> seen;
    for (const FootnoteTag &tag : m_document->footnotes()) {
        if (tag.isDefinition || tag.range.startLine < section.headingLine ||
            tag.range.startLine > endLine || seen.contains(tag.tag))
            continue;
        seen.insert(tag.tag);
        QList<Example> examples = m_workspace
                                      ? m_workspace->evalExamples(tag.tag, m_document->filePath())
                                      : QList<Example>();
        if (examples.isEmpty() && tag.examplesFile.isEmpty())
            continue;
        auto *group = new QTreeWidgetItem(m_tree);
        group->setText(0, tr("Eval prompts [^%1] (%2)").arg(tag.tag).arg(examples.size()));
        const QString file =
            !tag.examplesFile.isEmpty()
                ? tag.examplesFile
                : (m_workspace
                       ? m_workspace->absolutePath(QStringLiteral("examples/%1.md").arg(tag.tag))
                       : QString());
        group->setData(0, FileRole, file);
        group->setData(0, LineRole, 1);
        for (Example e : examples) {
            if (e.sourceFile.isEmpty())
                e.sourceFile = file;
            else if (QFileInfo(e.sourceFile).isRelative() && m_workspace)
                e.sourceFile = m_workspace->absolutePath(e.sourceFile);
            addExample(group, e);
            ++m_evalCount;
        }
        group->setExpanded(true);
    }
    if (m_inlineCount == 0 && m_evalCount == 0)
        m_heading->setText(tr("<b>%1</b> has no examples yet.").arg(section.title.toHtmlEscaped()));
}

void ExamplesPanel::onClicked(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString file = item->data(0, FileRole).toString();
    const int line = item->data(0, LineRole).toInt();
    if (line <= 0)
        return;
    if (file.isEmpty())
        Q_EMIT jumpToLine(line);
    else
        Q_EMIT openFile(file, line);
}

} // namespace Specwright
