#include "diagnostic_table_model.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStyle>
#include <algorithm>

namespace Specwright {

DiagnosticTableModel::DiagnosticTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DiagnosticTableModel::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    beginResetModel();
    m_diagnostics = diagnostics;
    m_displayPaths.clear();
    rankFiles();
    endResetModel();
}

void DiagnosticTableModel::setRootPath(const QString &path)
{
    if (path == m_root)
        return; // another file of the same folder: the rows (and their order) stay
    beginResetModel();
    m_root = path;
    m_displayPaths.clear();
    rankFiles();
    endResetModel();
}

int DiagnosticTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int DiagnosticTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DiagnosticTableModel::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        return tr("Info");
    }
    return {};
}

QIcon DiagnosticTableModel::severityIcon(Severity severity)
{
    // Theme icons (Breeze in the app) with the style's own as fallback.
    const char *name = severity == Severity::Error     ? "dialog-error"
                       : severity == Severity::Warning ? "dialog-warning"
                                                       : "dialog-information";
    const QStyle::StandardPixmap fallback =
        severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
        : severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                        : QStyle::SP_MessageBoxInformation;
    return QIcon::fromTheme(QString::fromLatin1(name),
                            QApplication::style()->standardIcon(fallback));
}

void DiagnosticTableModel::rankFiles()
{
    m_fileRanks.clear();
    QStringList files;
    for (const Diagnostic &d : std::as_const(m_diagnostics))
        if (!m_fileRanks.contains(d.file)) {
            m_fileRanks.insert(d.file, 0);
            files.append(d.file);
        }
    std::sort(files.begin(), files.end(), [this](const QString &a, const QString &b) {
        return QString::compare(displayPath(a), displayPath(b), Qt::CaseInsensitive) < 0;
    });
    int rank = 0;
    for (qsizetype i = 0; i < files.size(); ++i) {
        // Paths equal but for case share a rank, as they compared equal before.
        if (i > 0 && QString::compare(displayPath(files[i - 1]), displayPath(files[i]),
                                      Qt::CaseInsensitive) != 0)
            ++rank;
        m_fileRanks[files[i]] = rank;
    }
}

QString DiagnosticTableModel::displayPath(const QString &path) const
{
    if (const auto known = m_displayPaths.constFind(path); known != m_displayPaths.constEnd())
        return *known;
    QString shown;
    if (m_root.isEmpty()) {
        shown = QFileInfo(path).fileName();
    } else {
        const QString rel = QDir(m_root).relativeFilePath(path);
        shown = rel.startsWith(QLatin1String("..")) ? path : rel;
    }
    m_displayPaths.insert(path, shown);
    return shown;
}

QVariant DiagnosticTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_diagnostics.size())
        return {};
    const Diagnostic &d = m_diagnostics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(d.severity);
        case FileColumn:
            return displayPath(d.file);
        case LineColumn:
            return d.range.startLine;
        case RuleColumn:
            return d.ruleId;
        case MessageColumn:
            return d.message;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            auto icon = m_icons.constFind(int(d.severity));
            if (icon == m_icons.constEnd())
                icon = m_icons.insert(int(d.severity), severityIcon(d.severity));
            return *icon;
        }
        break;
    case Qt::ToolTipRole:
        return QStringLiteral("%1:%2:%3\n%4 (%5)")
            .arg(d.file)
            .arg(d.range.startLine)
            .arg(d.range.startColumn)
            .arg(d.message, d.ruleId);
    case SortRole:
        switch (index.column()) {
        case SeverityColumn:
            return int(d.severity);
        case LineColumn:
            return d.range.startLine * 10000 + d.range.startColumn;
        case FileColumn:
            return m_fileRanks.value(d.file);
        default:
            return data(index, Qt::DisplayRole);
        }
    case SeverityRole:
        return int(d.severity);
    case RuleRole:
        return d.ruleId;
    case FilePathRole:
        return d.file;
    }
    return {};
}

QVariant DiagnosticTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    case RuleColumn:
        return tr("Rule");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace Specwright
