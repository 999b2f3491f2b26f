// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <atomic>
#include <functional>
#include <thread>
#include <vector>

namespace cowin::test {

// Runs body(i) on n threads that start together, and returns when all are done: what a race
// test needs so that its callers really arrive at once.
inline void together(int n, const std::function<void(int)> &body) {
    std::atomic<int> ready{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < n; ++i) {
        threads.emplace_back([&, i] {
            ++ready;
            while (ready.load() < n)
                std::this_thread::yield();
            body(i);
        });
    }
    for (auto &t : threads)
        t.join();
}

} // namespace cowin::test
