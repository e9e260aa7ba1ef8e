// Median-of-N wall-clock timing for the benchmark program. A warm-up run is not counted, so
// first-touch costs (page faults, lazy initialisation) do not skew small inputs.
#pragma once

#include <QElapsedTimer>
#include <QThreadPool>
#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace Specwright::Bench {

inline double median(std::vector<double> values)
{
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(std::ceil(p * values.size())) - 1);
    return values[index];
}

// Between timed runs, untimed: big documents are freed on the pool (SpecDocument::dispose), as
// in the IDE; waiting for it keeps one run's freeing from running beside the next timed run.
inline void settle()
{
    QThreadPool::globalInstance()->waitForDone();
}

// Runs fn once to warm up, then `runs` times; returns the median in milliseconds.
template<typename F> double medianMs(int runs, F &&fn)
{
    fn();
    settle();
    std::vector<double> times;
    times.reserve(size_t(runs));
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        fn();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        settle();
    }
    return median(times);
}

struct PairTiming
{
    double first = 0;
    double second = 0;
};

// Times two functions interleaved (a, b, a, b, ...) so that load from other processes on a
// shared machine hits both alike; `between` runs untimed after each call (to free what the
// call made, when its freeing should not be timed); returns both medians in milliseconds.
template<typename A, typename B, typename Between>
PairTiming medianPairMs(int runs, A &&a, B &&b, Between &&between)
{
    const auto untimed = [&] {
        between();
        settle();
    };
    a();
    untimed();
    b();
    untimed();
    std::vector<double> ta, tb;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        a();
        ta.push_back(double(timer.nsecsElapsed()) / 1e6);
        untimed();
        timer.start();
        b();
        tb.push_back(double(timer.nsecsElapsed()) / 1e6);
        untimed();
    }
    return {median(ta), median(tb)};
}

template<typename A, typename B> PairTiming medianPairMs(int runs, A &&a, B &&b)
{
    return medianPairMs(runs, std::forward<A>(a), std::forward<B>(b), [] {});
}

} // namespace Specwright::Bench
