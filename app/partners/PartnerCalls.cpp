// SPDX-License-Identifier: Apache-2.0
#include "partners/PartnerCalls.h"

#include "db/Calls.h"

namespace cowin::partners {

using namespace db::calls;
using db::Done;
using db::PgResult;
using db::Result;

namespace {
Result<IssuedKey> issuedKey(const Result<PgResult> &r) {
    return answer(r, [](const PgResult &q) {
        return IssuedKey{q.int64(0, "key_id"), q.text(0, "api_key")};
    });
}

// A draft's fields and the reason, as the create and update functions name them.
QVariantList draftValues(const PartnerDraft &d, const QString &reason) {
    return {d.name,   d.sector,      d.whitelisted,        d.contact.trimmed(),
            d.scopes, d.ipAllowlist, d.rateLimitPerMinute, textOrNull(reason)};
}
QString draftArguments(int first) {
    return namedArguments({"name", "sector", "whitelisted", "contact", "scopes", "ip_allowlist",
                           "rate_limit_per_minute", "reason"},
                          first);
}
} // namespace

Result<QList<ApiScope>> PartnerCalls::scopes() {
    return rows(m_db.call(QStringLiteral(
                    "SELECT name, personal_data, description FROM console.api_scopes()")),
                [](const PgResult &q, int i) {
                    return ApiScope{q.text(i, "name"), q.boolean(i, "personal_data"),
                                    q.text(i, "description")};
                });
}

Result<QList<PartnerRow>> PartnerCalls::list(const PartnerFilter &filter) {
    return rows(m_db.call(QStringLiteral("SELECT id, name, sector, whitelisted, status, scopes, "
                                         "active_keys, keys, calls_last_day, denials_last_day, "
                                         "last_used_at, kill_switch_cuts "
                                         "FROM console.partner_list($1, $2, $3)"),
                          {textOrNull(filter.nameQuery), textOrNull(filter.sector),
                           textOrNull(filter.status)}),
                [](const PgResult &q, int i) {
                    PartnerRow p;
                    p.id = static_cast<int>(q.int64(i, "id"));
                    p.name = q.text(i, "name");
                    p.sector = q.text(i, "sector");
                    p.whitelisted = q.boolean(i, "whitelisted");
                    p.status = q.text(i, "status");
                    p.scopes = q.textArray(i, "scopes");
                    p.activeKeys = static_cast<int>(q.int64(i, "active_keys"));
                    p.keys = static_cast<int>(q.int64(i, "keys"));
                    p.callsLastDay = q.int64(i, "calls_last_day");
                    p.denialsLastDay = q.int64(i, "denials_last_day");
                    p.lastUsedAt = q.timestamp(i, "last_used_at");
                    p.killSwitchCuts = q.text(i, "kill_switch_cuts");
                    return p;
                });
}

Result<PartnerDetail> PartnerCalls::detail(int partner) {
    return answer(m_db.call(QStringLiteral("SELECT id, name, sector, whitelisted, contact, status, "
                                           "scopes, ip_allowlist, rate_limit_per_minute, "
                                           "created_at, updated_at, version "
                                           "FROM console.partner_detail($1)"),
                            {partner}),
                  [](const PgResult &q) {
                      PartnerDetail d;
                      d.id = static_cast<int>(q.int64(0, "id"));
                      d.draft.name = q.text(0, "name");
                      d.draft.sector = q.text(0, "sector");
                      d.draft.whitelisted = q.boolean(0, "whitelisted");
                      d.draft.contact = q.text(0, "contact");
                      d.status = q.text(0, "status");
                      d.draft.scopes = q.textArray(0, "scopes");
                      d.draft.ipAllowlist = q.textArray(0, "ip_allowlist");
                      d.draft.rateLimitPerMinute =
                          static_cast<int>(q.int64(0, "rate_limit_per_minute"));
                      d.createdAt = q.timestamp(0, "created_at");
                      d.updatedAt = q.timestamp(0, "updated_at");
                      d.version = static_cast<int>(q.int64(0, "version"));
                      return d;
                  });
}

Result<QList<ApiKeyRow>> PartnerCalls::keys(int partner) {
    return rows(m_db.call(QStringLiteral("SELECT id, display_prefix, scopes, status, created_at, "
                                         "created_by, expires_at, last_used_at, revoked_at, "
                                         "revoked_reason, replaced_by, calls_last_day "
                                         "FROM console.partner_keys($1)"),
                          {partner}),
                [](const PgResult &q, int i) {
                    ApiKeyRow k;
                    k.id = q.int64(i, "id");
                    k.displayPrefix = q.text(i, "display_prefix");
                    k.scopes = q.textArray(i, "scopes");
                    k.status = q.text(i, "status");
                    k.createdAt = q.timestamp(i, "created_at");
                    k.createdBy = q.text(i, "created_by");
                    k.expiresAt = q.timestamp(i, "expires_at");
                    k.lastUsedAt = q.timestamp(i, "last_used_at");
                    k.revokedAt = q.timestamp(i, "revoked_at");
                    k.revokedReason = q.text(i, "revoked_reason");
                    k.replacedBy = q.int64(i, "replaced_by");
                    k.callsLastDay = q.int64(i, "calls_last_day");
                    return k;
                });
}

Result<QList<UsageHour>> PartnerCalls::usage(int partner) {
    return rows(
        m_db.call(QStringLiteral("SELECT hour, calls, denials "
                                 "FROM console.partner_usage($1)"),
                  {partner}),
        [](const PgResult &q, int i) {
            return UsageHour{q.timestamp(i, "hour"), q.int64(i, "calls"), q.int64(i, "denials")};
        });
}

Result<int> PartnerCalls::create(const PartnerDraft &draft, const QString &reason) {
    return firstInt(
        m_db.call(QStringLiteral("SELECT console.partner_create(%1)").arg(draftArguments(1)),
                  draftValues(draft, reason), false));
}

Result<int> PartnerCalls::update(int partner, int version, const PartnerDraft &draft,
                                 const QString &reason) {
    return firstInt(m_db.call(QStringLiteral("SELECT console.partner_update(partner => $1, "
                                             "version => $2, %1)")
                                  .arg(draftArguments(3)),
                              QVariantList{partner, version} + draftValues(draft, reason), false));
}

Result<int> PartnerCalls::setStatus(int partner, int version, const QString &status,
                                    const QString &reason) {
    return firstInt(m_db.call(QStringLiteral("SELECT console.partner_set_status($1, $2, $3, $4)"),
                              {partner, version, status, textOrNull(reason)}, false));
}

Result<IssuedKey> PartnerCalls::issueKey(int partner, const QStringList &scopes,
                                         const QDateTime &expiresAt, const QString &reason) {
    return issuedKey(m_db.call(QStringLiteral("SELECT key_id, api_key "
                                              "FROM console.api_key_issue($1, $2, $3, $4)"),
                               {partner, scopes, timeOrNull(expiresAt), textOrNull(reason)},
                               false));
}

Result<IssuedKey> PartnerCalls::rotateKey(qint64 key, int graceHours, const QDateTime &expiresAt,
                                          const QString &reason) {
    return issuedKey(m_db.call(QStringLiteral("SELECT key_id, api_key "
                                              "FROM console.api_key_rotate($1, $2, $3, $4)"),
                               {key, graceHours, timeOrNull(expiresAt), textOrNull(reason)},
                               false));
}

Result<Done> PartnerCalls::setKeySuspended(qint64 key, bool suspended, const QString &reason) {
    return done(m_db.call(QStringLiteral("SELECT console.api_key_set_suspended($1, $2, $3)"),
                          {key, suspended, textOrNull(reason)}, false));
}

Result<Done> PartnerCalls::revokeKey(qint64 key, const QString &reason) {
    return done(m_db.call(QStringLiteral("SELECT console.api_key_revoke($1, $2)"),
                          {key, textOrNull(reason)}, false));
}

} // namespace cowin::partners
