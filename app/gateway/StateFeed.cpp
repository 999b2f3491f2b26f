// SPDX-License-Identifier: Apache-2.0
#include "gateway/StateFeed.h"

#include "db/PgConnection.h"

#include <QDebug>
#include <algorithm>
#include <poll.h>
#include <thread>

namespace cowin::gateway {

namespace {
using Clock = std::chrono::steady_clock;

const QString kKeyColumns = QStringLiteral(
    "encode(key_hash, 'hex') AS key_hash, partner, sector, coalesce(denial, '') AS denial, "
    "(extract(epoch FROM expires_at) * 1000)::bigint AS expires_ms, scopes, ip_allowlist");

std::int64_t systemNowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

KeyHash keyHashFromHex(const QByteArray &raw) {
    KeyHash hash{};
    if (raw.size() == static_cast<int>(hash.size()))
        std::copy(raw.begin(), raw.end(), hash.begin());
    return hash;
}
} // namespace

StateFeed::StateFeed(FeedConfig config, GatewayGate &gate)
    : m_config(std::move(config))
    , m_gate(gate) {}

StateFeed::~StateFeed() = default;

void StateFeed::run(const std::atomic<bool> &stop) {
    Clock::time_point nextRead = Clock::now();
    Clock::time_point nextUsage = Clock::now() + m_config.usageReport;
    bool wasFresh = false;
    while (!stop.load()) {
        if (!m_db && !connect()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(250));
            continue;
        }
        const Clock::time_point now = Clock::now();
        if (now >= nextRead) {
            const Clock::time_point started = now;
            if (!refresh()) {
                if (!m_fatal.isEmpty())
                    return;
                disconnect(QStringLiteral("reading the state failed"));
                continue;
            }
            nextRead = started + m_config.lease / 4;
            if (!wasFresh)
                qInfo().noquote() << "cowin-gatewayd: deciding from state version"
                                  << m_copy->version;
            wasFresh = true;
        }
        if (Clock::now() >= nextUsage) {
            if (!reportUsage()) {
                disconnect(QStringLiteral("reporting usage failed"));
                continue;
            }
            nextUsage = Clock::now() + m_config.usageReport;
        }
        // A notice that arrived during the last read is already in libpq's queue, where poll()
        // cannot see it: look there before sleeping.
        if (!m_db->takeNotifications("cowin_api_state").isEmpty()) {
            nextRead = Clock::now();
            continue;
        }
        const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(
            std::min(nextRead, nextUsage) - Clock::now());
        pollfd socket{m_db->socketDescriptor(), POLLIN, 0};
        ::poll(&socket, 1, static_cast<int>(std::clamp<std::int64_t>(wait.count(), 0, 100)));
        if (!m_db->takeNotifications("cowin_api_state").isEmpty())
            nextRead = Clock::now();
        if (!m_gate.fresh() && wasFresh) {
            qWarning().noquote() << "cowin-gatewayd: the state is not confirmed within the lease;"
                                    " every answer is stale_state until it is";
            wasFresh = false;
        }
    }
}

bool StateFeed::connect() {
    m_db = std::make_unique<db::PgConnection>();
    // A connection that stops answering is given up within a lease (the gate has failed
    // closed by then), not after the system's TCP timeout.
    const QString dsn = m_config.dsn + QStringLiteral(" connect_timeout=2 tcp_user_timeout=%1 "
                                                      "keepalives=1 keepalives_idle=1 "
                                                      "keepalives_interval=1 keepalives_count=2")
                                           .arg(m_config.lease.count());
    if (!m_db->openConnectionString(dsn, QStringLiteral("cowin-gatewayd ") + m_config.gatewayId)
             .isOk()) {
        m_db.reset();
        return false;
    }
    if (!m_db->listen({"cowin_api_state"})) {
        m_db.reset();
        return false;
    }
    // A new connection starts from the whole copy: what changed while it was away is unknown.
    m_copy.reset();
    qInfo().noquote() << "cowin-gatewayd: connected to" << m_db->serverDescription();
    return true;
}

void StateFeed::disconnect(const QString &why) {
    qWarning().noquote() << "cowin-gatewayd:" << why
                         << (m_lastProblem.isEmpty() ? QString()
                                                     : QStringLiteral("(%1)").arg(m_lastProblem))
                         << "- connecting again";
    m_lastProblem.clear();
    m_db.reset();
    // A server that answers every read with an error is not asked again at once.
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
}

bool StateFeed::refresh() {
    const Clock::time_point started = Clock::now();
    const std::int64_t sentAtMs = systemNowMs();
    const QString keys = m_copy
                             ? QStringLiteral("SELECT %1 FROM gateway.changes($1)").arg(kKeyColumns)
                             : QStringLiteral("SELECT %1 FROM gateway.snapshot()").arg(kKeyColumns);
    const QVariantList keyParams =
        m_copy ? QVariantList{QString::fromStdString(m_copy->cursor)} : QVariantList{};
    auto answers = m_db->execAll(
        {{QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"), {}},
         {QStringLiteral("SELECT version, cursor, coalesce(incident, 0) AS incident, "
                         "incident_level, unknown_keys_per_minute, block_minutes, "
                         "(extract(epoch FROM server_time) * 1000)::bigint AS server_ms "
                         "FROM gateway.state()"),
          {}},
         {keys, keyParams},
         {QStringLiteral("SELECT sector, coalesce(scope, '') AS scope, scope IS NOT NULL AS known, "
                         "cut FROM gateway.switch_cuts()"),
          {}},
         {QStringLiteral("SELECT client_ip, (extract(epoch FROM blocked_until) * 1000)::bigint "
                         "AS until_ms FROM gateway.cooled_addresses()"),
          {}},
         {QStringLiteral("SELECT scope FROM gateway.subject_scopes() AS scope"), {}},
         {QStringLiteral("COMMIT"), {}}});
    if (!answers.isOk()) {
        m_lastProblem = answers.error().sqlState + QLatin1Char(' ') + answers.error().message;
        return false;
    }
    const std::int64_t receivedAtMs = systemNowMs();
    const db::PgResult &state = answers.value().at(1);
    const db::PgResult &rows = answers.value().at(2);
    const db::PgResult &cuts = answers.value().at(3);
    const db::PgResult &cooled = answers.value().at(4);
    const db::PgResult &subjectScopes = answers.value().at(5);
    if (state.rows() != 1)
        return false;

    auto copy = std::make_shared<GatewayCopy>();
    copy->version = state.int64(0, "version");
    copy->cursor = state.text(0, "cursor").toStdString();
    copy->incident = state.int64(0, "incident");
    copy->incidentLevel = state.text(0, "incident_level").toStdString();
    copy->unknownKeysPerMinute = static_cast<int>(state.int64(0, "unknown_keys_per_minute"));
    copy->blockMinutes = static_cast<int>(state.int64(0, "block_minutes"));
    for (int r = 0; r < cuts.rows(); ++r)
        copy->cuts.push_back({cuts.text(r, "sector").toStdString(),
                              cuts.text(r, "scope").toStdString(), cuts.boolean(r, "known"),
                              cuts.boolean(r, "cut")});
    for (int r = 0; r < subjectScopes.rows(); ++r)
        copy->subjectScopes.push_back(subjectScopes.text(r, 0).toStdString());
    for (int r = 0; r < cooled.rows(); ++r) {
        if (const auto address = ClientAddress::parse(cooled.text(r, "client_ip").toStdString()))
            copy->cooled.emplace_back(*address, cooled.int64(r, "until_ms"));
    }
    auto sameCut = [](const GatewayCopy::Cut &x, const GatewayCopy::Cut &y) {
        return x.sector == y.sector && x.scope == y.scope && x.known == y.known && x.cut == y.cut;
    };
    if (m_copy && rows.rows() == 0 && copy->version == m_copy->version &&
        copy->incident == m_copy->incident && copy->incidentLevel == m_copy->incidentLevel &&
        copy->unknownKeysPerMinute == m_copy->unknownKeysPerMinute &&
        copy->blockMinutes == m_copy->blockMinutes &&
        std::equal(copy->cuts.begin(), copy->cuts.end(), m_copy->cuts.begin(), m_copy->cuts.end(),
                   sameCut) &&
        copy->cooled == m_copy->cooled && copy->subjectScopes == m_copy->subjectScopes) {
        // Nothing changed: the copy in force stays (its cursor still sees everything), and the
        // lease is renewed.
        m_gate.confirm(started);
    } else {
        if (m_copy)
            copy->keys = m_copy->keys; // each entry keeps its usage counters
        for (int r = 0; r < rows.rows(); ++r) {
            const KeyHash hash = keyHashFromHex(rows.bytesFromHex(r, "key_hash"));
            KeyEntry entry;
            entry.partner = rows.text(r, "partner").toStdString();
            entry.sector = rows.text(r, "sector").toStdString();
            entry.denial = rows.text(r, "denial").toStdString();
            entry.expiresAtMs = rows.int64(r, "expires_ms");
            for (const QString &scope : rows.textArray(r, "scopes"))
                entry.scopes.push_back(scope.toStdString());
            for (const QString &cidr : rows.textArray(r, "ip_allowlist")) {
                if (auto parsed = Cidr::parse(cidr.toStdString()))
                    entry.allowlist.push_back(*parsed);
            }
            if (const auto old = copy->keys.find(hash); old != copy->keys.end())
                entry.usage = old->second.usage;
            copy->keys[hash] = std::move(entry);
        }
        // The database's clock, as near as one round trip tells: expiry is decided on it.
        const std::int64_t offset =
            state.int64(0, "server_ms") - (sentAtMs + (receivedAtMs - sentAtMs) / 2);
        m_copy = copy;
        m_gate.publish(m_copy, started, offset);
        m_saidAt = {}; // a new copy is said at once
    }
    if (!reportUnknownKeys())
        return false;
    if (Clock::now() - m_saidAt >= m_config.heartbeat)
        return sayApplied();
    return true;
}

bool StateFeed::reportUnknownKeys() {
    QList<db::PgConnection::Statement> reports;
    for (const auto &[address, count] : m_gate.cooloff().takeUnreported())
        reports.push_back({QStringLiteral("SELECT gateway.report_unknown_keys($1::inet, $2)"),
                           {QString::fromStdString(address.text()), count}});
    return reports.isEmpty() || m_db->execAll(reports).isOk();
}

bool StateFeed::sayApplied() {
    const auto answer =
        m_db->exec(QStringLiteral("SELECT gateway.applied($1, $2, $3)"),
                   {m_config.gatewayId, QVariant::fromValue(static_cast<qint64>(m_copy->version)),
                    QString::fromStdString(m_copy->cursor)});
    if (!answer.isOk()) {
        if (answer.error().sqlState == QLatin1String("CW403")) {
            m_fatal = QStringLiteral("the gateway name %1 belongs to another gateway login; "
                                     "give this daemon a name of its own (--gateway-id)")
                          .arg(m_config.gatewayId);
            return false;
        }
        qWarning().noquote() << "cowin-gatewayd: gateway.applied refused:"
                             << answer.error().sqlState << answer.error().message;
        return answer.error().sqlState.startsWith(QLatin1String("CW"));
    }
    m_saidAt = Clock::now();
    return true;
}

bool StateFeed::reportUsage() {
    if (!m_copy)
        return true;
    QList<db::PgConnection::Statement> reports;
    for (const auto &[hash, entry] : m_copy->keys) {
        const std::uint32_t calls = entry.usage->calls.exchange(0);
        const std::uint32_t denials = entry.usage->denials.exchange(0);
        if (calls == 0)
            continue;
        reports.push_back(
            {QStringLiteral(
                 "SELECT gateway.report_usage_by_hash(decode($1, 'hex'), now(), $2, $3)"),
             {QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hash.data()),
                                             static_cast<int>(hash.size()))
                                      .toHex()),
              static_cast<int>(calls), static_cast<int>(std::min(denials, calls))}});
    }
    if (reports.isEmpty())
        return true;
    return m_db->execAll(reports).isOk();
}

} // namespace cowin::gateway
