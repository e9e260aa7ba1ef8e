// Shows every edit of a multi-place fix ("Fix All of This Rule in the File") as a line diff
// before anything changes; Apply applies them all (the editor makes that one undo step).
#pragma once

#include "diagnostic.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace Specwright {

class FixPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // `text`: the document the edits apply to; `file` and `ruleId` only label the preview.
    FixPreviewDialog(const QString &text, const QList<TextEdit> &edits, const QString &file,
                     const QString &ruleId, QWidget *parent = nullptr);

    const QList<TextEdit> &edits() const { return m_edits; }
    // The preview as plain text: "line N" then "- old" and "+ new" lines per changed place.
    QString previewText() const;
    QPushButton *applyButton() const { return m_apply; }

    // One hunk per group of edits on the same lines: the old and the new lines.
    struct Hunk
    {
        int firstLine = 0; // 1-based
        QStringList before;
        QStringList after;
    };
    static QList<Hunk> hunks(const QString &text, const QList<TextEdit> &edits);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QList<TextEdit> m_edits;
    QList<Hunk> m_hunks;
    QLabel *m_summary;
    QTextBrowser *m_view;
    QPushButton *m_apply;
};

} // namespace Specwright
