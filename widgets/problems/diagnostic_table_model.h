// Lint diagnostics as a table: severity, file, line, rule, message.
#pragma once

#include "diagnostic.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

namespace Specwright {

class DiagnosticTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        FileColumn,
        LineColumn,
        RuleColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        SeverityRole,
        RuleRole,
        FilePathRole
    };

    explicit DiagnosticTableModel(QObject *parent = nullptr);

    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    const Diagnostic &diagnostic(int row) const { return m_diagnostics.at(row); }
    // File paths are shown relative to this folder (the workspace root).
    void setRootPath(const QString &path);
    QString rootPath() const { return m_root; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString severityText(Severity severity);
    static QIcon severityIcon(Severity severity);

private:
    QString displayPath(const QString &path) const;
    // Each file's place among the files' display paths (case-insensitive): sorting by the
    // File column compares these numbers instead of the paths (thousands of rows per file).
    void rankFiles();

    QList<Diagnostic> m_diagnostics;
    QString m_root;
    // Sorting and measuring columns ask for every row's path and icon many times (thousands
    // of findings in a big spec): each file's path and each severity's icon are made once.
    mutable QHash<QString, QString> m_displayPaths;
    mutable QHash<int, QIcon> m_icons;
    QHash<QString, int> m_fileRanks; // by Diagnostic::file
};

} // namespace Specwright
