// Owns the futures of background work. On destruction it cancels them and hands them to a
// reaper thread that waits for them, so an owner on the UI thread never blocks on a stuck
// worker, and what the work still holds is freed when it ends, not leaked.
#pragma once

#include <QFuture>
#include <QList>

namespace Specwright {

class FutureSynchronizer
{
public:
    FutureSynchronizer() = default;
    FutureSynchronizer(const FutureSynchronizer &) = delete;
    FutureSynchronizer &operator=(const FutureSynchronizer &) = delete;
    ~FutureSynchronizer();

    void addFuture(const QFuture<void> &future);
    // Futures that have not finished yet.
    int runningCount() const;
    void cancelAll();
    // Waits for the futures given up by destroyed synchronizers (tests; the end of main()).
    static bool waitForAbandoned(int timeoutMs = -1);

private:
    void prune();

    QList<QFuture<void>> m_futures;
};

} // namespace Specwright
