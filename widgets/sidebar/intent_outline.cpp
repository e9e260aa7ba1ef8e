#include "intent_outline.h"

#include "outline_tree.h"
#include "section_mover.h"

#include <QAbstractItemDelegate>
#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLineEdit>
#include <QSet>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>

namespace Specwright {

namespace {
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

// The size-to-contents columns are measured over this many rows (those on screen first),
// not over all of a big spec's sections.
constexpr int kMeasuredRows = 200;

// Rows down to this depth (0 = top level) start expanded.
constexpr int kExpandedDepth = 1;

int depthOf(const SpecDocument &document, int section)
{
    int depth = 0;
    for (int p = document.sections()[section].parent; p >= 0; p = document.sections()[p].parent)
        ++depth;
    return depth;
}
} // namespace

IntentOutline::IntentOutline(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("intentOutline"));
    m_filter->setObjectName(QStringLiteral("intentFilter"));
    m_filter->setPlaceholderText(tr("Filter intents (title, id, authority)"));
    m_filter->setClearButtonEnabled(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_stack, 1);
    connect(m_filter, &QLineEdit::textChanged, this, &IntentOutline::applyFilter);
    m_page = addPage(nullptr);
}

IntentOutline::~IntentOutline()
{
    m_page = nullptr; // the trees go with the widget; their pages' bookkeeping goes now
    qDeleteAll(m_pages);
}

IntentOutline::Page *IntentOutline::addPage(const QObject *buffer)
{
    auto *page = new Page;
    page->buffer = buffer;
    page->model = new OutlineModel;
    page->model->setDimColor(dimTextColor(palette()));
    page->model->setBadges(m_badges);
    auto *tree = new OutlineTree(page->model, m_stack);
    page->tree = tree;
    tree->setObjectName(QStringLiteral("intentTree"));
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(false);
    tree->setRootIsDecorated(true);
    QHeaderView *header = tree->header();
    header->setStretchLastSection(false);
    header->setResizeContentsPrecision(kMeasuredRows);
    header->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    // The small columns are as wide as their contents, measured when the contents change
    // (measureColumns), not on every show or resize of the tree: ResizeToContents measured a
    // big spec's rows each time its tab was shown (15 ms at 5 MB).
    for (int c = IdColumn; c < ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::Fixed);
    tree->setColumnHidden(IdColumn, true); // shown in the tooltip; can be turned on
    tree->setColumnHidden(EvalColumn, m_badges.isEmpty());
    for (auto it = m_delegates.cbegin(); it != m_delegates.cend(); ++it)
        tree->setItemDelegateForColumn(it.key(), it.value());
    tree->viewport()->installEventFilter(this);
    m_stack->addWidget(tree);

    connect(tree, &OutlineTree::moveRequested, this, [this](int section, int onto, bool after) {
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
        auto *action = new QAction(m.text, tree);
        action->setObjectName(m.name);
        action->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | m.key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        const int direction = m.direction;
        connect(action, &QAction::triggered, this, [this, direction] { moveCurrentBy(direction); });
        tree->addAction(action);
    }
    tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(tree, &QTreeView::clicked, this, &IntentOutline::onActivated);
    connect(tree, &QTreeView::activated, this, &IntentOutline::onActivated);
    if (buffer)
        connect(buffer, &QObject::destroyed, this, [this, page] { removePage(page); });
    m_pages.append(page);
    return page;
}

void IntentOutline::removePage(Page *page)
{
    if (!m_pages.removeOne(page))
        return;
    if (page == m_page) {
        m_page = m_pages.isEmpty() ? addPage(nullptr) : m_pages.first();
        m_stack->setCurrentWidget(m_page->tree);
    }
    delete page->tree; // and its model
    delete page;
}

void IntentOutline::showBuffer(const QObject *buffer)
{
    Page *page = nullptr;
    for (Page *p : std::as_const(m_pages))
        if (p->buffer == buffer)
            page = p;
    if (!page) {
        // The page shown before any buffer (a fresh outline) becomes the first buffer's.
        if (m_page && !m_page->buffer && !m_page->model->document() && buffer) {
            page = m_page;
            page->buffer = buffer;
            connect(buffer, &QObject::destroyed, this, [this, page] { removePage(page); });
        } else {
            page = addPage(buffer);
        }
    }
    if (page == m_page)
        return;
    m_page = page;
    m_stack->setCurrentWidget(page->tree);
    if (page->filter != m_filter->text().trimmed())
        applyFilter();
    fitColumns();
}

QTreeView *IntentOutline::tree() const
{
    return m_page->tree;
}

OutlineModel *IntentOutline::model() const
{
    return m_page->model;
}

SpecDocument::Ptr IntentOutline::document() const
{
    return m_page->model->document();
}

int IntentOutline::currentSection() const
{
    return m_page->current;
}

void IntentOutline::setDocument(const SpecDocument::Ptr &document)
{
    OutlineModel *model = m_page->model;
    if (document == model->document())
        return;
    // A change of shape resets the model (and the view's expansion): remember which sections
    // were expanded, by id, to expand them again.
    QSet<QString> expanded;
    QSet<QString> known;
    const SpecDocument::Ptr old = model->document();
    if (old && document && !model->keepsShape(*document)) {
        const QList<Section> &sections = old->sections();
        for (qsizetype i = 0; i < sections.size(); ++i) {
            known.insert(sections[i].id);
            if (!sections[i].children.isEmpty() &&
                m_page->tree->isExpanded(model->indexOfSection(int(i))))
                expanded.insert(sections[i].id);
        }
    }
    if (model->setDocument(document)) {
        m_page->current = -1;
        restoreExpansion(expanded, known);
        m_page->filter.clear();
        applyFilter();
        countLint(); // the counts by section index of the new shape
    }
    measureColumns();
}

void IntentOutline::restoreExpansion(const QSet<QString> &expandedIds,
                                     const QSet<QString> &knownIds)
{
    const SpecDocument::Ptr document = m_page->model->document();
    if (!document)
        return;
    QTreeView *tree = m_page->tree;
    const QList<Section> &sections = document->sections();
    // Right after the reset the view lays out later, so expanding row by row is cheap here.
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const Section &s = sections[i];
        if (s.children.isEmpty())
            continue;
        const bool expand = knownIds.contains(s.id) ? expandedIds.contains(s.id)
                                                    : depthOf(*document, int(i)) <= kExpandedDepth;
        if (expand)
            tree->expand(m_page->model->indexOfSection(int(i)));
    }
}

void IntentOutline::countLint()
{
    const SpecDocument::Ptr document = m_page->model->document();
    QList<int> counts;
    if (document) {
        counts.resize(document->sections().size(), 0);
        for (const Diagnostic &d : std::as_const(m_page->diagnostics)) {
            const int section = document->sectionAtLine(d.range.startLine);
            if (section >= 0)
                ++counts[section];
        }
    }
    m_page->model->setLintCounts(std::move(counts)); // only that column changes
}

void IntentOutline::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    // Showing a document again hands over the very list counted before: nothing to count.
    const bool same = diagnostics.size() == m_page->diagnostics.size() &&
                      diagnostics.constData() == m_page->diagnostics.constData();
    m_page->diagnostics = diagnostics;
    if (same && !diagnostics.isEmpty())
        return;
    countLint();
    measureColumns();
}

void IntentOutline::setSectionBadges(const QHash<QString, SectionBadge> &badges)
{
    m_badges = badges;
    for (Page *page : std::as_const(m_pages)) {
        page->model->setBadges(badges);
        page->tree->setColumnHidden(EvalColumn, badges.isEmpty());
    }
    measureColumns();
}

void IntentOutline::setItemDelegateForColumn(int column, QAbstractItemDelegate *delegate)
{
    delegate->setParent(this);
    m_delegates.insert(column, delegate);
    for (Page *page : std::as_const(m_pages))
        page->tree->setItemDelegateForColumn(column, delegate);
}

QModelIndex IntentOutline::indexForSection(int section) const
{
    return m_page->model->indexOfSection(section);
}

QString IntentOutline::text(int section, int column) const
{
    return m_page->model->indexOfSection(section, column).data().toString();
}

bool IntentOutline::isSectionHidden(int section) const
{
    const QModelIndex index = indexForSection(section);
    return !index.isValid() || m_page->tree->isRowHidden(index.row(), index.parent());
}

// Made when asked (a tooltip event), not stored for each of the thousands of rows.
QString IntentOutline::titleToolTip(int section) const
{
    const SpecDocument::Ptr document = m_page->model->document();
    const Section &s = document->sections().at(section);
    const QString title = s.title.isEmpty() ? tr("(untitled)") : s.title;
    QStringList tip{QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()),
                    tr("id: %1").arg(s.id.toHtmlEscaped())};
    for (const Attribute &a : s.attributes)
        if (a.key != QLatin1String("id"))
            tip.append(
                QStringLiteral("%1 = %2").arg(a.key.toHtmlEscaped(), a.value.toHtmlEscaped()));
    tip.append(tr("%n example(s)", nullptr, int(document->examplesOf(section, false).size())));
    if (const int lint = m_page->model->lintCount(section))
        tip.append(tr("%n lint finding(s)", nullptr, lint));
    return tip.join(QStringLiteral("<br>"));
}

void IntentOutline::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // The dim colours follow a switch between light and dark.
        const QColor dim = dimTextColor(palette());
        for (Page *page : std::as_const(m_pages))
            page->model->setDimColor(dim);
    }
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        Page *shown = m_page;
        for (Page *page : std::as_const(m_pages)) {
            m_page = page;
            measureColumns();
        }
        m_page = shown;
    }
}

bool IntentOutline::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_page) // a page being made
        return QWidget::eventFilter(watched, event);
    QTreeView *tree = m_page->tree;
    if (watched == tree->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    if (watched == tree->viewport() && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = tree->indexAt(help->pos());
        const int section = m_page->model->sectionOf(index);
        if (section >= 0 && index.column() == TitleColumn) {
            QToolTip::showText(help->globalPos(), titleToolTip(section), tree->viewport());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void IntentOutline::measureColumns()
{
    QTreeView *tree = m_page->tree;
    QHeaderView *header = tree->header();
    for (int c = IdColumn; c < ColumnCount; ++c) {
        const int width = qMax(header->sectionSizeHint(c),
                               static_cast<const QAbstractItemView *>(tree)->sizeHintForColumn(c));
        m_page->widths[c] = width;
        if (header->sectionSize(c) != width)
            header->resizeSection(c, width);
    }
    fitColumns();
}

void IntentOutline::fitColumns()
{
    QTreeView *tree = m_page->tree;
    QList<int> &fitHidden = m_page->fitHidden;
    QHeaderView *header = tree->header();
    const auto widthOf = [this](int column) { return m_page->widths[column]; };
    // A title needs room for its indentation and about a dozen characters.
    const int titleMin = tree->indentation() * 2 + fontMetrics().averageCharWidth() * 12;
    int needed = titleMin;
    for (int c = IdColumn; c < ColumnCount; ++c) {
        const bool hiddenByUser = tree->isColumnHidden(c) && !fitHidden.contains(c);
        if (!hiddenByUser)
            needed += widthOf(c);
    }
    const int available = tree->viewport()->width();
    // In the order they give way; the badge column never does.
    QList<int> hide;
    for (const int c : {int(AuthorityColumn), int(ExamplesColumn), int(LintColumn)}) {
        const bool hiddenByUser = tree->isColumnHidden(c) && !fitHidden.contains(c);
        if (needed <= available || hiddenByUser)
            continue;
        hide.append(c);
        needed -= widthOf(c);
    }
    if (hide == fitHidden)
        return;
    for (const int c : std::as_const(fitHidden)) {
        tree->setColumnHidden(c, false);
        header->resizeSection(c, widthOf(c));
    }
    for (const int c : std::as_const(hide))
        tree->setColumnHidden(c, true);
    fitHidden = hide;
}

void IntentOutline::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void IntentOutline::applyFilter()
{
    const QString needle = m_filter->text().trimmed();
    Page *page = m_page;
    const SpecDocument::Ptr document = page->model->document();
    const QString before = std::exchange(page->filter, needle);
    if (!document || (needle.isEmpty() && before.isEmpty()))
        return; // nothing hidden, nothing to hide
    const QList<Section> &sections = document->sections();
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
    QTreeView *tree = page->tree;
    OutlineModel *model = page->model;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const QModelIndex index = model->indexOfSection(int(i));
        if (tree->isRowHidden(index.row(), index.parent()) != !visible[i])
            tree->setRowHidden(index.row(), index.parent(), !visible[i]);
        if (!needle.isEmpty() && visible[i] && !sections[i].children.isEmpty())
            tree->expand(index);
    }
}

void IntentOutline::setCurrentLine(int line)
{
    const SpecDocument::Ptr document = m_page->model->document();
    if (!document)
        return;
    const int section = document->sectionAtLine(line);
    if (section == m_page->current)
        return;
    m_page->current = section;
    QTreeView *tree = m_page->tree;
    const QModelIndex index = indexForSection(section);
    m_syncing = true;
    if (index.isValid()) {
        tree->setCurrentIndex(index);
        tree->scrollTo(index);
    } else {
        tree->setCurrentIndex({});
    }
    m_syncing = false;
    Q_EMIT currentSectionChanged(section);
}

void IntentOutline::moveCurrentBy(int direction)
{
    const SpecDocument::Ptr document = m_page->model->document();
    const int section = m_page->model->sectionOf(m_page->tree->currentIndex());
    if (section < 0 || !document)
        return;
    const int neighbour = SectionMover::sibling(*document, section, direction);
    if (neighbour >= 0)
        Q_EMIT sectionMoveRequested(section, neighbour, direction > 0);
}

void IntentOutline::onActivated(const QModelIndex &index)
{
    const SpecDocument::Ptr document = m_page->model->document();
    const int section = m_page->model->sectionOf(index);
    if (section < 0 || !document || m_syncing)
        return;
    if (section != m_page->current) {
        m_page->current = section;
        Q_EMIT currentSectionChanged(section);
    }
    Q_EMIT sectionActivated(section, document->sections()[section].headingLine);
}

} // namespace Specwright
