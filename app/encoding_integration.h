// Text encodings in the window: the open file's encoding in the status bar (a button that
// opens the same menu), File > Reopen with Encoding, and the question asked before a save
// that would lose characters. The codec work is TextFileCodec's; DocumentSession reads and
// writes in the file's own encoding.
#pragma once

#include <QObject>

class QMenu;
class QToolButton;

namespace Specwright {

class MainWindow;

class EncodingIntegration : public QObject
{
    Q_OBJECT
public:
    static EncodingIntegration *install(MainWindow *window);

    QMenu *reopenMenu() const { return m_menu; }
    QToolButton *indicator() const { return m_indicator; }

private:
    explicit EncodingIntegration(MainWindow *window);
    void reopenWith(const QString &encodingName);
    void updateIndicator();
    bool confirmLoss(const QString &message, const QString &proceed);

    MainWindow *m_window;
    QMenu *m_menu = nullptr;
    QToolButton *m_indicator = nullptr;
};

} // namespace Specwright
