// Status bar fields: cursor position, section path, word count and parse/lint state.
#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace Specwright {

class StatusIndicators : public QObject
{
    Q_OBJECT
public:
    explicit StatusIndicators(QStatusBar *bar);

    void setCursor(int line, int column);
    void setSectionPath(const QStringList &path);
    void setWordCount(int words);
    void setState(const QString &state, const QString &tooltip = {});

    QString cursorText() const;
    QString sectionText() const;
    QString wordsText() const;
    QString stateText() const;

private:
    QLabel *m_section;
    QLabel *m_cursor;
    QLabel *m_words;
    QLabel *m_state;
};

} // namespace Specwright
