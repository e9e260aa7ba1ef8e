// The amendments of one spec file: its git history (date, author, summary, number of changed
// sections). Picking one compares it with its parent; Ctrl-click a second to compare any two.
#pragma once

#include "file_history.h"
#include "latest_result.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Specwright {

class AmendmentsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AmendmentsPanel(QWidget *parent = nullptr);

    // Loads the history of a file in the background; historyLoaded() or failed() follow.
    void setFile(const QString &filePath);
    QString filePath() const { return m_filePath; }
    void reload() { setFile(m_filePath); }
    const QList<FileRevision> &revisions() const { return m_revisions; }
    QString message() const;
    static constexpr int maxCountedRevisions() { return 200; }

Q_SIGNALS:
    void historyLoaded(int count);
    void failed(const QString &message);
    // Old and new text to show in a DiffView (older first).
    void compareRequested(const QString &oldText, const QString &newText, const QString &oldLabel,
                          const QString &newLabel);

private:
    struct Loaded;
    void showLoaded(const Loaded &loaded);
    void selectionChanged();
    QString label(const FileRevision &revision) const;

    QLabel *m_message = nullptr;
    QTreeWidget *m_list = nullptr;
    QString m_filePath;
    QList<FileRevision> m_revisions;
    LatestResult<Loaded> m_load{this};
};

} // namespace Specwright
