// Status bar fields: cursor position, section path, word count and parse/lint state.
#pragma once

#include "diagnostic.h"
#include "document_controller.h"

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
    // The parse / lint state: "Edited…", "Checking…", or the findings once current.
    void showCheckState(DocumentController::State state, const QList<Diagnostic> &diagnostics);

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
