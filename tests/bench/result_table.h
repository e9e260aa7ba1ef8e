// The one table the benchmark prints: a row per figure, a column per input size, the growth of
// the per-MB cost from the smallest to the largest input, and the target with its verdict.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <cmath>

namespace Specwright::Bench {

struct InputSize
{
    QString name; // "100K", "270K", "1M", "4M"
    qint64 bytes = 0;
};

class ResultTable
{
public:
    explicit ResultTable(QList<InputSize> sizes)
        : m_sizes(std::move(sizes))
    {
    }

    static constexpr double NotBuilt = -1.0;    // component missing from this build
    static constexpr double NotMeasured = -2.0; // figure not taken for this size

    void addHeading(const QString &title);
    // Milliseconds per size; growth is reported when at least two sizes were measured.
    void addTimes(const QString &label, const QList<double> &ms, const QString &note = {});
    // A ratio per size (ours / reference or reference / ours, as the label says).
    void addRatios(const QString &label, const QList<double> &ratios, const QString &note = {});
    // Free text cells (e.g. memory figures for one size).
    void addCells(const QString &label, const QStringList &cells, const QString &note = {});
    void addNote(const QString &text) { m_notes.append(text); }

    QString toText(const QString &title) const;
    QString toMarkdown(const QString &title) const;

    static bool isValue(double v) { return v >= 0 && !std::isnan(v); }
    static QString formatMs(double ms);

private:
    struct Row
    {
        bool heading = false;
        QString label;
        QStringList cells;
        QString growth;
        QString note;
    };
    QString growthOf(const QList<double> &ms) const;
    QStringList cellsOf(const QList<double> &values, bool ratio) const;

    QList<InputSize> m_sizes;
    QList<Row> m_rows;
    QStringList m_notes;
};

} // namespace Specwright::Bench
