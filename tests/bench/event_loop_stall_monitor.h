// A UI-thread stall detector for the IDE bench: a 5 ms precise timer measures how late each of
// its ticks comes. A late tick means the event loop was busy for that long at a stretch (a
// paint, a slot applying a background result, a key press...). Lateness is attributed to the
// phase current when the tick finally runs (the scenario names its phases: "open", "typing",
// "scrolling", ...).
#pragma once

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QString>
#include <QTimer>

namespace Specwright::Bench {

class EventLoopStallMonitor : public QObject
{
public:
    static constexpr int kIntervalMs = 5;
    static constexpr double kStallMs = 50; // what the issue calls a stall

    struct PhaseStalls
    {
        double longestMs = 0;
        int over50 = 0;    // stalls longer than kStallMs
        double busyMs = 0; // sum of all lateness over 1 ms
        double startedAtMs = -1;
    };

    EventLoopStallMonitor();

    void setPhase(const QString &phase);
    QString phase() const { return m_phase; }
    PhaseStalls stalls(const QString &phase) const { return m_phases.value(phase); }
    double nowMs() const { return double(m_clock.nsecsElapsed()) / 1e6; }
    // The stalls over kStallMs as "phase:at_ms:length_ms", for attributing them with a
    // profile.
    const QStringList &log() const { return m_log; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = -1;
    QString m_phase = QStringLiteral("idle");
    QMap<QString, PhaseStalls> m_phases;
    QStringList m_log;
};

} // namespace Specwright::Bench
