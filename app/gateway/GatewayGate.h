// SPDX-License-Identifier: Apache-2.0
#pragma once

// The decision a gateway daemon answers each call with. Many HTTP threads ask at once; one feed
// thread publishes each new copy and renews the lease. Fails closed: without a copy confirmed
// current within the lease, every answer is stale_state.
#include "gateway/GatewayCopy.h"

#include <array>
#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace cowin::gateway {

struct CallRequest {
    std::string_view apiKey;
    std::string_view scope;
    std::string_view clientIp;
    std::string_view subject; // the person a personal-data call is about (X-Cowin-Subject)
};

class SubjectCheck;

// Addresses that presented too many unknown keys, cooled off as gateway.authorize does (the
// limits come with each copy). Kept per daemon: the unknown-key path only, never a known key.
class AddressCooloff {
public:
    bool blocked(const std::optional<ClientAddress> &address, std::int64_t nowMs);
    void countUnknownKey(const std::optional<ClientAddress> &address, std::int64_t nowMs,
                         int perMinute, int blockMinutes);
    // Unknown keys counted per address since the last call, for the database to count with
    // every other gateway's (gateway.report_unknown_keys).
    std::vector<std::pair<ClientAddress, int>> takeUnreported();

private:
    struct Window {
        std::int64_t startMs = 0;
        int failures = 0;
        std::int64_t blockedUntilMs = 0;
    };
    struct Less {
        bool operator()(const ClientAddress &a, const ClientAddress &b) const {
            return a.family != b.family ? a.family < b.family : a.bytes < b.bytes;
        }
    };
    std::mutex m_mutex;
    std::map<ClientAddress, Window, Less> m_windows;
    std::map<ClientAddress, int, Less> m_unreported;
    std::atomic<int> m_blockedCount{0}; // lets the common case skip the lock
};

// How long decisions take, in whole microseconds up to 1 ms (and one bucket beyond), and how
// many were allowed: what GET /metrics shows, so an operator (and the benchmark) can see the
// daemon's own share of a call.
class DecisionTimes {
public:
    static constexpr int kBuckets = 1001; // 0..999 µs, then 1 ms or more
    void record(std::chrono::nanoseconds took, bool allowed);
    // Prometheus text: counters, and a cumulative histogram in seconds.
    std::string metrics() const;

private:
    std::array<std::atomic<std::uint64_t>, kBuckets> m_buckets{};
    std::atomic<std::uint64_t> m_allowed{0};
    std::atomic<std::uint64_t> m_denied{0};
};

class GatewayGate {
public:
    explicit GatewayGate(std::chrono::milliseconds lease)
        : m_lease(lease) {}

    // The copy's decision; for a call the copy allows to a scope that names a person, the
    // database's (through the subject check, or stale_state without one).
    Decision decide(const CallRequest &call);
    void setSubjectCheck(SubjectCheck *check) { m_subjects = check; }

    // The feed thread: a new copy, read in a transaction that began at readStarted (so the
    // lease counts from before the read, never from its answer), with the database's clock
    // ahead of this one by clockOffsetMs.
    void publish(std::shared_ptr<const GatewayCopy> copy,
                 std::chrono::steady_clock::time_point readStarted, std::int64_t clockOffsetMs);
    // The copy in force is still current, as confirmed by a read begun at readStarted.
    void confirm(std::chrono::steady_clock::time_point readStarted);
    std::shared_ptr<const GatewayCopy> current() const;
    bool fresh() const;
    std::chrono::milliseconds lease() const { return m_lease; }
    DecisionTimes &times() { return m_times; }
    AddressCooloff &cooloff() { return m_cooloff; }

private:
    std::int64_t databaseNowMs() const;

    const std::chrono::milliseconds m_lease;
    std::shared_ptr<const GatewayCopy> m_copy; // read and written with std::atomic_load/store
    std::atomic<std::chrono::steady_clock::rep> m_confirmedUntil{0};
    std::atomic<std::int64_t> m_clockOffsetMs{0};
    AddressCooloff m_cooloff;
    DecisionTimes m_times;
    SubjectCheck *m_subjects = nullptr;
};

} // namespace cowin::gateway
