// SPDX-License-Identifier: Apache-2.0
#pragma once

// Keeps a gateway daemon's copy current: reads the whole copy once, then what changed since
// its cursor whenever cowin_api_state is notified (a notice only prompts the read) and at least
// every quarter lease, which also renews the lease. Says what it applied (gateway.applied),
// reports usage by key hash, and reports the unknown keys it denied by address so the
// database cools a guessing address off at every gateway. Runs on its own thread; the HTTP threads
// only read the gate.
#include "gateway/GatewayGate.h"

#include <QString>
#include <atomic>
#include <chrono>
#include <memory>

namespace cowin::db {
class PgConnection;
}

namespace cowin::gateway {

struct FeedConfig {
    QString dsn; // a libpq connection string for a member of cowin_gateway
    QString gatewayId;
    std::chrono::milliseconds lease{2000};
    std::chrono::milliseconds heartbeat{10000}; // gateway.applied with the same version
    std::chrono::milliseconds usageReport{10000};
};

class StateFeed {
public:
    StateFeed(FeedConfig config, GatewayGate &gate);
    ~StateFeed();

    // Until stop is set: connects (again and again when it must), reads, applies, reports.
    // Returns early only when going on would be wrong: the gateway name belongs to another
    // login, so nothing this daemon applies could be acknowledged under it (fatalError()).
    void run(const std::atomic<bool> &stop);
    QString fatalError() const { return m_fatal; }

private:
    bool connect();
    bool refresh();
    bool sayApplied();
    bool reportUsage();
    bool reportUnknownKeys();
    void disconnect(const QString &why);

    FeedConfig m_config;
    GatewayGate &m_gate;
    std::unique_ptr<db::PgConnection> m_db;
    std::shared_ptr<const GatewayCopy> m_copy;      // the last copy published
    std::chrono::steady_clock::time_point m_saidAt; // of the last gateway.applied
    QString m_fatal;
    QString m_lastProblem; // what the server said to the last read that failed
};

} // namespace cowin::gateway
