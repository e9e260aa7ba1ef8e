// Turns SIGINT (Ctrl+C) and SIGTERM into a Qt signal in the event loop, so a long command
// (specc eval) can stop cleanly: the handler only writes a byte to a socket pair, a
// QSocketNotifier reads it in the main thread. A second signal ends the process at once
// (the default action is restored after the first). One at a time per process.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace Specwright {

class InterruptNotifier : public QObject
{
    Q_OBJECT

public:
    explicit InterruptNotifier(QObject *parent = nullptr);
    ~InterruptNotifier() override;

    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void interrupted(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Specwright
