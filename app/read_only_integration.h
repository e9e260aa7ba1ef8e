// Shows when the open file is read-only: a "Read-only" field in the status bar and a bar
// above the editor offering Save As. Editing stays possible (to save a copy); a failed save
// offers Save As as well (DocumentManager), so the text is never lost.
#pragma once

#include <QObject>

class QLabel;

namespace Specwright {

class MainWindow;

class ReadOnlyIntegration : public QObject
{
    Q_OBJECT
public:
    static ReadOnlyIntegration *install(MainWindow *window);

    // The file exists and cannot, or should not, be written: no write permission for this
    // user, or marked read-only (no owner write bit, which even an administrator is shown).
    static bool isReadOnly(const QString &path);
    QLabel *indicator() const { return m_indicator; }

private:
    explicit ReadOnlyIntegration(MainWindow *window);
    void update();

    MainWindow *m_window;
    QLabel *m_indicator = nullptr;
    QString m_promptedFor; // the bar is shown once per opened file
};

} // namespace Specwright
