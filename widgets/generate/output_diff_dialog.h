// A generated file against its content before the last run, in the history DiffView
// (side by side by default).
#pragma once

#include <QDialog>

namespace Specwright {

class DiffView;

class OutputDiffDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OutputDiffDialog(QWidget *parent = nullptr);
    void compareFile(const QString &path, const QByteArray &previousContent);
    DiffView *view() const { return m_view; }

private:
    DiffView *m_view = nullptr;
};

} // namespace Specwright
