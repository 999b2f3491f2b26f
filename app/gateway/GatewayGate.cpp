// SPDX-License-Identifier: Apache-2.0
#include "gateway/GatewayGate.h"

#include "gateway/SubjectCheck.h"

#include <algorithm>

namespace cowin::gateway {

namespace {
constexpr std::int64_t kMinuteMs = 60'000;

std::int64_t systemNowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}
} // namespace

bool AddressCooloff::blocked(const std::optional<ClientAddress> &address, std::int64_t nowMs) {
    if (!address || m_blockedCount.load(std::memory_order_relaxed) == 0)
        return false;
    std::lock_guard lock(m_mutex);
    const auto it = m_windows.find(*address);
    return it != m_windows.end() && it->second.blockedUntilMs > nowMs;
}

void AddressCooloff::countUnknownKey(const std::optional<ClientAddress> &address,
                                     std::int64_t nowMs, int perMinute, int blockMinutes) {
    if (!address)
        return;
    std::lock_guard lock(m_mutex);
    // Forget windows long past, so a stream of guessers' addresses cannot grow this forever.
    if (m_windows.size() > 100'000) {
        for (auto it = m_windows.begin(); it != m_windows.end();) {
            if (it->second.startMs < nowMs - kMinuteMs && it->second.blockedUntilMs <= nowMs)
                it = m_windows.erase(it);
            else
                ++it;
        }
    }
    if (m_unreported.size() < 100'000 || m_unreported.count(*address))
        ++m_unreported[*address];
    Window &w = m_windows[*address];
    if (w.startMs > nowMs - kMinuteMs) {
        ++w.failures;
    } else {
        w.startMs = nowMs;
        w.failures = 1;
    }
    if (w.failures > perMinute && w.blockedUntilMs <= nowMs) {
        if (w.blockedUntilMs == 0)
            m_blockedCount.fetch_add(1, std::memory_order_relaxed);
        w.blockedUntilMs = nowMs + static_cast<std::int64_t>(blockMinutes) * kMinuteMs;
    }
}

void DecisionTimes::record(std::chrono::nanoseconds took, bool allowed) {
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(took).count();
    m_buckets[static_cast<std::size_t>(std::clamp<std::int64_t>(micros, 0, kBuckets - 1))]
        .fetch_add(1, std::memory_order_relaxed);
    (allowed ? m_allowed : m_denied).fetch_add(1, std::memory_order_relaxed);
}

std::string DecisionTimes::metrics() const {
    std::string out;
    out += "# TYPE cowin_gatewayd_decisions_total counter\n";
    out += "cowin_gatewayd_decisions_total{allowed=\"true\"} " +
           std::to_string(m_allowed.load(std::memory_order_relaxed)) + "\n";
    out += "cowin_gatewayd_decisions_total{allowed=\"false\"} " +
           std::to_string(m_denied.load(std::memory_order_relaxed)) + "\n";
    out += "# TYPE cowin_gatewayd_decision_seconds histogram\n";
    std::uint64_t cumulative = 0;
    for (int i = 0; i < kBuckets; ++i) {
        const std::uint64_t n =
            m_buckets[static_cast<std::size_t>(i)].load(std::memory_order_relaxed);
        cumulative += n;
        // Every bucket up to 100 µs, then only where something landed: the text stays short.
        if (i < kBuckets - 1 && i > 100 && n == 0)
            continue;
        out += "cowin_gatewayd_decision_seconds_bucket{le=\"" +
               (i == kBuckets - 1 ? std::string("+Inf") : std::to_string((i + 1) * 1e-6)) + "\"} " +
               std::to_string(cumulative) + "\n";
    }
    out += "cowin_gatewayd_decision_seconds_count " + std::to_string(cumulative) + "\n";
    return out;
}

std::vector<std::pair<ClientAddress, int>> AddressCooloff::takeUnreported() {
    std::lock_guard lock(m_mutex);
    std::vector<std::pair<ClientAddress, int>> out(m_unreported.begin(), m_unreported.end());
    m_unreported.clear();
    return out;
}

Decision GatewayGate::decide(const CallRequest &call) {
    Decision d;
    const std::shared_ptr<const GatewayCopy> copy = current();
    if (!copy || !fresh()) {
        d.reason = "stale_state";
        return d;
    }
    const std::int64_t now = databaseNowMs();
    const std::optional<ClientAddress> address = ClientAddress::parse(call.clientIp);
    if ((address && copy->cooledOff(*address, now)) || m_cooloff.blocked(address, now)) {
        d.reason = "too_many_failures";
        return d;
    }
    const std::optional<KeyHash> hash = hashOfKey(call.apiKey);
    const auto key = hash ? copy->keys.find(*hash) : copy->keys.end();
    if (key == copy->keys.end()) {
        m_cooloff.countUnknownKey(address, now, copy->unknownKeysPerMinute, copy->blockMinutes);
        d.reason = "key_unknown";
        return d;
    }
    d = copy->decide(key->second, call.scope, address, now);
    d.copy = copy;
    if (d.allowed && copy->namesPerson(call.scope)) {
        if (call.subject.empty()) {
            d.allowed = false;
            d.reason = "bad_input"; // as the database answers a call that names no one
        } else if (!m_subjects) {
            d.allowed = false;
            d.reason = "stale_state";
        } else {
            const SubjectAnswer answer =
                m_subjects->ask(call.apiKey, call.scope, call.clientIp, call.subject);
            d.allowed = answer.allowed;
            d.reason = answer.reason;
        }
    }
    key->second.usage->calls.fetch_add(1, std::memory_order_relaxed);
    if (!d.allowed)
        key->second.usage->denials.fetch_add(1, std::memory_order_relaxed);
    return d;
}

void GatewayGate::publish(std::shared_ptr<const GatewayCopy> copy,
                          std::chrono::steady_clock::time_point readStarted,
                          std::int64_t clockOffsetMs) {
    m_clockOffsetMs.store(clockOffsetMs, std::memory_order_relaxed);
    std::atomic_store(&m_copy, std::move(copy));
    confirm(readStarted);
}

void GatewayGate::confirm(std::chrono::steady_clock::time_point readStarted) {
    m_confirmedUntil.store((readStarted + m_lease).time_since_epoch().count(),
                           std::memory_order_release);
}

std::shared_ptr<const GatewayCopy> GatewayGate::current() const {
    return std::atomic_load(&m_copy);
}

bool GatewayGate::fresh() const {
    return std::chrono::steady_clock::now().time_since_epoch().count() <
           m_confirmedUntil.load(std::memory_order_acquire);
}

std::int64_t GatewayGate::databaseNowMs() const {
    return systemNowMs() + m_clockOffsetMs.load(std::memory_order_relaxed);
}

} // namespace cowin::gateway
