// SPDX-License-Identifier: Apache-2.0
#include "gateway/SubjectCheck.h"

#include "db/PgConnection.h"
#include "gateway/GatewayCopy.h"

#include <QDebug>
#include <array>

namespace cowin::gateway {

namespace {
// After a failed connect, calls answer stale_state at once for this long instead of each
// waiting on a server that is not there.
constexpr std::chrono::milliseconds kFailureBackoff{250};
} // namespace

SubjectCheck::SubjectCheck(QString dsn, QString gatewayId)
    : m_dsn(std::move(dsn))
    , m_applicationName(QStringLiteral("cowin-gatewayd ") + gatewayId +
                        QStringLiteral(" lookups")) {}

SubjectCheck::~SubjectCheck() = default;

std::string_view SubjectCheck::knownReason(std::string_view reason) {
    static constexpr std::array<std::string_view, 16> kReasons{
        "ok",           "kill_switch",   "partner_suspended", "partner_revoked",
        "key_unknown",  "key_suspended", "key_revoked",       "key_expired",
        "scope_denied", "ip_denied",     "too_many_failures", "lookup_budget",
        "canary",       "bad_input",     "stale_state",       "denied"};
    for (std::string_view known : kReasons) {
        if (known == reason)
            return known;
    }
    return "denied";
}

std::unique_ptr<db::PgConnection> SubjectCheck::borrow() {
    {
        std::lock_guard lock(m_mutex);
        if (!m_idle.empty()) {
            auto c = std::move(m_idle.back());
            m_idle.pop_back();
            return c;
        }
        if (std::chrono::steady_clock::now() - m_lastFailure < kFailureBackoff)
            return nullptr;
    }
    auto c = std::make_unique<db::PgConnection>();
    auto opened = c->openConnectionString(m_dsn, m_applicationName);
    // A server that does not answer within two seconds is treated as gone.
    if (opened.isOk() && c->exec(QStringLiteral("SET statement_timeout = 2000")).isOk())
        return c;
    qWarning().noquote() << "cowin-gatewayd: cannot reach the database for a personal-data call:"
                         << (opened.isOk() ? QStringLiteral("setup failed")
                                           : opened.error().sqlState);
    std::lock_guard lock(m_mutex);
    m_lastFailure = std::chrono::steady_clock::now();
    return nullptr;
}

void SubjectCheck::giveBack(std::unique_ptr<db::PgConnection> connection) {
    std::lock_guard lock(m_mutex);
    m_idle.push_back(std::move(connection));
}

SubjectAnswer SubjectCheck::ask(std::string_view apiKey, std::string_view scope,
                                std::string_view clientIp, std::string_view subject) {
    auto c = borrow();
    if (!c)
        return {false, "stale_state"};
    const auto text = [](std::string_view v) {
        return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
    };
    // An address the daemon cannot read goes as NULL (a denial), never as a cast that fails.
    const QString address = ClientAddress::parse(clientIp) ? text(clientIp) : QString();
    auto r = c->exec(QStringLiteral("SELECT allowed, reason FROM gateway.authorize_subject("
                                    "$1, $2, NULLIF($3, '')::inet, $4)"),
                     {text(apiKey), text(scope), address, text(subject)});
    if (!r.isOk() || r.value().rows() != 1) {
        qWarning().noquote() << "cowin-gatewayd: a personal-data call could not be decided:"
                             << (r.isOk() ? QStringLiteral("no answer") : r.error().sqlState);
        return {false, "stale_state"}; // the connection is dropped with c
    }
    const SubjectAnswer answer{r.value().boolean(0, 0),
                               knownReason(r.value().text(0, 1).toStdString())};
    giveBack(std::move(c));
    return answer;
}

} // namespace cowin::gateway
