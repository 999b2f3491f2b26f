// SPDX-License-Identifier: Apache-2.0
#include "delivery/DeliveryCalls.h"

#include "db/Calls.h"

namespace cowin::delivery {

using db::PgResult;
using db::Result;
using namespace db::calls;

namespace {
QString viewName(OutboxView view) {
    switch (view) {
    case OutboxView::Problems:
        return QStringLiteral("problems");
    case OutboxView::Waiting:
        return QStringLiteral("waiting");
    case OutboxView::Recent:
        break;
    }
    return QStringLiteral("recent");
}

OutboxRow messageAt(const PgResult &q, int i) {
    OutboxRow m;
    m.id = q.int64(i, "id");
    m.account = q.int64(i, "account");
    m.loginId = q.text(i, "login_id");
    m.fullName = q.text(i, "full_name");
    m.recipientMasked = q.text(i, "recipient_masked");
    m.state = q.text(i, "state");
    m.attempts = static_cast<int>(q.int64(i, "attempts"));
    m.lastError = q.text(i, "last_error");
    m.nextAttemptAt = q.timestamp(i, "next_attempt_at");
    m.createdAt = q.timestamp(i, "created_at");
    m.finishedAt = q.timestamp(i, "finished_at");
    m.accountVersion = static_cast<int>(q.int64(i, "account_version"));
    return m;
}
} // namespace

Result<QList<OutboxRow>> DeliveryCalls::outbox(OutboxView view, qint64 beforeId, int pageSize) {
    return rows(m_db.call(QStringLiteral("SELECT id, account, login_id, full_name, "
                                         "recipient_masked, state, attempts, last_error, "
                                         "next_attempt_at, created_at, finished_at, "
                                         "account_version "
                                         "FROM console.delivery_outbox($1, $2, $3)"),
                          {viewName(view), idOrNull(beforeId), pageSize}),
                &messageAt);
}

Result<int> DeliveryCalls::problemCount() {
    return answer(m_db.call(QStringLiteral("SELECT console.delivery_problem_count()")),
                  [](const PgResult &q) { return static_cast<int>(q.int64(0, 0)); });
}

} // namespace cowin::delivery
