// Puts the Traceability view into the main window: a bottom dock whose trace matrix is rebuilt
// on a worker from the open workspace (with the editor's current buffer) after every re-parse,
// reusing the previous index for the files that did not change. A cell jumps to its file.
#pragma once

#include "latest_result.h"
#include "spec_document.h"
#include "trace_index.h"

#include <QObject>

namespace Specwright {

class MainWindow;
class TraceabilityPanel;

class TraceIntegration : public QObject
{
    Q_OBJECT

public:
    static TraceIntegration *install(MainWindow *window);
    TraceabilityPanel *panel() const { return m_panel; }

private:
    explicit TraceIntegration(MainWindow *window);
    void schedule(const SpecDocument::Ptr &document);
    void start();

    MainWindow *m_window;
    TraceabilityPanel *m_panel = nullptr;
    SpecDocument::Ptr m_document; // the latest buffer, waiting for the worker when it is busy
    bool m_pending = false;
    TraceIndex::Ptr m_last;
    // One build at a time (each reuses the previous index); newer buffers wait in m_document.
    LatestResult<TraceIndex::Ptr> m_build{this};
};

} // namespace Specwright
