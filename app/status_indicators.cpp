#include "status_indicators.h"

#include <QLabel>
#include <QStatusBar>

namespace Specwright {

StatusIndicators::StatusIndicators(QStatusBar *bar)
    : QObject(bar)
    , m_section(new QLabel(bar))
    , m_cursor(new QLabel(bar))
    , m_words(new QLabel(bar))
    , m_state(new QLabel(bar))
{
    m_section->setObjectName(QStringLiteral("statusSection"));
    m_cursor->setObjectName(QStringLiteral("statusCursor"));
    m_words->setObjectName(QStringLiteral("statusWords"));
    m_state->setObjectName(QStringLiteral("statusState"));
    m_section->setTextFormat(Qt::PlainText);
    m_section->setMinimumWidth(80);
    bar->addWidget(m_section, 1);
    bar->addPermanentWidget(m_state);
    bar->addPermanentWidget(m_words);
    bar->addPermanentWidget(m_cursor);
    setCursor(1, 1);
    setWordCount(0);
}

void StatusIndicators::setCursor(int line, int column)
{
    m_cursor->setText(tr("Ln %1, Col %2").arg(line).arg(column));
}

void StatusIndicators::setSectionPath(const QStringList &path)
{
    m_section->setText(path.join(QStringLiteral(" › ")));
    m_section->setToolTip(m_section->text());
}

void StatusIndicators::setWordCount(int words)
{
    m_words->setText(tr("%n word(s)", nullptr, words));
}

void StatusIndicators::setState(const QString &state, const QString &tooltip)
{
    m_state->setText(state);
    m_state->setToolTip(tooltip);
}

QString StatusIndicators::cursorText() const
{
    return m_cursor->text();
}
QString StatusIndicators::sectionText() const
{
    return m_section->text();
}
QString StatusIndicators::wordsText() const
{
    return m_words->text();
}
QString StatusIndicators::stateText() const
{
    return m_state->text();
}

void StatusIndicators::showCheckState(DocumentController::State state,
                                      const QList<Diagnostic> &diagnostics)
{
    QString text;
    switch (state) {
    case DocumentController::State::Idle: {
        int errors = 0;
        for (const Diagnostic &x : diagnostics)
            errors += x.severity == Severity::Error;
        text = diagnostics.isEmpty() ? tr("✓ No problems")
                                     : tr("%1 error(s), %2 other finding(s)")
                                           .arg(errors)
                                           .arg(diagnostics.size() - errors);
        break;
    }
    case DocumentController::State::Pending:
        text = tr("Edited…");
        break;
    case DocumentController::State::Parsing:
        text = tr("Checking…");
        break;
    }
    setState(text);
}

} // namespace Specwright
