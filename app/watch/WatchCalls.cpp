// SPDX-License-Identifier: Apache-2.0
#include "watch/WatchCalls.h"

#include "db/Calls.h"

#include <QJsonDocument>

namespace cowin::watch {

using db::Done;
using db::PgResult;
using db::Result;
using namespace db::calls;

namespace {
std::optional<double> optionalNumber(const PgResult &q, int row, const char *column) {
    if (q.isNull(row, column))
        return std::nullopt;
    return q.text(row, column).toDouble();
}

int integer(const PgResult &q, int row, const char *column) {
    return static_cast<int>(q.int64(row, column));
}

WatchAlert alertAt(const PgResult &q, int i) {
    WatchAlert a;
    a.id = q.int64(i, "alert");
    a.kind = q.text(i, "kind");
    a.severity = integer(q, i, "severity");
    a.raisedAt = q.timestamp(i, "raised_at");
    a.lastSeenAt = q.timestamp(i, "last_seen_at");
    a.repeats = integer(q, i, "repeats");
    a.open = q.boolean(i, "is_open");
    a.details = QJsonDocument::fromJson(q.text(i, "details").toUtf8()).object();
    a.watched = q.int64(i, "watched");
    a.isAccount = q.text(i, "watched_kind") == QLatin1String("account");
    if (a.isAccount) {
        a.account = q.int64(i, "account");
        a.accountVersion = integer(q, i, "account_version");
        a.accountStatus = q.text(i, "account_status");
        a.loginId = q.text(i, "login_id");
        a.fullName = q.text(i, "full_name");
        a.centre = q.text(i, "centre");
        a.district = q.text(i, "district");
        a.stateCode = q.text(i, "state_code");
    } else {
        a.partner = integer(q, i, "partner");
        a.partnerVersion = integer(q, i, "partner_version");
        a.partnerStatus = q.text(i, "partner_status");
        a.partnerName = q.text(i, "partner_name");
        a.apiKey = q.int64(i, "api_key");
        a.keyPrefix = q.text(i, "key_prefix");
        a.keyStatus = q.text(i, "key_status");
    }
    a.frozenAt = q.timestamp(i, "frozen_at");
    a.frozenBy = q.text(i, "frozen_by");
    a.frozenReason = q.text(i, "frozen_reason");
    a.peopleHour = integer(q, i, "people_hour");
    a.budgetHour = integer(q, i, "budget_hour");
    a.peopleDay = integer(q, i, "people_day");
    a.budgetDay = integer(q, i, "budget_day");
    a.peersMedianDay = optionalNumber(q, i, "peers_median_day");
    a.lookupsDay = integer(q, i, "lookups_day");
    a.deniedDay = integer(q, i, "denied_day");
    a.notFound = integer(q, i, "not_found");
    a.outOfState = integer(q, i, "out_of_state");
    a.results = integer(q, i, "results");
    a.lastLookupAt = q.timestamp(i, "last_lookup_at");
    return a;
}
} // namespace

Result<QList<WatchAlert>> WatchCalls::alerts(int maxRows) {
    return rows(m_db.call(QStringLiteral("SELECT * FROM console.watch_alerts($1)"), {maxRows}),
                &alertAt);
}

Result<int> WatchCalls::openCount() {
    return firstInt(m_db.call(QStringLiteral("SELECT console.watch_open_alerts()")));
}

Result<QList<LookupStep>> WatchCalls::timeline(qint64 watched, int hours) {
    return rows(m_db.call(QStringLiteral("SELECT bucket, lookups, people, denied "
                                         "FROM console.watch_timeline($1, $2)"),
                          {watched, hours}),
                [](const PgResult &q, int i) {
                    return LookupStep{q.timestamp(i, "bucket"), integer(q, i, "lookups"),
                                      integer(q, i, "people"), integer(q, i, "denied")};
                });
}

Result<Done> WatchCalls::freeze(qint64 watched, const QString &reason) {
    return done(
        m_db.call(QStringLiteral("SELECT console.watch_freeze($1, $2)"), {watched, reason}, false));
}

Result<Done> WatchCalls::release(qint64 watched, const QString &reason) {
    return done(m_db.call(QStringLiteral("SELECT console.watch_release($1, $2)"), {watched, reason},
                          false));
}

Result<Done> WatchCalls::dismiss(qint64 alert, const QString &reason) {
    return done(
        m_db.call(QStringLiteral("SELECT console.watch_dismiss($1, $2)"), {alert, reason}, false));
}

Result<QList<PeerBudget>> WatchCalls::budgets() {
    return rows(m_db.call(QStringLiteral("SELECT * FROM console.watch_budgets()")),
                [](const PgResult &q, int i) {
                    PeerBudget b;
                    b.peerGroup = q.text(i, "peer_group");
                    b.perHour = integer(q, i, "people_per_hour");
                    b.perDay = integer(q, i, "people_per_day");
                    b.fromPeers = q.boolean(i, "from_peers");
                    b.floorPerHour = integer(q, i, "floor_per_hour");
                    b.floorPerDay = integer(q, i, "floor_per_day");
                    b.peers = integer(q, i, "peers");
                    b.medianDay = optionalNumber(q, i, "median_day");
                    b.p99Day = optionalNumber(q, i, "p99_day");
                    b.medianHour = optionalNumber(q, i, "median_hour");
                    b.p99Hour = optionalNumber(q, i, "p99_hour");
                    b.setBy = q.text(i, "set_by");
                    b.version = integer(q, i, "version");
                    return b;
                });
}

Result<Done> WatchCalls::setBudget(const QString &peerGroup, int version, int perHour, int perDay,
                                   bool fromPeers, const QString &reason) {
    return done(m_db.call(QStringLiteral("SELECT console.watch_budget_set(%1)")
                              .arg(namedArguments({"peer_group", "version", "people_per_hour",
                                                   "people_per_day", "from_peers", "reason"})),
                          {peerGroup, version, perHour, perDay, fromPeers, reason}, false));
}

Result<QList<Canary>> WatchCalls::canaries() {
    return rows(m_db.call(QStringLiteral("SELECT * FROM console.watch_canaries()")),
                [](const PgResult &q, int i) {
                    return Canary{q.int64(i, "canary"),         q.text(i, "masked"),
                                  q.text(i, "label"),           q.text(i, "planted_by"),
                                  q.timestamp(i, "planted_at"), integer(q, i, "hits")};
                });
}

Result<qint64> WatchCalls::plantCanary(const QString &number, const QString &label,
                                       const QString &reason) {
    return firstId(m_db.call(QStringLiteral("SELECT console.watch_canary_plant($1, $2, $3)"),
                             {number, label, reason}, false));
}

Result<Done> WatchCalls::retireCanary(qint64 canary, const QString &reason) {
    return done(m_db.call(QStringLiteral("SELECT console.watch_canary_retire($1, $2)"),
                          {canary, reason}, false));
}

Result<QList<SubjectLookup>> WatchCalls::whoLookedUp(const QString &number, const QString &reason,
                                                     int maxRows) {
    // Autocommit: the question and its audit event commit before the answer is asked for.
    auto asked = firstId(m_db.call(QStringLiteral("SELECT console.watch_subject_question($1, $2)"),
                                   {number, reason}, false));
    if (!asked.isOk())
        return Result<QList<SubjectLookup>>::fail(asked.error());
    return rows(m_db.call(QStringLiteral("SELECT * FROM console.watch_subject_lookups($1, $2)"),
                          {asked.value(), maxRows}, false),
                [](const PgResult &q, int i) {
                    SubjectLookup l;
                    l.lookedAt = q.timestamp(i, "looked_at");
                    l.reason = q.text(i, "reason");
                    l.clientIp = q.text(i, "client_ip");
                    l.byAccount = q.text(i, "watched_kind") == QLatin1String("account");
                    l.account = q.isNull(i, "account") ? 0 : q.int64(i, "account");
                    l.loginId = q.text(i, "login_id");
                    l.fullName = q.text(i, "full_name");
                    l.centre = q.text(i, "centre");
                    l.district = q.text(i, "district");
                    l.stateCode = q.text(i, "state_code");
                    l.partnerName = q.text(i, "partner");
                    l.keyPrefix = q.text(i, "key_prefix");
                    return l;
                });
}

} // namespace cowin::watch
