// SPDX-License-Identifier: Apache-2.0
#pragma once

// The lookup watch's seam at the edge. A call to a personal-data scope names the person it is
// about (X-Cowin-Subject, set by the proxy); once the daemon's copy allows the call, the
// database decides it (gateway.authorize_subject), because only the database counts distinct
// people per key across every gateway, knows the canaries, and keeps the record. Such a call
// costs one round trip; every other call stays local.
#include <QString>
#include <chrono>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

namespace cowin::db {
class PgConnection;
}

namespace cowin::gateway {

struct SubjectAnswer {
    bool allowed = false;
    std::string_view reason; // a literal: the database's reason, or stale_state
};

class SubjectCheck {
public:
    SubjectCheck(QString dsn, QString gatewayId);
    ~SubjectCheck();
    SubjectCheck(const SubjectCheck &) = delete;
    SubjectCheck &operator=(const SubjectCheck &) = delete;

    // Called by many HTTP threads at once; each call borrows a connection of its own. Fails
    // closed: stale_state when the database cannot be asked.
    SubjectAnswer ask(std::string_view apiKey, std::string_view scope, std::string_view clientIp,
                      std::string_view subject);

    // A reason as the database gives it, as one of the literals the daemon answers with
    // (anything unknown becomes "denied").
    static std::string_view knownReason(std::string_view reason);

private:
    std::unique_ptr<db::PgConnection> borrow();
    void giveBack(std::unique_ptr<db::PgConnection> connection);

    const QString m_dsn;
    const QString m_applicationName;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<db::PgConnection>> m_idle;
    std::chrono::steady_clock::time_point m_lastFailure{};
};

} // namespace cowin::gateway
