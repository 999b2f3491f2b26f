// SPDX-License-Identifier: Apache-2.0
// ConsoleClient: partner API access and the kill-switch (console.api_state, console.kill_switch_*).
#include "db/CallParameters.h"
#include "db/ConsoleClient.h"

namespace cowin::db {

using namespace parameters;

Result<ApiState> ConsoleClient::apiState() {
    auto r = call(QStringLiteral("SELECT level, sector, incident, engaged_by, engaged_at, reason, "
                                 "restore_requested_by, restore_requested_at "
                                 "FROM console.api_state()"));
    if (!r.isOk())
        return Result<ApiState>::fail(r.error());
    const PgResult &q = r.value();
    ApiState s;
    s.level = q.text(0, 0);
    s.sector = q.text(0, 1);
    s.incident = q.int64(0, 2);
    s.engagedBy = q.text(0, 3);
    s.engagedAt = q.timestamp(0, 4);
    s.reason = q.text(0, 5);
    s.restoreRequestedBy = q.text(0, 6);
    s.restoreRequestedAt = q.timestamp(0, 7);
    return Result<ApiState>::ok(s);
}

Result<KillSwitchPreview> ConsoleClient::killSwitchPreview(const QString &level,
                                                           const QString &sector) {
    auto r = call(QStringLiteral("SELECT partners, keys, calls_last_hour "
                                 "FROM console.kill_switch_preview($1, $2)"),
                  {level, textOrNull(sector)});
    if (!r.isOk())
        return Result<KillSwitchPreview>::fail(r.error());
    return Result<KillSwitchPreview>::ok({static_cast<int>(r.value().int64(0, 0)),
                                          static_cast<int>(r.value().int64(0, 1)),
                                          r.value().int64(0, 2)});
}

Result<qint64> ConsoleClient::killSwitchEngage(const QString &level, const QString &sector,
                                               const QString &reason, qint64 stepUpAttempt) {
    auto r = call(QStringLiteral("SELECT console.kill_switch_engage($1, $2, $3, $4)"),
                  {level, textOrNull(sector), reason, idOrNull(stepUpAttempt)}, false);
    if (!r.isOk())
        return Result<qint64>::fail(r.error());
    return Result<qint64>::ok(r.value().int64(0, 0));
}

Result<Done> ConsoleClient::killSwitchRestoreRequest(qint64 incident, const QString &reason,
                                                     qint64 stepUpAttempt) {
    auto r = call(QStringLiteral("SELECT console.kill_switch_restore_request($1, $2, $3)"),
                  {incident, reason, idOrNull(stepUpAttempt)}, false);
    return r.isOk() ? Result<Done>::ok({}) : Result<Done>::fail(r.error());
}

Result<Done> ConsoleClient::killSwitchRestoreApprove(qint64 incident, qint64 stepUpAttempt) {
    auto r = call(QStringLiteral("SELECT console.kill_switch_restore_approve($1, $2)"),
                  {incident, idOrNull(stepUpAttempt)}, false);
    return r.isOk() ? Result<Done>::ok({}) : Result<Done>::fail(r.error());
}

} // namespace cowin::db
