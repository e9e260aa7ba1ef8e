#include "event_loop_stall_monitor.h"

namespace Specwright::Bench {

EventLoopStallMonitor::EventLoopStallMonitor()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopStallMonitor::tick);
    m_clock.start();
    m_timer.start();
    m_phases[m_phase].startedAtMs = 0;
}

void EventLoopStallMonitor::setPhase(const QString &phase)
{
    m_phase = phase;
    PhaseStalls &p = m_phases[phase];
    if (p.startedAtMs < 0)
        p.startedAtMs = nowMs();
}

void EventLoopStallMonitor::tick()
{
    const double now = nowMs();
    if (m_last >= 0) {
        const double late = now - m_last - kIntervalMs;
        PhaseStalls &p = m_phases[m_phase];
        if (late > 1)
            p.busyMs += late;
        p.longestMs = std::max(p.longestMs, late);
        if (late > kStallMs) {
            ++p.over50;
            m_log.append(QStringLiteral("%1:%2:%3")
                             .arg(m_phase)
                             .arg(m_last, 0, 'f', 0)
                             .arg(late, 0, 'f', 0));
        }
    }
    m_last = now;
}

} // namespace Specwright::Bench
