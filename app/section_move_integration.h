// Applies the Intents outline's move requests to the editor: the section's whole text moves
// as one undo step, and the cursor follows the moved heading.
#pragma once

#include <QObject>

namespace Specwright {

class MainWindow;

class SectionMoveIntegration : public QObject
{
    Q_OBJECT

public:
    static SectionMoveIntegration *install(MainWindow *window);
    // Moves a section of the outline's current model; false when the move is not possible
    // (or the model is behind the editor text: then nothing changes and the status bar says so).
    bool moveSection(int section, int target, bool after);

private:
    explicit SectionMoveIntegration(MainWindow *window);

    MainWindow *m_window;
};

} // namespace Specwright
