#include "intent_outline.h"

#include "outline_tree.h"
#include "section_mover.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLineEdit>
#include <QScopeGuard>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Specwright {

namespace {
constexpr int SectionRole = Qt::UserRole + 1;

// Secondary text (id, authority): between Text and Base, nearer Text, so it reads as quieter
// yet keeps enough contrast in light and dark palettes (PlaceholderText is often too faint).
QColor dimTextColor(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    constexpr float textShare = 0.65f;
    return QColor::fromRgbF(text.redF() * textShare + base.redF() * (1 - textShare),
                            text.greenF() * textShare + base.greenF() * (1 - textShare),
                            text.blueF() * textShare + base.blueF() * (1 - textShare));
}
} // namespace

IntentOutline::IntentOutline(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new OutlineTree(this))
{
    setObjectName(QStringLiteral("intentOutline"));
    m_filter->setObjectName(QStringLiteral("intentFilter"));
    m_filter->setPlaceholderText(tr("Filter intents (title, id, authority)"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("intentTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels(
        {tr("Intent"), tr("Id"), tr("Authority"), tr("Ex."), tr("Lint"), tr("Evals")});
    m_tree->headerItem()->setToolTip(EvalColumn, tr("Pass rate in the latest eval run"));
    m_tree->headerItem()->setToolTip(ExamplesColumn, tr("Examples in this intent"));
    m_tree->headerItem()->setToolTip(LintColumn, tr("Lint findings in this intent"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(false);
    m_tree->setRootIsDecorated(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    for (int c = IdColumn; c < ColumnCount; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tree->setColumnHidden(IdColumn, true); // shown in the tooltip; can be turned on
    m_tree->setColumnHidden(EvalColumn, true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    m_tree->viewport()->installEventFilter(this);

    connect(m_filter, &QLineEdit::textChanged, this, &IntentOutline::applyFilter);
    connect(static_cast<OutlineTree *>(m_tree), &OutlineTree::moveRequested, this,
            [this](QTreeWidgetItem *dragged, QTreeWidgetItem *target, bool after) {
                const int section = sectionOf(dragged);
                const int onto = sectionOf(target);
                if (section >= 0 && onto >= 0)
                    Q_EMIT sectionMoveRequested(section, onto, after);
            });
    const struct
    {
        QString text;
        Qt::Key key;
        int direction;
        QString name;
    } moves[] = {{tr("Move Section &Up"), Qt::Key_Up, -1, QStringLiteral("moveSectionUp")},
                 {tr("Move Section &Down"), Qt::Key_Down, 1, QStringLiteral("moveSectionDown")}};
    for (const auto &m : moves) {
        auto *action = new QAction(m.text, m_tree);
        action->setObjectName(m.name);
        action->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | m.key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        const int direction = m.direction;
        connect(action, &QAction::triggered, this, [this, direction] { moveCurrentBy(direction); });
        m_tree->addAction(action);
    }
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_tree, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { onItemActivated(item); });
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { onItemActivated(item); });
}

void IntentOutline::setDocument(const SpecDocument::Ptr &document)
{
    m_document = document;
    QStringList key;
    if (document) {
        key.reserve(document->sections().size());
        for (const Section &s : document->sections())
            key.append(QString::number(s.level) + QLatin1Char(' ') + s.id + QLatin1Char(' ') +
                       QString::number(s.parent));
    }
    if (key != m_shapeKey) {
        m_shapeKey = key;
        rebuild();
    } else {
        updateCounts(); // same tree: refresh texts in place, so expansion and scroll stay
    }
}

void IntentOutline::rebuild()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    m_items.clear();
    if (!m_document)
        return;
    const QList<Section> &sections = m_document->sections();
    m_items.resize(sections.size(), nullptr);
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const Section &s = sections[i];
        QTreeWidgetItem *parentItem = s.parent >= 0 ? m_items.value(s.parent) : nullptr;
        auto *item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_tree);
        item->setData(TitleColumn, SectionRole, int(i));
        m_items[i] = item;
    }
    updateCounts();
    m_tree->expandToDepth(1);
    applyFilter();
    m_current = -1;
}

void IntentOutline::updateCounts()
{
    if (!m_document)
        return;
    const QList<Section> &sections = m_document->sections();
    // The tree inherits this palette; on a change, its own is updated only after this one.
    const QColor dim = dimTextColor(palette());
    // Each item change would make the view measure its size-to-contents columns over all rows
    // (10,000 sections: minutes on the UI thread). The model is quiet while the texts change;
    // the columns are measured and the view repainted once afterwards.
    QHeaderView *header = m_tree->header();
    for (int c = IdColumn; c < ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::Interactive);
    const auto remeasure = qScopeGuard([this, header] {
        for (int c = IdColumn; c < ColumnCount; ++c)
            header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
        m_tree->viewport()->update();
    });
    const QSignalBlocker quiet(m_tree->model());
    for (qsizetype i = 0; i < sections.size() && i < m_items.size(); ++i) {
        const Section &s = sections[i];
        QTreeWidgetItem *item = m_items[i];
        const QString title = s.title.isEmpty() ? tr("(untitled)") : s.title;
        if (item->text(TitleColumn) != title)
            item->setText(TitleColumn, title);
        item->setText(IdColumn, s.id);
        item->setForeground(IdColumn, dim);
        const QString authority = s.attribute(QStringLiteral("authority"));
        item->setText(AuthorityColumn, authority);
        item->setForeground(AuthorityColumn, dim);
        const int examples = int(m_document->examplesOf(int(i), false).size());
        item->setText(ExamplesColumn, examples ? QString::number(examples) : QString());
        item->setTextAlignment(ExamplesColumn, Qt::AlignRight | Qt::AlignVCenter);
        const int lint = m_lintCounts.value(int(i));
        item->setText(LintColumn, lint ? QString::number(lint) : QString());
        item->setTextAlignment(LintColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setForeground(LintColumn, QColor(0xe0, 0x9b, 0x1a));
        const auto badge = m_badges.constFind(s.id);
        const bool hasBadge = badge != m_badges.constEnd();
        item->setText(EvalColumn, hasBadge ? badge->text : QString());
        item->setData(EvalColumn, BadgeColorRole, hasBadge ? QVariant(badge->color) : QVariant());
        item->setToolTip(EvalColumn, hasBadge ? badge->toolTip : QString());
    }
    fitColumns(); // the texts set the small columns' widths
}

// Made when asked (a tooltip event), not stored in each of the thousands of items.
QString IntentOutline::titleToolTip(int section) const
{
    const Section &s = m_document->sections().at(section);
    const QString title = s.title.isEmpty() ? tr("(untitled)") : s.title;
    QStringList tip{QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()),
                    tr("id: %1").arg(s.id.toHtmlEscaped())};
    for (const Attribute &a : s.attributes)
        if (a.key != QLatin1String("id"))
            tip.append(
                QStringLiteral("%1 = %2").arg(a.key.toHtmlEscaped(), a.value.toHtmlEscaped()));
    tip.append(tr("%n example(s)", nullptr, int(m_document->examplesOf(section, false).size())));
    if (const int lint = m_lintCounts.value(section))
        tip.append(tr("%n lint finding(s)", nullptr, lint));
    return tip.join(QStringLiteral("<br>"));
}

void IntentOutline::updateLintCounts()
{
    QHeaderView *header = m_tree->header();
    header->setSectionResizeMode(LintColumn, QHeaderView::Interactive);
    const auto remeasure = qScopeGuard([this, header] {
        header->setSectionResizeMode(LintColumn, QHeaderView::ResizeToContents);
        m_tree->viewport()->update();
    });
    const QSignalBlocker quiet(m_tree->model());
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const int lint = m_lintCounts.value(int(i));
        const QString text = lint ? QString::number(lint) : QString();
        if (m_items[i]->text(LintColumn) != text)
            m_items[i]->setText(LintColumn, text);
    }
    fitColumns();
}

void IntentOutline::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    m_lintCounts.clear();
    if (m_document) {
        for (const Diagnostic &d : diagnostics) {
            const int section = m_document->sectionAtLine(d.range.startLine);
            if (section >= 0)
                ++m_lintCounts[section];
        }
    }
    updateLintCounts(); // only that column: the other texts stay as they are
}

void IntentOutline::setSectionBadges(const QHash<QString, SectionBadge> &badges)
{
    m_badges = badges;
    m_tree->setColumnHidden(EvalColumn, badges.isEmpty());
    updateCounts();
}

void IntentOutline::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateCounts(); // the dim colours follow a switch between light and dark
}

bool IntentOutline::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    if (watched == m_tree->viewport() && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        QTreeWidgetItem *item = m_tree->itemAt(help->pos());
        const int section = sectionOf(item);
        if (section >= 0 && m_tree->columnAt(help->pos().x()) == TitleColumn) {
            QToolTip::showText(help->globalPos(), titleToolTip(section), m_tree->viewport());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void IntentOutline::fitColumns()
{
    QHeaderView *header = m_tree->header();
    auto widthOf = [&](int column) {
        return qMax(header->sectionSizeHint(column),
                    static_cast<const QAbstractItemView *>(m_tree)->sizeHintForColumn(column));
    };
    // A title needs room for its indentation and about a dozen characters.
    const int titleMin = m_tree->indentation() * 2 + fontMetrics().averageCharWidth() * 12;
    int needed = titleMin;
    for (int c = IdColumn; c < ColumnCount; ++c) {
        const bool hiddenByUser = m_tree->isColumnHidden(c) && !m_fitHidden.contains(c);
        if (!hiddenByUser)
            needed += widthOf(c);
    }
    const int available = m_tree->viewport()->width();
    // In the order they give way; the badge column never does.
    QList<int> hide;
    for (const int c : {int(AuthorityColumn), int(ExamplesColumn), int(LintColumn)}) {
        const bool hiddenByUser = m_tree->isColumnHidden(c) && !m_fitHidden.contains(c);
        if (needed <= available || hiddenByUser)
            continue;
        hide.append(c);
        needed -= widthOf(c);
    }
    if (hide == m_fitHidden)
        return;
    for (const int c : std::as_const(m_fitHidden))
        m_tree->setColumnHidden(c, false);
    for (const int c : std::as_const(hide))
        m_tree->setColumnHidden(c, true);
    m_fitHidden = hide;
}

void IntentOutline::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void IntentOutline::applyFilter()
{
    if (!m_document)
        return;
    const QString needle = m_filter->text().trimmed();
    const QList<Section> &sections = m_document->sections();
    // A section stays visible when it or a descendant matches; hide from the leaves up.
    QList<bool> visible(sections.size(), needle.isEmpty());
    if (!needle.isEmpty()) {
        for (qsizetype i = sections.size() - 1; i >= 0; --i) {
            const Section &s = sections[i];
            const bool match =
                s.title.contains(needle, Qt::CaseInsensitive) ||
                s.id.contains(needle, Qt::CaseInsensitive) ||
                s.attribute(QStringLiteral("authority")).contains(needle, Qt::CaseInsensitive);
            if (match)
                visible[i] = true;
            if (visible[i] && s.parent >= 0)
                visible[s.parent] = true;
        }
    }
    for (qsizetype i = 0; i < sections.size() && i < m_items.size(); ++i) {
        m_items[i]->setHidden(!visible[i]);
        if (!needle.isEmpty() && visible[i])
            m_items[i]->setExpanded(true);
    }
}

QTreeWidgetItem *IntentOutline::itemForSection(int index) const
{
    return m_items.value(index, nullptr);
}

void IntentOutline::setCurrentLine(int line)
{
    if (!m_document)
        return;
    const int section = m_document->sectionAtLine(line);
    if (section == m_current)
        return;
    m_current = section;
    QTreeWidgetItem *item = itemForSection(section);
    m_syncing = true;
    if (item) {
        m_tree->setCurrentItem(item);
        m_tree->scrollToItem(item);
    } else {
        m_tree->setCurrentItem(nullptr);
    }
    m_syncing = false;
    Q_EMIT currentSectionChanged(section);
}

int IntentOutline::sectionOf(const QTreeWidgetItem *item) const
{
    if (!item || !m_document)
        return -1;
    const int index = item->data(TitleColumn, SectionRole).toInt();
    return index >= 0 && index < m_document->sections().size() ? index : -1;
}

void IntentOutline::moveCurrentBy(int direction)
{
    const int section = sectionOf(m_tree->currentItem());
    if (section < 0)
        return;
    const int neighbour = SectionMover::sibling(*m_document, section, direction);
    if (neighbour >= 0)
        Q_EMIT sectionMoveRequested(section, neighbour, direction > 0);
}

void IntentOutline::onItemActivated(QTreeWidgetItem *item)
{
    if (!item || !m_document || m_syncing)
        return;
    const int index = item->data(TitleColumn, SectionRole).toInt();
    if (index < 0 || index >= m_document->sections().size())
        return;
    if (index != m_current) {
        m_current = index;
        Q_EMIT currentSectionChanged(index);
    }
    Q_EMIT sectionActivated(index, m_document->sections()[index].headingLine);
}

} // namespace Specwright
