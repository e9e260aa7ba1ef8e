// Keeps docks from growing the window: the bottom panels (Problems, Amendments, Diff,
// Traceability, Output, Evals) start as one group of tabs, and a bottom panel that is shown
// later joins the tabs of a visible one whenever, beside it, the window would have to grow
// past its size. (QMainWindow otherwise enlarges the window to the sum of the panels'
// minimum widths: 1600 -> 2061 px when Generate showed Output.)
#pragma once

#include <QObject>

class QDockWidget;
class QMainWindow;

namespace Specwright {

class DockSpaceGuard : public QObject
{
    Q_OBJECT
public:
    // Call once all docks exist.
    static DockSpaceGuard *install(QMainWindow *window);

private:
    explicit DockSpaceGuard(QMainWindow *window);
    QList<QDockWidget *> bottomDocks() const;
    void onShown(QDockWidget *dock);

    QMainWindow *m_window;
};

} // namespace Specwright
