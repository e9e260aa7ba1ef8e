// A generated file against its content before the last run. Markdown outputs go to the history
// DiffView (section by section); code and data files get an aligned side-by-side line diff.
#pragma once

#include <QDialog>

class QTextBrowser;

namespace Specwright {

class DiffView;

class OutputDiffDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OutputDiffDialog(QWidget *parent = nullptr);
    void compareFile(const QString &path, const QByteArray &previousContent);
    DiffView *view() const { return m_view; }
    QTextBrowser *lineView() const { return m_lines; }

    // The side-by-side table (HTML) of a line diff; colours follow the palette's lightness.
    static QString sideBySideHtml(const QString &before, const QString &after, bool dark,
                                  int *changedLines = nullptr);

private:
    DiffView *m_view = nullptr;
    QTextBrowser *m_lines = nullptr;
};

} // namespace Specwright
