// SPDX-License-Identifier: Apache-2.0
#include "vaccinators/VaccinatorCalls.h"

#include "db/Calls.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cowin::vaccinators {

using namespace db::calls;
using db::PgResult;
using db::Result;

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

// The columns console.vaccinator_search and console.vaccinator_detail share.
constexpr char kRowColumns[] =
    "id, login_id, full_name, mobile_masked, centre_id, centre_name, district_id, district_name, "
    "state_code, state_name, status, must_change_password, failed_logins, last_login_at, "
    "version, in_scope";

VaccinatorRow rowAt(const PgResult &q, int i) {
    VaccinatorRow r;
    r.id = q.int64(i, "id");
    r.loginId = q.text(i, "login_id");
    r.fullName = q.text(i, "full_name");
    r.mobileMasked = q.text(i, "mobile_masked");
    r.centreId = static_cast<int>(q.int64(i, "centre_id"));
    r.centreName = q.text(i, "centre_name");
    r.districtId = static_cast<int>(q.int64(i, "district_id"));
    r.districtName = q.text(i, "district_name");
    r.stateCode = q.text(i, "state_code");
    r.stateName = q.text(i, "state_name");
    r.status = q.text(i, "status");
    r.mustChangePassword = q.boolean(i, "must_change_password");
    r.failedLogins = static_cast<int>(q.int64(i, "failed_logins"));
    r.lastLoginAt = q.timestamp(i, "last_login_at");
    r.version = static_cast<int>(q.int64(i, "version"));
    r.inScope = q.boolean(i, "in_scope");
    return r;
}

// The filters of a search and of a count, by name ($1 … $8).
QVariantList filterValues(const VaccinatorQuery &q, qint64 lookup) {
    return {textOrNull(q.name),     textOrNull(q.loginPrefix),
            idOrNull(lookup),       idOrNull(q.centreId),
            idOrNull(q.districtId), textOrNull(q.stateCode),
            textOrNull(q.status),   q.similarNames};
}
QString filterArguments() {
    return namedArguments({"name_query", "login_prefix", "mobile_lookup", "centre", "district",
                           "state", "account_status", "similar_names"});
}

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

db::PgConnection::Statement detailStatement(qint64 id) {
    return {QStringLiteral("SELECT %1, password_changed_at, created_at, updated_at, "
                           "live_portal_sessions, temporary_password_expires_at "
                           "FROM console.vaccinator_detail($1)")
                .arg(QLatin1String(kRowColumns)),
            {id}};
}

VaccinatorDetail detailIn(const PgResult &q) {
    VaccinatorDetail d;
    d.row = rowAt(q, 0);
    d.passwordChangedAt = q.timestamp(0, "password_changed_at");
    d.createdAt = q.timestamp(0, "created_at");
    d.updatedAt = q.timestamp(0, "updated_at");
    d.livePortalSessions = static_cast<int>(q.int64(0, "live_portal_sessions"));
    d.temporaryPasswordExpiresAt = q.timestamp(0, "temporary_password_expires_at");
    return d;
}

db::PgConnection::Statement eventsStatement(qint64 id, int maxEvents) {
    return {QStringLiteral("SELECT id, occurred_at, actor, action, reason, details "
                           "FROM console.vaccinator_events($1, $2)"),
            {id, maxEvents}};
}

AccountEvent eventAt(const PgResult &q, int i) {
    return AccountEvent{q.int64(i, "id"),    q.timestamp(i, "occurred_at"), q.text(i, "actor"),
                        q.text(i, "action"), q.text(i, "reason"),           q.text(i, "details")};
}

db::PgConnection::Statement deliveriesStatement(qint64 id) {
    return {QStringLiteral("SELECT id, created_at, state, attempts, last_error, finished_at "
                           "FROM console.vaccinator_deliveries($1)"),
            {id}};
}

Delivery deliveryAt(const PgResult &q, int i) {
    return Delivery{q.int64(i, "id"),        q.timestamp(i, "created_at"),
                    q.text(i, "state"),      static_cast<int>(q.int64(i, "attempts")),
                    q.text(i, "last_error"), q.timestamp(i, "finished_at")};
}

BulkProgress bulkProgressAt(const PgResult &q) {
    return {q.int64(0, "done"), q.int64(0, "planned"), q.boolean(0, "finished"),
            static_cast<int>(q.int64(0, "applied"))};
}
} // namespace

Result<QList<VaccinatorRow>> VaccinatorCalls::search(const VaccinatorQuery &query,
                                                     const PageRequest &page) {
    qint64 lookup = page.mobileLookup;
    if (!query.mobile.trimmed().isEmpty() && lookup == 0) {
        // Autocommit: the lookup and its audit event commit before the search tells anything.
        auto looked = firstId(m_db.call(
            QStringLiteral("SELECT console.vaccinator_lookup_mobile($1)"), {query.mobile}, false));
        if (!looked.isOk())
            return Result<QList<VaccinatorRow>>::fail(looked.error());
        lookup = looked.value();
    }
    QVariantList params = filterValues(query, lookup);
    params << sortName(query.sort) << query.descending
           << (page.hasCursor ? QVariant(page.afterKey) : QVariant())
           << (page.hasCursor ? QVariant(page.afterId) : QVariant()) << page.backward
           << page.pageSize;
    return rows(
        m_db.call(QStringLiteral("SELECT %1, sort_key FROM console.vaccinator_search(%2, %3)")
                      .arg(QLatin1String(kRowColumns), filterArguments(),
                           namedArguments({"sort", "descending", "after_key", "after_id",
                                           "backward", "page_size"},
                                          9)),
                  params),
        [](const PgResult &q, int i) {
            VaccinatorRow row = rowAt(q, i);
            row.sortKey = q.text(i, "sort_key");
            return row;
        });
}

Result<MatchCount> VaccinatorCalls::count(const VaccinatorQuery &query, int cap) {
    return answer(m_db.call(QStringLiteral("SELECT matches, capped FROM "
                                           "console.vaccinator_count(%1, cap => $9)")
                                .arg(filterArguments()),
                            filterValues(query, 0) << cap),
                  [](const PgResult &q) {
                      return MatchCount{q.int64(0, "matches"), q.boolean(0, "capped")};
                  });
}

Result<QList<Place>> VaccinatorCalls::places(const QString &kind, const QString &parent) {
    return rows(m_db.call(QStringLiteral("SELECT id, name FROM console.vaccinator_places($1, $2)"),
                          {kind, textOrNull(parent)}),
                [](const PgResult &q, int i) {
                    return Place{q.text(i, "id"), q.text(i, "name")};
                });
}

Result<VaccinatorDetail> VaccinatorCalls::detail(qint64 id) {
    const db::PgConnection::Statement st = detailStatement(id);
    return answer(m_db.call(st.sql, st.params), &detailIn);
}

Result<QList<AccountEvent>> VaccinatorCalls::events(qint64 id, int maxEvents) {
    const db::PgConnection::Statement st = eventsStatement(id, maxEvents);
    return rows(m_db.call(st.sql, st.params), &eventAt);
}

Result<QList<Delivery>> VaccinatorCalls::deliveries(qint64 id) {
    const db::PgConnection::Statement st = deliveriesStatement(id);
    return rows(m_db.call(st.sql, st.params), &deliveryAt);
}

Result<AccountOverview> VaccinatorCalls::overview(qint64 id, int maxEvents) {
    auto all = m_db.callAll(
        {detailStatement(id), deliveriesStatement(id), eventsStatement(id, maxEvents)});
    if (!all.isOk())
        return Result<AccountOverview>::fail(all.error());
    AccountOverview o;
    o.detail = detailIn(all.value().at(0));
    o.deliveries = rows(Result<PgResult>::ok(all.value().at(1)), &deliveryAt).value();
    o.events = rows(Result<PgResult>::ok(all.value().at(2)), &eventAt).value();
    return Result<AccountOverview>::ok(o);
}

Result<RevealedMobile> VaccinatorCalls::revealMobile(qint64 id, const QString &reason) {
    // Autocommit: the reveal and its audit event commit before the number is asked for.
    auto recorded = firstId(m_db.call(
        QStringLiteral("SELECT console.vaccinator_reveal_request($1, $2)"), {id, reason}, false));
    if (!recorded.isOk())
        return Result<RevealedMobile>::fail(recorded.error());
    return answer(m_db.call(QStringLiteral("SELECT mobile, visible_seconds "
                                           "FROM console.vaccinator_reveal($1)"),
                            {recorded.value()}, false),
                  [](const PgResult &q) {
                      return RevealedMobile{q.text(0, "mobile"),
                                            static_cast<int>(q.int64(0, "visible_seconds"))};
                  });
}

Result<int> VaccinatorCalls::forceReset(qint64 id, int version, const QString &reason) {
    return firstInt(m_db.call(QStringLiteral("SELECT console.vaccinator_force_reset($1, $2, $3)"),
                              {id, version, reason}, false));
}

Result<int> VaccinatorCalls::unlock(qint64 id, int version, const QString &reason) {
    return firstInt(m_db.call(QStringLiteral("SELECT console.vaccinator_unlock($1, $2, $3)"),
                              {id, version, reason}, false));
}

Result<int> VaccinatorCalls::setDisabled(qint64 id, int version, bool disabled,
                                         const QString &reason) {
    return firstInt(
        m_db.call(QStringLiteral("SELECT console.vaccinator_set_disabled($1, $2, $3, $4)"),
                  {id, version, disabled, reason}, false));
}

Result<qint64> VaccinatorCalls::create(const VaccinatorDraft &draft, const QString &reason) {
    return firstId(m_db.call(
        QStringLiteral("SELECT console.vaccinator_create(login_id => $1, "
                       "full_name => $2, mobile => $3, centre => $4, "
                       "reason => $5)"),
        {draft.loginId, draft.fullName, draft.mobile, idOrNull(draft.centreId), textOrNull(reason)},
        false));
}

Result<int> VaccinatorCalls::update(qint64 id, int version, const VaccinatorDraft &draft,
                                    const QString &reason) {
    return firstInt(m_db.call(QStringLiteral("SELECT console.vaccinator_update(account => $1, "
                                             "version => $2, full_name => $3, mobile => $4, "
                                             "centre => $5, reason => $6)"),
                              {id, version, draft.fullName, textOrNull(draft.mobile),
                               idOrNull(draft.centreId), textOrNull(reason)},
                              false));
}

Result<ImportCheck> VaccinatorCalls::checkImport(const QList<ImportRow> &importRows) {
    // Autocommit: the check and its record commit before its problems are told.
    auto checked =
        firstId(m_db.call(QStringLiteral("SELECT console.vaccinator_import_check($1::jsonb)"),
                          {importJson(importRows)}, false));
    if (!checked.isOk())
        return Result<ImportCheck>::fail(checked.error());
    auto problems = rows(m_db.call(QStringLiteral("SELECT line, field, message "
                                                  "FROM console.vaccinator_import_problems($1)"),
                                   {checked.value()}),
                         [](const PgResult &q, int i) {
                             return ImportProblem{static_cast<int>(q.int64(i, "line")),
                                                  q.text(i, "field"), q.text(i, "message")};
                         });
    if (!problems.isOk())
        return Result<ImportCheck>::fail(problems.error());
    return Result<ImportCheck>::ok({checked.value(), problems.value()});
}

Result<int> VaccinatorCalls::importChecked(qint64 checkId, const QString &reason) {
    return firstInt(m_db.call(QStringLiteral("SELECT console.vaccinator_import($1, $2)"),
                              {checkId, reason}, false));
}

Result<qint64> VaccinatorCalls::recordExport(const QString &filterDescription, qint64 accounts) {
    return firstId(m_db.call(QStringLiteral("SELECT console.vaccinator_export_record($1, $2)"),
                             {filterDescription, accounts}, false));
}

QString bulkActionName(BulkAction action) {
    switch (action) {
    case BulkAction::Unlock:
        return QStringLiteral("unlock");
    case BulkAction::Disable:
        return QStringLiteral("disable");
    case BulkAction::Reset:
        break;
    }
    return QStringLiteral("reset");
}

Result<BulkPreview> VaccinatorCalls::bulkPreview(BulkAction action, const QString &scopeKind,
                                                 const QString &scopeValue) {
    return answer(m_db.call(QStringLiteral("SELECT accounts, label "
                                           "FROM console.vaccinator_bulk_preview($1, $2, $3)"),
                            {bulkActionName(action), scopeKind, textOrNull(scopeValue)}),
                  [](const PgResult &q) {
                      return BulkPreview{q.int64(0, "accounts"), q.text(0, "label")};
                  });
}

Result<QList<BulkSampleRow>> VaccinatorCalls::bulkSample(BulkAction action,
                                                         const QString &scopeKind,
                                                         const QString &scopeValue,
                                                         int maxAccounts) {
    return rows(m_db.call(QStringLiteral("SELECT id, login_id, full_name, centre_name, status "
                                         "FROM console.vaccinator_bulk_sample($1, $2, $3, $4)"),
                          {bulkActionName(action), scopeKind, textOrNull(scopeValue), maxAccounts}),
                [](const PgResult &q, int i) {
                    return BulkSampleRow{q.int64(i, "id"), q.text(i, "login_id"),
                                         q.text(i, "full_name"), q.text(i, "centre_name"),
                                         q.text(i, "status")};
                });
}

Result<qint64> VaccinatorCalls::bulkBegin(BulkAction action, const QString &scopeKind,
                                          const QString &scopeValue, const QString &reason,
                                          bool sendTemporaryPassword, qint64 stepUpAttempt) {
    return firstId(m_db.call(
        QStringLiteral("SELECT console.vaccinator_bulk_begin(action => $1, scope_kind => $2, "
                       "scope_value => $3, reason => $4, send_temporary_password => $5, "
                       "step_up_attempt => $6)"),
        {bulkActionName(action), scopeKind, textOrNull(scopeValue), reason, sendTemporaryPassword,
         idOrNull(stepUpAttempt)},
        false));
}

Result<BulkProgress> VaccinatorCalls::bulkChunk(qint64 bulkId, int chunkSize) {
    // A chunk that may have run is not repeated after a dropped connection: the next call
    // continues from what the server committed.
    return answer(m_db.call(QStringLiteral("SELECT done, planned, finished, applied "
                                           "FROM console.vaccinator_bulk_chunk($1, $2)"),
                            {bulkId, chunkSize}, false),
                  &bulkProgressAt);
}

Result<BulkProgress> VaccinatorCalls::bulkCancel(qint64 bulkId) {
    return answer(m_db.call(QStringLiteral("SELECT done, planned, true AS finished, 0 AS applied "
                                           "FROM console.vaccinator_bulk_cancel($1)"),
                            {bulkId}, false),
                  &bulkProgressAt);
}

} // namespace cowin::vaccinators
