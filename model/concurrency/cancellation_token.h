// A flag shared between the owner of background work and the work itself: the owner cancels,
// the work checks isCancelled() at its steps and stops early. Copies share one flag.
#pragma once

#include <atomic>
#include <memory>

namespace Specwright {

class CancellationToken
{
public:
    CancellationToken()
        : m_flag(std::make_shared<std::atomic_bool>(false))
    {
    }

    void cancel() const { m_flag->store(true); }
    bool isCancelled() const { return m_flag->load(); }
    // For APIs that take a plain flag (GenerationContext::canceled); valid while a copy lives.
    const std::atomic_bool *flag() const { return m_flag.get(); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace Specwright
