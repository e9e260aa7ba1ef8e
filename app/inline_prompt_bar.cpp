#include "inline_prompt_bar.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>

namespace Specwright {

InlinePromptBar::InlinePromptBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("inlinePromptBar"));
    setFrameShape(QFrame::StyledPanel);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(iconSize));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setObjectName(QStringLiteral("inlinePromptText"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    hide();
}

void InlinePromptBar::paintEvent(QPaintEvent *event)
{
    // A tint of the highlight colour, taken from the current palette, so the bar reads as a
    // notice in light and dark palettes alike.
    const QColor base = palette().color(QPalette::Window);
    const QColor mark = palette().color(QPalette::Highlight);
    QPainter(this).fillRect(rect(), QColor::fromRgbF(0.8f * base.redF() + 0.2f * mark.redF(),
                                                     0.8f * base.greenF() + 0.2f * mark.greenF(),
                                                     0.8f * base.blueF() + 0.2f * mark.blueF()));
    QFrame::paintEvent(event);
}

QString InlinePromptBar::text() const
{
    return m_text->text();
}

void InlinePromptBar::showPrompt(const QString &id, const QString &text,
                                 const QList<Action> &actions)
{
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        if (QWidget *old = item->widget()) {
            old->hide();
            old->deleteLater(); // it may be the button whose click is showing this prompt
        }
        delete item;
    }
    m_id = id;
    m_text->setText(text);
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const Action &action = actions.at(i);
        auto *button = new QPushButton(action.text, this);
        button->setObjectName(action.objectName);
        button->setDefault(i == 0);
        connect(button, &QPushButton::clicked, this, [this, run = action.run] {
            dismiss(); // first: the action may show the next prompt
            if (run)
                run();
        });
        m_buttons->addWidget(button);
    }
    show();
}

void InlinePromptBar::dismiss()
{
    if (isHidden() && m_id.isEmpty())
        return;
    m_id.clear();
    hide();
    Q_EMIT dismissed();
}

} // namespace Specwright
