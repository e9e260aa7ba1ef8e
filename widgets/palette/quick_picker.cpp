#include "quick_picker.h"

#include "fuzzy_matcher.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace Specwright {

QuickPicker::QuickPicker(QWidget *window)
    : QFrame(window)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("quickPicker"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_filter->setObjectName(QStringLiteral("quickPickerFilter"));
    m_list->setObjectName(QStringLiteral("quickPickerList"));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus); // the keys stay in the filter field
    m_message->setObjectName(QStringLiteral("quickPickerMessage"));
    m_message->setEnabled(false); // the palette's placeholder colour, in light and dark
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    connect(m_filter, &QLineEdit::textChanged, this, &QuickPicker::refilter);
    connect(m_list, &QListWidget::itemActivated, this, &QuickPicker::pickCurrent);
    connect(m_list, &QListWidget::itemClicked, this, &QuickPicker::pickCurrent);
    m_filter->installEventFilter(this);
    window->installEventFilter(this); // follow the window's size
    hide();
}

void QuickPicker::setPlaceholderText(const QString &text)
{
    m_filter->setPlaceholderText(text);
}

void QuickPicker::setItems(QList<Item> items)
{
    m_items = std::move(items);
    refilter();
}

void QuickPicker::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void QuickPicker::popup()
{
    m_filter->clear();
    refilter();
    place();
    show();
    raise();
    m_filter->setFocus(Qt::PopupFocusReason);
}

QStringList QuickPicker::shownTexts() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(m_list->item(i)->data(Qt::UserRole + 1).toString());
    return out;
}

void QuickPicker::refilter()
{
    const QString pattern = m_filter->text();
    QList<std::pair<int, int>> ranked; // score, index
    for (int i = 0; i < m_items.size(); ++i) {
        const int score = FuzzyMatcher::score(pattern, m_items.at(i).text);
        if (score >= 0)
            ranked.append({score, i});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    m_list->clear();
    for (qsizetype r = 0; r < std::min<qsizetype>(ranked.size(), kMaxRows); ++r) {
        const Item &item = m_items.at(ranked.at(r).second);
        const QString shown =
            item.detail.isEmpty() ? item.text : item.text + QStringLiteral("    ") + item.detail;
        auto *row = new QListWidgetItem(item.icon, shown, m_list);
        row->setData(Qt::UserRole, item.data);
        row->setData(Qt::UserRole + 1, item.text);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void QuickPicker::pickCurrent()
{
    QListWidgetItem *row = m_list->currentItem();
    if (!row)
        return;
    const QVariant data = row->data(Qt::UserRole);
    hide();
    Q_EMIT picked(data);
}

void QuickPicker::place()
{
    QWidget *window = parentWidget();
    const int width = std::clamp(window->width() / 2, std::min(420, window->width()), 720);
    const int height = std::min(window->height() - 40, 420);
    setGeometry((window->width() - width) / 2, 32, width, std::max(height, 120));
}

bool QuickPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    if (watched == m_filter && event->type() == QEvent::FocusOut && isVisible() &&
        !isAncestorOf(QApplication::focusWidget()))
        hide();
    if (watched != m_filter || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Escape:
        hide();
        parentWidget()->setFocus();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        pickCurrent();
        return true;
    case Qt::Key_Down:
    case Qt::Key_Up:
    case Qt::Key_PageDown:
    case Qt::Key_PageUp: {
        const int step = key->key() == Qt::Key_Down       ? 1
                         : key->key() == Qt::Key_Up       ? -1
                         : key->key() == Qt::Key_PageDown ? 10
                                                          : -10;
        if (m_list->count() > 0)
            m_list->setCurrentRow(std::clamp(m_list->currentRow() + step, 0, m_list->count() - 1));
        return true;
    }
    default:
        return QFrame::eventFilter(watched, event);
    }
}

} // namespace Specwright
