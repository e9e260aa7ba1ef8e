#include "result_table.h"

#include <QTextStream>

namespace Specwright::Bench {

namespace {

QString sizeLabel(const InputSize &size)
{
    if (size.bytes >= 1000 * 1000)
        return QStringLiteral("%1 MB").arg(double(size.bytes) / 1e6, 0, 'f', 1);
    return QStringLiteral("%1 KB").arg(double(size.bytes) / 1e3, 0, 'f', 0);
}

QString pad(const QString &text, int width, bool right)
{
    return right ? text.rightJustified(width) : text.leftJustified(width);
}

} // namespace

QString ResultTable::formatMs(double ms)
{
    if (ms == NotBuilt)
        return QStringLiteral("n/a");
    if (!isValue(ms))
        return QStringLiteral("–");
    if (ms < 10)
        return QString::number(ms, 'f', 2);
    if (ms < 100)
        return QString::number(ms, 'f', 1);
    return QString::number(ms, 'f', 0);
}

QStringList ResultTable::cellsOf(const QList<double> &values, bool ratio) const
{
    QStringList cells;
    for (int i = 0; i < m_sizes.size(); ++i) {
        const double v = i < values.size() ? values.at(i) : NotMeasured;
        if (ratio && isValue(v))
            cells.append(QString::number(v, 'f', v < 10 ? 2 : 1) + u'x');
        else
            cells.append(formatMs(v));
    }
    return cells;
}

QString ResultTable::growthOf(const QList<double> &ms) const
{
    int first = -1, last = -1;
    for (int i = 0; i < m_sizes.size() && i < ms.size(); ++i) {
        if (!isValue(ms.at(i)))
            continue;
        if (first < 0)
            first = i;
        last = i;
    }
    if (first < 0 || first == last)
        return {};
    const double small = ms.at(first) / (double(m_sizes.at(first).bytes) / 1e6);
    const double large = ms.at(last) / (double(m_sizes.at(last).bytes) / 1e6);
    const double factor = large / small;
    // Within a factor 1.5 either way counts as linear; fixed costs make small inputs look
    // dearer per MB (sub-linear), quadratic work makes large inputs dearer (super-linear).
    QString shape = QStringLiteral("linear");
    if (factor > 1.5)
        shape = QStringLiteral("SUPER-linear x%1").arg(factor, 0, 'f', 1);
    else if (factor < 1 / 1.5)
        shape = QStringLiteral("sub-linear x%1").arg(factor, 0, 'f', 2);
    return QStringLiteral("%1→%2 ms/MB %3").arg(formatMs(small), formatMs(large), shape);
}

void ResultTable::addHeading(const QString &title)
{
    m_rows.append({true, title, {}, {}, {}});
}

void ResultTable::addTimes(const QString &label, const QList<double> &ms, const QString &note)
{
    m_rows.append({false, label, cellsOf(ms, false), growthOf(ms), note});
}

void ResultTable::addRatios(const QString &label, const QList<double> &ratios, const QString &note)
{
    m_rows.append({false, label, cellsOf(ratios, true), {}, note});
}

void ResultTable::addCells(const QString &label, const QStringList &cells, const QString &note)
{
    m_rows.append({false, label, cells, {}, note});
}

QString ResultTable::toText(const QString &title) const
{
    constexpr int labelWidth = 48, cellWidth = 11, growthWidth = 36;
    QString out;
    QTextStream s(&out);
    s << title << "\n\n";
    QString header = pad(QStringLiteral("figure (ms unless stated)"), labelWidth, false);
    for (const InputSize &size : m_sizes)
        header += pad(sizeLabel(size), cellWidth, true);
    header += QStringLiteral("  ") + pad(QStringLiteral("growth per MB"), growthWidth, false) +
              QStringLiteral("target / verdict");
    s << header << '\n' << QString(header.size() + 10, u'-') << '\n';
    for (const Row &row : m_rows) {
        if (row.heading) {
            s << row.label << '\n';
            continue;
        }
        QString line = pad(QStringLiteral("  ") + row.label, labelWidth, false);
        for (const QString &cell : row.cells)
            line += pad(cell, cellWidth, true);
        for (qsizetype i = row.cells.size(); i < m_sizes.size(); ++i)
            line += pad(QString(), cellWidth, true);
        line += QStringLiteral("  ") + pad(row.growth, growthWidth, false) + row.note;
        s << line.trimmed().prepend(QStringLiteral("  ")) << '\n';
    }
    for (const QString &note : m_notes)
        s << '\n' << note;
    s << '\n';
    return out;
}

QString ResultTable::toMarkdown(const QString &title) const
{
    QString out;
    QTextStream s(&out);
    s << title << "\n\n| figure (ms unless stated) |";
    for (const InputSize &size : m_sizes)
        s << ' ' << sizeLabel(size) << " |";
    s << " growth per MB | target / verdict |\n|---|";
    for (qsizetype i = 0; i < m_sizes.size(); ++i)
        s << "--:|";
    s << "---|---|\n";
    for (const Row &row : m_rows) {
        if (row.heading) {
            s << "| **" << row.label << "** |";
            for (qsizetype i = 0; i < m_sizes.size() + 2; ++i)
                s << " |";
            s << '\n';
            continue;
        }
        s << "| " << row.label << " |";
        for (qsizetype i = 0; i < m_sizes.size(); ++i)
            s << ' ' << (i < row.cells.size() ? row.cells.at(i) : QString()) << " |";
        s << ' ' << row.growth << " | " << row.note << " |\n";
    }
    for (const QString &note : m_notes)
        s << '\n' << note << '\n';
    return out;
}

} // namespace Specwright::Bench
