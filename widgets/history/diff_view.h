// Shows a section diff in three modes: the new version rendered with word changes, the aligned
// side-by-side source, and a summary table of sections, under a header that counts what the
// amendment changes (obligations, authority, structure, examples); each header entry jumps to
// its sections. All diff and HTML work runs on the thread pool.
#pragma once

#include "diff_types.h"
#include "file_history.h"
#include "latest_result.h"

#include <QWidget>

class QLabel;
class QUrl;
class QStackedWidget;
class QTabBar;
class QTableWidget;
class QTextBrowser;

namespace Specwright {

class DiffView : public QWidget
{
    Q_OBJECT

public:
    enum Mode
    {
        Rendered = 0,
        SideBySide = 1,
        Summary = 2
    };
    Q_ENUM(Mode)

    explicit DiffView(QWidget *parent = nullptr);

    // Diffs two texts in the background; diffReady() fires when the view shows the result.
    void compare(const QString &oldText, const QString &newText, const QString &oldLabel = {},
                 const QString &newLabel = {});
    // "Compare with last amendment": the file's HEAD version against the unsaved buffer.
    void compareWithLastAmendment(const QString &filePath, const QString &bufferText);

    Mode mode() const;
    void setMode(Mode mode);
    const DiffResult &result() const { return m_result; }
    QString statusText() const;
    // Jumps to the next section of a header entry (DiffSummary::Item), cycling.
    void jumpToSummaryItem(int item);
    // Scrolls every mode to an entry of result().sections.
    void showEntry(int entryIndex);

Q_SIGNALS:
    void diffReady();
    // A section row was activated in the summary: jump to it in the editor (new version line;
    // the old line when the section was removed).
    void sectionActivated(const QString &sectionId, int line);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Output;
    void start(const QString &oldText, const QString &newText);
    void renderAgain();
    void showOutput(const Output &output);
    void fillHeader();
    void openLink(const QUrl &url);
    void fillSummary();
    void activateRow(int row);
    bool isDark() const;

    QTabBar *m_tabs = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_header = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTextBrowser *m_rendered = nullptr;
    QTextBrowser *m_sideBySide = nullptr;
    QTableWidget *m_summary = nullptr;
    DiffResult m_result;
    QString m_oldText, m_newText, m_oldLabel, m_newLabel;
    QList<int> m_expanded; // unchanged sections the user opened in the rendered mode
    QList<int> m_jumpCursor;
    bool m_busy = false;
    LatestResult<GitResult<FileText>> m_headRead{this};       // the HEAD version to compare with
    LatestResult<std::shared_ptr<const Output>> m_diff{this}; // diff and HTML of both modes
};

} // namespace Specwright
