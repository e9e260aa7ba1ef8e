#include "window_integrations.h"

#include "api_key_store.h"
#include "dock_space_guard.h"
#include "encoding_integration.h"
#include "eval_integration.h"
#include "generate_integration.h"
#include "history_integration.h"
#include "icon_theme_setup.h"
#include "main_window.h"
#include "open_documents_integration.h"
#include "palette_integration.h"
#include "problems_integration.h"
#include "read_only_integration.h"
#include "section_move_integration.h"
#include "start_page_integration.h"
#include "trace_integration.h"
#include "trust_integration.h"
#include "writing_integration.h"

namespace Specwright {

void WindowIntegrations::install(MainWindow *window)
{
    ApiKeyStore::install(window);            // the LLM key from the desktop secret store
    GenerateIntegration::install(window);    // Generate tool bar, Tools menu, Output dock
    ProblemsIntegration::install(window);    // Problems dock fed by the lint results
    HistoryIntegration::install(window);     // Amendments and Diff docks, compare and amend
    TrustIntegration::install(window);       // asks once whether to trust an opened workspace
    EvalIntegration::install(window);        // Evals dock: run the spec's examples on a model
    TraceIntegration::install(window);       // Traceability dock: requirements x coverage
    EncodingIntegration::install(window);    // encoding in the status bar, Reopen with Encoding
    ReadOnlyIntegration::install(window);    // read-only state and Save As
    PaletteIntegration::install(window);     // Command palette (Ctrl+Shift+P), Ctrl+P
    WritingIntegration::install(window);     // Clipboard, focus mode, shortcut reference
    SectionMoveIntegration::install(window); // Intents outline: drag or Alt+Shift+Up/Down
    // Tabs, Close File's question and Back / Forward; the start page when nothing is open.
    OpenDocumentsIntegration::install(window);
    StartPageIntegration::install(window);
    DockSpaceGuard::install(window);                 // bottom docks as tabs: the window never grows
    IconThemeSetup::followPaletteInToolBars(window); // legible tool bar icons when dark
}

} // namespace Specwright
