// SPDX-License-Identifier: Apache-2.0
#include "partners/KillSwitchCalls.h"

#include "db/Calls.h"

namespace cowin::partners {

using namespace db::calls;
using db::Done;
using db::PgResult;
using db::Result;

Result<ApiState> KillSwitchCalls::state() {
    return answer(m_db.call(QStringLiteral("SELECT level, sector, incident, engaged_by, "
                                           "engaged_at, reason, restore_requested_by, "
                                           "restore_requested_at, restore_reason "
                                           "FROM console.api_state()")),
                  [](const PgResult &q) {
                      ApiState s;
                      s.level = q.text(0, "level");
                      s.sector = q.text(0, "sector");
                      s.incident = q.int64(0, "incident");
                      s.engagedBy = q.text(0, "engaged_by");
                      s.engagedAt = q.timestamp(0, "engaged_at");
                      s.reason = q.text(0, "reason");
                      s.restoreRequestedBy = q.text(0, "restore_requested_by");
                      s.restoreRequestedAt = q.timestamp(0, "restore_requested_at");
                      s.restoreReason = q.text(0, "restore_reason");
                      return s;
                  });
}

Result<KillSwitchPreview> KillSwitchCalls::preview(const QString &level, const QString &sector) {
    return answer(m_db.call(QStringLiteral("SELECT partners, keys, calls_last_hour "
                                           "FROM console.kill_switch_preview($1, $2)"),
                            {level, textOrNull(sector)}),
                  [](const PgResult &q) {
                      return KillSwitchPreview{static_cast<int>(q.int64(0, "partners")),
                                               static_cast<int>(q.int64(0, "keys")),
                                               q.int64(0, "calls_last_hour")};
                  });
}

Result<qint64> KillSwitchCalls::engage(const QString &level, const QString &sector,
                                       const QString &reason, qint64 stepUpAttempt) {
    return firstId(m_db.call(QStringLiteral("SELECT console.kill_switch_engage(level => $1, "
                                            "sector => $2, reason => $3, step_up_attempt => $4)"),
                             {level, textOrNull(sector), reason, idOrNull(stepUpAttempt)}, false));
}

Result<Done> KillSwitchCalls::requestRestore(qint64 incident, const QString &reason,
                                             qint64 stepUpAttempt) {
    return done(m_db.call(QStringLiteral("SELECT console.kill_switch_restore_request($1, $2, $3)"),
                          {incident, reason, idOrNull(stepUpAttempt)}, false));
}

Result<Done> KillSwitchCalls::approveRestore(qint64 incident, qint64 stepUpAttempt) {
    return done(m_db.call(QStringLiteral("SELECT console.kill_switch_restore_approve($1, $2)"),
                          {incident, idOrNull(stepUpAttempt)}, false));
}

Result<Done> KillSwitchCalls::withdrawRestore(qint64 incident, const QString &reason) {
    return done(m_db.call(QStringLiteral("SELECT console.kill_switch_restore_withdraw($1, $2)"),
                          {incident, textOrNull(reason)}, false));
}

Result<QList<KillSwitchIncident>> KillSwitchCalls::history(int maxIncidents) {
    return rows(m_db.call(QStringLiteral("SELECT id, level, sector, reason, engaged_by, "
                                         "engaged_at, restore_requested_by, "
                                         "restore_requested_at, restore_reason, restored_by, "
                                         "restored_at, partners_cut "
                                         "FROM console.kill_switch_history($1)"),
                          {maxIncidents}),
                [](const PgResult &q, int i) {
                    KillSwitchIncident k;
                    k.id = q.int64(i, "id");
                    k.level = q.text(i, "level");
                    k.sector = q.text(i, "sector");
                    k.reason = q.text(i, "reason");
                    k.engagedBy = q.text(i, "engaged_by");
                    k.engagedAt = q.timestamp(i, "engaged_at");
                    k.restoreRequestedBy = q.text(i, "restore_requested_by");
                    k.restoreRequestedAt = q.timestamp(i, "restore_requested_at");
                    k.restoreReason = q.text(i, "restore_reason");
                    k.restoredBy = q.text(i, "restored_by");
                    k.restoredAt = q.timestamp(i, "restored_at");
                    k.partnersCut = q.isNull(i, q.column("partners_cut"))
                                        ? -1
                                        : static_cast<int>(q.int64(i, "partners_cut"));
                    return k;
                });
}

Result<QList<GatewayAck>> KillSwitchCalls::gateways() {
    return rows(m_db.call(QStringLiteral("SELECT gateway_id, applied_version, applied_at, "
                                         "last_seen_at, current_version, obeys_incident, "
                                         "acknowledged_ms FROM console.gateway_status()"),
                          {}),
                [](const PgResult &q, int i) {
                    GatewayAck g;
                    g.gatewayId = q.text(i, "gateway_id");
                    g.appliedVersion = q.int64(i, "applied_version");
                    g.appliedAt = q.timestamp(i, "applied_at");
                    g.lastSeenAt = q.timestamp(i, "last_seen_at");
                    g.currentVersion = q.int64(i, "current_version");
                    if (!q.isNull(i, "obeys_incident"))
                        g.obeysIncident = q.boolean(i, "obeys_incident");
                    if (!q.isNull(i, "acknowledged_ms"))
                        g.acknowledgedMs = q.text(i, "acknowledged_ms").toDouble();
                    return g;
                });
}

} // namespace cowin::partners
