// SPDX-License-Identifier: Apache-2.0
// ConsoleClient: the vaccinator account calls (console.vaccinator_*).
#include "db/CallParameters.h"
#include "db/ConsoleClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cowin::db {

using namespace parameters;

using namespace vaccinators;

namespace {
QString sortName(SortKey key) {
    switch (key) {
    case SortKey::LoginId:
        return QStringLiteral("login_id");
    case SortKey::LastLogin:
        return QStringLiteral("last_login");
    case SortKey::Name:
        break;
    }
    return QStringLiteral("name");
}

// The columns console.vaccinator_search and console.vaccinator_detail share, from `first`.
VaccinatorRow rowFrom(const PgResult &q, int i) {
    VaccinatorRow r;
    r.id = q.int64(i, 0);
    r.loginId = q.text(i, 1);
    r.fullName = q.text(i, 2);
    r.mobileMasked = q.text(i, 3);
    r.centreId = static_cast<int>(q.int64(i, 4));
    r.centreName = q.text(i, 5);
    r.districtId = static_cast<int>(q.int64(i, 6));
    r.districtName = q.text(i, 7);
    r.stateCode = q.text(i, 8);
    r.stateName = q.text(i, 9);
    r.status = q.text(i, 10);
    r.mustChangePassword = q.boolean(i, 11);
    r.failedLogins = static_cast<int>(q.int64(i, 12));
    r.lastLoginAt = q.timestamp(i, 13);
    return r;
}

} // namespace

Result<QList<VaccinatorRow>> ConsoleClient::searchVaccinators(const VaccinatorQuery &query,
                                                              const PageRequest &page) {
    qint64 lookup = page.mobileLookup;
    if (!query.mobile.trimmed().isEmpty() && lookup == 0) {
        // Autocommit: the lookup and its audit event commit before the search tells anything.
        auto looked = call(QStringLiteral("SELECT console.vaccinator_lookup_mobile($1)"),
                           {query.mobile}, false);
        if (!looked.isOk())
            return failWith<QList<VaccinatorRow>>(looked);
        lookup = looked.value().int64(0, 0);
    }
    auto r = call(
        QStringLiteral(
            "SELECT id, login_id, full_name, mobile_masked, centre_id, centre_name, district_id, "
            "district_name, state_code, state_name, status, must_change_password, failed_logins, "
            "last_login_at, version, in_scope, sort_key "
            "FROM console.vaccinator_search($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, "
            "$13, $14)"),
        {textOrNull(query.name), textOrNull(query.loginPrefix), idOrNull(lookup),
         idOrNull(query.centreId), idOrNull(query.districtId), textOrNull(query.stateCode),
         textOrNull(query.status), sortName(query.sort), query.descending,
         page.hasCursor ? QVariant(page.afterKey) : QVariant(),
         page.hasCursor ? QVariant(page.afterId) : QVariant(), page.backward, page.pageSize,
         query.similarNames});
    if (!r.isOk())
        return failWith<QList<VaccinatorRow>>(r);
    QList<VaccinatorRow> rows;
    const PgResult &q = r.value();
    rows.reserve(q.rows());
    for (int i = 0; i < q.rows(); ++i) {
        VaccinatorRow row = rowFrom(q, i);
        row.version = static_cast<int>(q.int64(i, 14));
        row.inScope = q.boolean(i, 15);
        row.sortKey = q.text(i, 16);
        rows << row;
    }
    return Result<QList<VaccinatorRow>>::ok(rows);
}

Result<MatchCount> ConsoleClient::countVaccinators(const VaccinatorQuery &query, int cap) {
    auto r = call(QStringLiteral("SELECT matches, capped FROM console.vaccinator_count($1, $2, "
                                 "NULL, $3, $4, $5, $6, $7, $8)"),
                  {textOrNull(query.name), textOrNull(query.loginPrefix), idOrNull(query.centreId),
                   idOrNull(query.districtId), textOrNull(query.stateCode),
                   textOrNull(query.status), cap, query.similarNames});
    if (!r.isOk())
        return failWith<MatchCount>(r);
    return Result<MatchCount>::ok({r.value().int64(0, 0), r.value().boolean(0, 1)});
}

Result<QList<Place>> ConsoleClient::vaccinatorPlaces(const QString &kind, const QString &parent) {
    auto r = call(QStringLiteral("SELECT id, name FROM console.vaccinator_places($1, $2)"),
                  {kind, textOrNull(parent)});
    if (!r.isOk())
        return failWith<QList<Place>>(r);
    QList<Place> places;
    for (int i = 0; i < r.value().rows(); ++i)
        places << Place{r.value().text(i, 0), r.value().text(i, 1)};
    return Result<QList<Place>>::ok(places);
}

Result<VaccinatorDetail> ConsoleClient::vaccinatorDetail(qint64 id) {
    auto r = call(QStringLiteral("SELECT id, login_id, full_name, mobile_masked, centre_id, "
                                 "centre_name, district_id, district_name, state_code, "
                                 "state_name, status, must_change_password, failed_logins, "
                                 "last_login_at, password_changed_at, created_at, updated_at, "
                                 "version, in_scope, live_portal_sessions, "
                                 "temporary_password_expires_at "
                                 "FROM console.vaccinator_detail($1)"),
                  {id});
    if (!r.isOk())
        return failWith<VaccinatorDetail>(r);
    const PgResult &q = r.value();
    VaccinatorDetail d;
    d.row = rowFrom(q, 0);
    d.passwordChangedAt = q.timestamp(0, 14);
    d.createdAt = q.timestamp(0, 15);
    d.updatedAt = q.timestamp(0, 16);
    d.row.version = static_cast<int>(q.int64(0, 17));
    d.row.inScope = q.boolean(0, 18);
    d.livePortalSessions = static_cast<int>(q.int64(0, 19));
    d.temporaryPasswordExpiresAt = q.timestamp(0, 20);
    return Result<VaccinatorDetail>::ok(d);
}

Result<QList<AccountEvent>> ConsoleClient::vaccinatorEvents(qint64 id, int maxEvents) {
    auto r = call(QStringLiteral("SELECT id, occurred_at, actor, action, reason, details "
                                 "FROM console.vaccinator_events($1, $2)"),
                  {id, maxEvents});
    if (!r.isOk())
        return failWith<QList<AccountEvent>>(r);
    QList<AccountEvent> events;
    const PgResult &q = r.value();
    for (int i = 0; i < q.rows(); ++i)
        events << AccountEvent{q.int64(i, 0), q.timestamp(i, 1), q.text(i, 2),
                               q.text(i, 3),  q.text(i, 4),      q.text(i, 5)};
    return Result<QList<AccountEvent>>::ok(events);
}

Result<QList<Delivery>> ConsoleClient::vaccinatorDeliveries(qint64 id) {
    auto r = call(QStringLiteral("SELECT id, created_at, state, attempts, last_error, finished_at "
                                 "FROM console.vaccinator_deliveries($1)"),
                  {id});
    if (!r.isOk())
        return failWith<QList<Delivery>>(r);
    QList<Delivery> deliveries;
    const PgResult &q = r.value();
    for (int i = 0; i < q.rows(); ++i)
        deliveries << Delivery{q.int64(i, 0), q.timestamp(i, 1),
                               q.text(i, 2),  static_cast<int>(q.int64(i, 3)),
                               q.text(i, 4),  q.timestamp(i, 5)};
    return Result<QList<Delivery>>::ok(deliveries);
}

Result<RevealedMobile> ConsoleClient::revealMobile(qint64 id, const QString &reason) {
    // Autocommit: the reveal and its audit event commit before the number is asked for.
    auto recorded = call(QStringLiteral("SELECT console.vaccinator_reveal_request($1, $2)"),
                         {id, reason}, false);
    if (!recorded.isOk())
        return failWith<RevealedMobile>(recorded);
    auto told = call(QStringLiteral("SELECT mobile, visible_seconds "
                                    "FROM console.vaccinator_reveal($1)"),
                     {recorded.value().int64(0, 0)}, false);
    if (!told.isOk())
        return failWith<RevealedMobile>(told);
    return Result<RevealedMobile>::ok(
        {told.value().text(0, 0), static_cast<int>(told.value().int64(0, 1))});
}

Result<int> ConsoleClient::forceReset(qint64 id, int version, const QString &reason) {
    return firstInt(call(QStringLiteral("SELECT console.vaccinator_force_reset($1, $2, $3)"),
                         {id, version, reason}, false));
}

Result<int> ConsoleClient::unlockVaccinator(qint64 id, int version, const QString &reason) {
    return firstInt(call(QStringLiteral("SELECT console.vaccinator_unlock($1, $2, $3)"),
                         {id, version, reason}, false));
}

Result<int> ConsoleClient::setVaccinatorDisabled(qint64 id, int version, bool disabled,
                                                 const QString &reason) {
    return firstInt(call(QStringLiteral("SELECT console.vaccinator_set_disabled($1, $2, $3, $4)"),
                         {id, version, disabled, reason}, false));
}

Result<qint64> ConsoleClient::createVaccinator(const VaccinatorDraft &draft,
                                               const QString &reason) {
    auto r = call(
        QStringLiteral("SELECT console.vaccinator_create($1, $2, $3, $4, $5)"),
        {draft.loginId, draft.fullName, draft.mobile, idOrNull(draft.centreId), textOrNull(reason)},
        false);
    if (!r.isOk())
        return failWith<qint64>(r);
    return Result<qint64>::ok(r.value().int64(0, 0));
}

Result<int> ConsoleClient::updateVaccinator(qint64 id, int version, const VaccinatorDraft &draft,
                                            const QString &reason) {
    return firstInt(call(QStringLiteral("SELECT console.vaccinator_update($1, $2, $3, $4, $5, $6)"),
                         {id, version, draft.fullName, textOrNull(draft.mobile),
                          idOrNull(draft.centreId), textOrNull(reason)},
                         false));
}

namespace {
QString importJson(const QList<ImportRow> &rows) {
    QJsonArray array;
    for (const ImportRow &r : rows)
        array.append(QJsonObject{{QStringLiteral("line"), r.line},
                                 {QStringLiteral("login_id"), r.loginId},
                                 {QStringLiteral("full_name"), r.fullName},
                                 {QStringLiteral("mobile"), r.mobile},
                                 {QStringLiteral("centre_id"), r.centreId}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}
} // namespace

Result<ImportCheck> ConsoleClient::checkImport(const QList<ImportRow> &rows) {
    // Autocommit: the check and its record commit before its problems are told.
    auto checked = call(QStringLiteral("SELECT console.vaccinator_import_check($1::jsonb)"),
                        {importJson(rows)}, false);
    if (!checked.isOk())
        return failWith<ImportCheck>(checked);
    ImportCheck check;
    check.id = checked.value().int64(0, 0);
    auto r = call(QStringLiteral("SELECT line, field, message "
                                 "FROM console.vaccinator_import_problems($1)"),
                  {check.id});
    if (!r.isOk())
        return failWith<ImportCheck>(r);
    for (int i = 0; i < r.value().rows(); ++i)
        check.problems << ImportProblem{static_cast<int>(r.value().int64(i, 0)),
                                        r.value().text(i, 1), r.value().text(i, 2)};
    return Result<ImportCheck>::ok(check);
}

Result<int> ConsoleClient::importVaccinators(qint64 checkId, const QString &reason) {
    return firstInt(
        call(QStringLiteral("SELECT console.vaccinator_import($1, $2)"), {checkId, reason}, false));
}

Result<qint64> ConsoleClient::recordExport(const QString &filterDescription, qint64 accounts) {
    auto r = call(QStringLiteral("SELECT console.vaccinator_export_record($1, $2)"),
                  {filterDescription, accounts}, false);
    if (!r.isOk())
        return failWith<qint64>(r);
    return Result<qint64>::ok(r.value().int64(0, 0));
}

Result<BulkPreview> ConsoleClient::bulkResetPreview(const QString &scopeKind,
                                                    const QString &scopeValue) {
    auto r = call(QStringLiteral("SELECT accounts, label "
                                 "FROM console.vaccinator_bulk_preview($1, $2)"),
                  {scopeKind, textOrNull(scopeValue)});
    if (!r.isOk())
        return failWith<BulkPreview>(r);
    return Result<BulkPreview>::ok({r.value().int64(0, 0), r.value().text(0, 1)});
}

Result<qint64> ConsoleClient::bulkResetBegin(const QString &scopeKind, const QString &scopeValue,
                                             const QString &reason, bool sendTemporaryPassword,
                                             qint64 stepUpAttempt) {
    auto r = call(
        QStringLiteral("SELECT console.vaccinator_bulk_reset_begin($1, $2, $3, $4, $5)"),
        {scopeKind, textOrNull(scopeValue), reason, sendTemporaryPassword, idOrNull(stepUpAttempt)},
        false);
    if (!r.isOk())
        return failWith<qint64>(r);
    return Result<qint64>::ok(r.value().int64(0, 0));
}

Result<BulkProgress> ConsoleClient::bulkResetChunk(qint64 bulkId, int chunkSize) {
    // A chunk that may have run is not repeated after a dropped connection: the next call
    // continues from what the server committed.
    auto r = call(QStringLiteral("SELECT done, planned, finished "
                                 "FROM console.vaccinator_bulk_reset_chunk($1, $2)"),
                  {bulkId, chunkSize}, false);
    if (!r.isOk())
        return failWith<BulkProgress>(r);
    return Result<BulkProgress>::ok(
        {r.value().int64(0, 0), r.value().int64(0, 1), r.value().boolean(0, 2)});
}

Result<BulkProgress> ConsoleClient::bulkResetCancel(qint64 bulkId) {
    auto r =
        call(QStringLiteral("SELECT done, planned FROM console.vaccinator_bulk_reset_cancel($1)"),
             {bulkId}, false);
    if (!r.isOk())
        return failWith<BulkProgress>(r);
    return Result<BulkProgress>::ok({r.value().int64(0, 0), r.value().int64(0, 1), true});
}

} // namespace cowin::db
