// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/SessionConnection.h"
#include "partners/Partner.h"

namespace cowin::partners {

// Partners and their API keys (console.partner_*, console.api_key_*, console.api_scopes). A
// change to a partner takes the version the operator saw and returns the new one.
class PartnerCalls {
public:
    explicit PartnerCalls(db::SessionConnection &connection)
        : m_db(connection) {}

    db::Result<QList<ApiScope>> scopes();
    db::Result<QList<PartnerRow>> list(const PartnerFilter &filter);
    db::Result<PartnerDetail> detail(int partner);
    db::Result<QList<ApiKeyRow>> keys(int partner);
    db::Result<QList<UsageHour>> usage(int partner);
    // Returns the new partner's id.
    db::Result<int> create(const PartnerDraft &draft, const QString &reason);
    db::Result<int> update(int partner, int version, const PartnerDraft &draft,
                           const QString &reason);
    db::Result<int> setStatus(int partner, int version, const QString &status,
                              const QString &reason);
    // The key comes back this once; the caller shows it and wipes it.
    db::Result<IssuedKey> issueKey(int partner, const QStringList &scopes,
                                   const QDateTime &expiresAt, const QString &reason);
    // graceHours 0 revokes the old key at once.
    db::Result<IssuedKey> rotateKey(qint64 key, int graceHours, const QDateTime &expiresAt,
                                    const QString &reason);
    db::Result<db::Done> setKeySuspended(qint64 key, bool suspended, const QString &reason);
    db::Result<db::Done> revokeKey(qint64 key, const QString &reason);

private:
    db::SessionConnection &m_db;
};

} // namespace cowin::partners
