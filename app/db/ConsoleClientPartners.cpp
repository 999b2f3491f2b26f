// SPDX-License-Identifier: Apache-2.0
// ConsoleClient: partner API access and the kill-switch (console.api_state, console.kill_switch_*,
// console.partner_*, console.api_key_*).
#include "db/CallParameters.h"
#include "db/ConsoleClient.h"

namespace cowin::db {

using namespace parameters;
using namespace partners;

namespace {
Result<IssuedKey> issuedKey(const Result<PgResult> &r) {
    if (!r.isOk())
        return failWith<IssuedKey>(r);
    return Result<IssuedKey>::ok({r.value().int64(0, 0), r.value().text(0, 1)});
}

QVariantList draftParameters(const PartnerDraft &d) {
    return {d.name,   d.sector,      d.whitelisted,       d.contact.trimmed(),
            d.scopes, d.ipAllowlist, d.rateLimitPerMinute};
}
} // namespace

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
    return done(r);
}

Result<Done> ConsoleClient::killSwitchRestoreApprove(qint64 incident, qint64 stepUpAttempt) {
    auto r = call(QStringLiteral("SELECT console.kill_switch_restore_approve($1, $2)"),
                  {incident, idOrNull(stepUpAttempt)}, false);
    return done(r);
}

Result<QList<ApiScope>> ConsoleClient::apiScopes() {
    auto r =
        call(QStringLiteral("SELECT name, personal_data, description FROM console.api_scopes()"));
    if (!r.isOk())
        return failWith<QList<ApiScope>>(r);
    QList<ApiScope> scopes;
    for (int i = 0; i < r.value().rows(); ++i)
        scopes << ApiScope{r.value().text(i, 0), r.value().boolean(i, 1), r.value().text(i, 2)};
    return Result<QList<ApiScope>>::ok(scopes);
}

Result<QList<PartnerRow>> ConsoleClient::partners(const PartnerFilter &filter) {
    auto r =
        call(QStringLiteral("SELECT id, name, sector, whitelisted, status, scopes, active_keys, "
                            "keys, calls_last_day, denials_last_day, last_used_at "
                            "FROM console.partner_list($1, $2, $3)"),
             {textOrNull(filter.nameQuery), textOrNull(filter.sector), textOrNull(filter.status)});
    if (!r.isOk())
        return failWith<QList<PartnerRow>>(r);
    const PgResult &q = r.value();
    QList<PartnerRow> rows;
    for (int i = 0; i < q.rows(); ++i) {
        PartnerRow p;
        p.id = static_cast<int>(q.int64(i, 0));
        p.name = q.text(i, 1);
        p.sector = q.text(i, 2);
        p.whitelisted = q.boolean(i, 3);
        p.status = q.text(i, 4);
        p.scopes = q.textArray(i, 5);
        p.activeKeys = static_cast<int>(q.int64(i, 6));
        p.keys = static_cast<int>(q.int64(i, 7));
        p.callsLastDay = q.int64(i, 8);
        p.denialsLastDay = q.int64(i, 9);
        p.lastUsedAt = q.timestamp(i, 10);
        rows << p;
    }
    return Result<QList<PartnerRow>>::ok(rows);
}

Result<PartnerDetail> ConsoleClient::partnerDetail(int partner) {
    auto r = call(QStringLiteral("SELECT id, name, sector, whitelisted, contact, status, scopes, "
                                 "ip_allowlist, rate_limit_per_minute, created_at, updated_at, "
                                 "version FROM console.partner_detail($1)"),
                  {partner});
    if (!r.isOk())
        return failWith<PartnerDetail>(r);
    const PgResult &q = r.value();
    PartnerDetail d;
    d.id = static_cast<int>(q.int64(0, 0));
    d.draft.name = q.text(0, 1);
    d.draft.sector = q.text(0, 2);
    d.draft.whitelisted = q.boolean(0, 3);
    d.draft.contact = q.text(0, 4);
    d.status = q.text(0, 5);
    d.draft.scopes = q.textArray(0, 6);
    d.draft.ipAllowlist = q.textArray(0, 7);
    d.draft.rateLimitPerMinute = static_cast<int>(q.int64(0, 8));
    d.createdAt = q.timestamp(0, 9);
    d.updatedAt = q.timestamp(0, 10);
    d.version = static_cast<int>(q.int64(0, 11));
    return Result<PartnerDetail>::ok(d);
}

Result<QList<ApiKeyRow>> ConsoleClient::partnerKeys(int partner) {
    auto r = call(QStringLiteral("SELECT id, display_prefix, scopes, status, created_at, "
                                 "created_by, expires_at, last_used_at, revoked_at, "
                                 "revoked_reason, replaced_by, calls_last_day "
                                 "FROM console.partner_keys($1)"),
                  {partner});
    if (!r.isOk())
        return failWith<QList<ApiKeyRow>>(r);
    const PgResult &q = r.value();
    QList<ApiKeyRow> keys;
    for (int i = 0; i < q.rows(); ++i) {
        ApiKeyRow k;
        k.id = q.int64(i, 0);
        k.displayPrefix = q.text(i, 1);
        k.scopes = q.textArray(i, 2);
        k.status = q.text(i, 3);
        k.createdAt = q.timestamp(i, 4);
        k.createdBy = q.text(i, 5);
        k.expiresAt = q.timestamp(i, 6);
        k.lastUsedAt = q.timestamp(i, 7);
        k.revokedAt = q.timestamp(i, 8);
        k.revokedReason = q.text(i, 9);
        k.replacedBy = q.int64(i, 10);
        k.callsLastDay = q.int64(i, 11);
        keys << k;
    }
    return Result<QList<ApiKeyRow>>::ok(keys);
}

Result<QList<UsageHour>> ConsoleClient::partnerUsage(int partner) {
    auto r = call(QStringLiteral("SELECT hour, calls, denials FROM console.partner_usage($1)"),
                  {partner});
    if (!r.isOk())
        return failWith<QList<UsageHour>>(r);
    QList<UsageHour> hours;
    for (int i = 0; i < r.value().rows(); ++i)
        hours << UsageHour{r.value().timestamp(i, 0), r.value().int64(i, 1), r.value().int64(i, 2)};
    return Result<QList<UsageHour>>::ok(hours);
}

Result<int> ConsoleClient::createPartner(const PartnerDraft &draft, const QString &reason) {
    return firstInt(call(QStringLiteral("SELECT console.partner_create($1, $2, $3, $4, $5, $6, "
                                        "$7, $8)"),
                         draftParameters(draft) << textOrNull(reason), false));
}

Result<int> ConsoleClient::updatePartner(int partner, int version, const PartnerDraft &draft,
                                         const QString &reason) {
    return firstInt(
        call(QStringLiteral("SELECT console.partner_update($1, $2, $3, $4, $5, $6, "
                            "$7, $8, $9, $10)"),
             QVariantList{partner, version} + draftParameters(draft) << textOrNull(reason), false));
}

Result<int> ConsoleClient::setPartnerStatus(int partner, int version, const QString &status,
                                            const QString &reason) {
    return firstInt(call(QStringLiteral("SELECT console.partner_set_status($1, $2, $3, $4)"),
                         {partner, version, status, textOrNull(reason)}, false));
}

Result<IssuedKey> ConsoleClient::issueApiKey(int partner, const QStringList &scopes,
                                             const QDateTime &expiresAt, const QString &reason) {
    return issuedKey(call(QStringLiteral("SELECT key_id, api_key "
                                         "FROM console.api_key_issue($1, $2, $3, $4)"),
                          {partner, scopes, timeOrNull(expiresAt), textOrNull(reason)}, false));
}

Result<IssuedKey> ConsoleClient::rotateApiKey(qint64 key, int graceHours,
                                              const QDateTime &expiresAt, const QString &reason) {
    return issuedKey(call(QStringLiteral("SELECT key_id, api_key "
                                         "FROM console.api_key_rotate($1, $2, $3, $4)"),
                          {key, graceHours, timeOrNull(expiresAt), textOrNull(reason)}, false));
}

Result<Done> ConsoleClient::setApiKeySuspended(qint64 key, bool suspended, const QString &reason) {
    return done(call(QStringLiteral("SELECT console.api_key_set_suspended($1, $2, $3)"),
                     {key, suspended, textOrNull(reason)}, false));
}

Result<Done> ConsoleClient::revokeApiKey(qint64 key, const QString &reason) {
    return done(call(QStringLiteral("SELECT console.api_key_revoke($1, $2)"),
                     {key, textOrNull(reason)}, false));
}

} // namespace cowin::db
