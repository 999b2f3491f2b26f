// SPDX-License-Identifier: Apache-2.0
#include "db/PgConnection.h"

#include <QTimeZone>
#include <cstring>
#include <optional>
#include <vector>

#include <libpq-fe.h>

namespace cowin::db {

namespace {
QByteArray toParameter(const QVariant &value, bool *isNull) {
    *isNull = value.isNull();
    if (*isNull)
        return {};
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QByteArrayLiteral("t") : QByteArrayLiteral("f");
    case QMetaType::QByteArray:
        return value.toByteArray();
    case QMetaType::QStringList: {
        // A text[] literal: every element double-quoted with \ and " escaped.
        QByteArray out("{");
        const QStringList list = value.toStringList();
        for (int i = 0; i < list.size(); ++i) {
            QByteArray element = list.at(i).toUtf8();
            element.replace("\\", "\\\\").replace("\"", "\\\"");
            out += (i ? ",\"" : "\"") + element + "\"";
        }
        return out + "}";
    }
    default:
        return value.toString().toUtf8();
    }
}
} // namespace

PgResult::PgResult(pg_result *result)
    : m_result(result, PQclear) {}

int PgResult::rows() const {
    return m_result ? PQntuples(m_result.get()) : 0;
}

bool PgResult::has(int row, int column) const {
    return m_result && row >= 0 && row < PQntuples(m_result.get()) && column >= 0 &&
           column < PQnfields(m_result.get());
}

int PgResult::column(const char *name) const {
    if (!m_result)
        return -1;
    for (const auto &[known, at] : m_columnsByName)
        if (known == name)
            return at;
    const int at = PQfnumber(m_result.get(), name);
    m_columnsByName.emplace_back(name, at);
    // A name the statement does not return is a mistake in the call, found by its tests.
    if (at < 0)
        qCritical("cowin: a call reads a column its statement does not return: %s", name);
    return at;
}

// A cell that is not there reads as NULL, never as a crash.
bool PgResult::isNull(int row, int column) const {
    return !has(row, column) || PQgetisnull(m_result.get(), row, column) == 1;
}

QString PgResult::text(int row, int column) const {
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column),
                             PQgetlength(m_result.get(), row, column));
}

std::optional<QString> PgResult::optionalText(int row, int column) const {
    if (isNull(row, column))
        return std::nullopt;
    return text(row, column);
}

qint64 PgResult::int64(int row, int column) const {
    return text(row, column).toLongLong();
}

bool PgResult::boolean(int row, int column) const {
    return !isNull(row, column) && PQgetvalue(m_result.get(), row, column)[0] == 't';
}

QByteArray PgResult::bytesFromHex(int row, int column) const {
    return isNull(row, column) ? QByteArray()
                               : QByteArray::fromHex(PQgetvalue(m_result.get(), row, column));
}

QByteArrayView PgResult::bytes(int row, int column) const {
    if (isNull(row, column))
        return {};
    return {PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column)};
}

namespace {
// A row's cells as views; only an empty cell is asked whether it is NULL, since a reader of
// millions of rows pays for every call into libpq.
void readCells(const pg_result *r, int row, int columns, QByteArrayView *cells) {
    for (int c = 0; c < columns; ++c) {
        const int length = PQgetlength(r, row, c);
        cells[c] = length == 0 && PQgetisnull(r, row, c)
                       ? QByteArrayView()
                       : QByteArrayView(PQgetvalue(r, row, c), length);
    }
}
} // namespace

void PgResult::rowCells(int row, QByteArrayView *cells) const {
    readCells(m_result.get(), row, PQnfields(m_result.get()), cells);
}

int PgResult::columns() const {
    return m_result ? PQnfields(m_result.get()) : 0;
}

QStringList PgResult::textArray(int row, int column) const {
    QString raw = text(row, column);
    if (raw.size() < 2)
        return {};
    raw = raw.mid(1, raw.size() - 2);
    return raw.isEmpty() ? QStringList() : raw.split(QLatin1Char(','));
}

namespace {
// "2026-11-23 04:05:06.123456+00" read digit by digit: QDateTime::fromString costs more than
// the rest of a page's row. Anything else (a year past 9999, BC, infinity) is left to it.
std::optional<QDateTime> isoUtc(const char *t, int length) {
    const auto digits = [t](int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; ++i) {
            if (t[i] < '0' || t[i] > '9')
                return -1;
            value = value * 10 + (t[i] - '0');
        }
        return value;
    };
    if (length < 22 || t[4] != '-' || t[7] != '-' || t[10] != ' ' || t[13] != ':' || t[16] != ':' ||
        std::strcmp(t + length - 3, "+00") != 0)
        return std::nullopt;
    const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
    const int hour = digits(11, 2), minute = digits(14, 2), second = digits(17, 2);
    int millis = 0;
    const int fractionEnd = length - 3;
    if (fractionEnd > 19) {
        if (t[19] != '.' || fractionEnd - 20 < 1 || fractionEnd - 20 > 6)
            return std::nullopt;
        for (int i = 20; i < 23; ++i)
            millis = millis * 10 + (i < fractionEnd ? t[i] - '0' : 0);
        if (digits(20, fractionEnd - 20) < 0)
            return std::nullopt;
    } else if (fractionEnd != 19) {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, millis);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 ||
        !date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}
} // namespace

QDateTime PgResult::timestamp(int row, int column) const {
    if (isNull(row, column))
        return {};
    // The connection asks for ISO dates in UTC: "2026-11-23 04:05:06.123456+00".
    if (const auto quick = isoUtc(PQgetvalue(m_result.get(), row, column),
                                  PQgetlength(m_result.get(), row, column)))
        return *quick;
    QString t = text(row, column);
    if (t.endsWith(QLatin1String("+00")))
        t.chop(3);
    QDateTime parsed = QDateTime::fromString(t.left(23), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    if (!parsed.isValid())
        parsed = QDateTime::fromString(t.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    parsed.setTimeZone(QTimeZone::utc());
    return parsed;
}

PgConnection::~PgConnection() {
    close();
}

Result<Done> PgConnection::open(const ConnectionProfile &profile, const QString &user,
                                const QString &password, const QString &applicationName) {
    close();
    std::vector<QByteArray> keys;
    std::vector<QByteArray> values;
    const auto add = [&](const char *key, const QString &value) {
        if (!value.isEmpty()) {
            keys.emplace_back(key);
            values.push_back(value.toUtf8());
        }
    };
    add("host", profile.hosts);
    add("port", profile.ports);
    add("dbname", profile.database);
    add("user", user);
    // An empty password is sent as empty, never replaced by PGPASSWORD or ~/.pgpass.
    keys.emplace_back("password");
    values.push_back(password.toUtf8());
    add("application_name", applicationName);
    add("connect_timeout", QStringLiteral("10"));
    // Times stay in UTC until a view formats them (PgResult::timestamp parses this form).
    add("options", QStringLiteral("-c TimeZone=UTC -c DateStyle=ISO,YMD"));
    if (!profile.isLocalSocket()) {
        add("sslmode", profile.sslMode);
        add("sslrootcert", profile.rootCertificate);
        // A server whose machine dies sends nothing: without these an idle connection would
        // wait on it for hours instead of finding the new primary.
        add("keepalives_idle", QStringLiteral("10"));
        add("keepalives_interval", QStringLiteral("5"));
        add("keepalives_count", QStringLiteral("3"));
        add("tcp_user_timeout", QStringLiteral("30000"));
    }
    if (profile.prefersStandby)
        add("target_session_attrs", QStringLiteral("prefer-standby"));
    else if (profile.hosts.contains(QLatin1Char(',')))
        add("target_session_attrs", QStringLiteral("read-write"));

    std::vector<const char *> k;
    std::vector<const char *> v;
    for (size_t i = 0; i < keys.size(); ++i) {
        k.push_back(keys[i].constData());
        v.push_back(values[i].constData());
    }
    k.push_back(nullptr);
    v.push_back(nullptr);
    m_conn = PQconnectdbParams(k.data(), v.data(), 0);
    return finishOpen();
}

Result<Done> PgConnection::openConnectionString(const QString &dsn,
                                                const QString &applicationName) {
    close();
    const char *keys[] = {"dbname", "application_name", nullptr};
    const QByteArray dsnBytes = dsn.toUtf8();
    const QByteArray app = applicationName.toUtf8();
    const char *values[] = {dsnBytes.constData(), app.constData(), nullptr};
    m_conn = PQconnectdbParams(keys, values, 1);
    return finishOpen();
}

PgConnection::Parameters PgConnection::parameters() const {
    Parameters out;
    if (!m_conn)
        return out;
    PQconninfoOption *options = PQconninfo(m_conn);
    for (PQconninfoOption *o = options; o && o->keyword; ++o) {
        if (o->val && *o->val)
            out.emplace_back(QByteArray(o->keyword), QByteArray(o->val));
    }
    PQconninfoFree(options);
    return out;
}

Result<Done> PgConnection::openWith(const Parameters &parameters) {
    close();
    std::vector<const char *> k;
    std::vector<const char *> v;
    for (const auto &[key, value] : parameters) {
        k.push_back(key.constData());
        v.push_back(value.constData());
    }
    k.push_back(nullptr);
    v.push_back(nullptr);
    m_conn = PQconnectdbParams(k.data(), v.data(), 0);
    return finishOpen();
}

Result<Done> PgConnection::finishOpen() {
    if (m_conn && PQstatus(m_conn) == CONNECTION_OK) {
        PQsetErrorVerbosity(m_conn, PQERRORS_DEFAULT);
        // Notices ("already exists, skipping") are for interactive sessions, not for users.
        PQsetNoticeProcessor(
            m_conn, [](void *, const char *) {}, nullptr);
        return Result<Done>::ok({});
    }
    DbError error = DbError::fromConnectionFailure(
        m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)) : QString());
    close();
    return Result<Done>::fail(error);
}

bool PgConnection::isOpen() const {
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

Result<Done> PgConnection::reset() {
    if (!m_conn)
        return Result<Done>::fail(DbError::fromConnectionFailure(QString()));
    PQreset(m_conn);
    if (PQstatus(m_conn) == CONNECTION_OK)
        return Result<Done>::ok({});
    return Result<Done>::fail(
        DbError::fromConnectionFailure(QString::fromUtf8(PQerrorMessage(m_conn))));
}

void PgConnection::close() {
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
}

namespace {
// Parameters as libpq takes them: text, or a null pointer for SQL NULL.
class BoundParameters {
public:
    explicit BoundParameters(const QVariantList &params)
        : m_storage(static_cast<size_t>(params.size()))
        , m_values(static_cast<size_t>(params.size())) {
        for (int i = 0; i < params.size(); ++i) {
            bool isNull = false;
            m_storage[static_cast<size_t>(i)] = toParameter(params.at(i), &isNull);
            m_values[static_cast<size_t>(i)] =
                isNull ? nullptr : m_storage[static_cast<size_t>(i)].constData();
        }
    }
    int count() const { return static_cast<int>(m_values.size()); }
    const char *const *values() const { return m_values.data(); }

private:
    std::vector<QByteArray> m_storage;
    std::vector<const char *> m_values;
};
} // namespace

Result<PgResult> PgConnection::answerOf(pg_result *raw) const {
    PgResult result(raw);
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK)
        return Result<PgResult>::ok(result);
    if (PQstatus(m_conn) != CONNECTION_OK || !raw)
        return Result<PgResult>::fail(
            DbError::fromConnectionFailure(QString::fromUtf8(PQerrorMessage(m_conn))));
    return Result<PgResult>::fail(
        DbError::fromServer(QString::fromLatin1(PQresultErrorField(raw, PG_DIAG_SQLSTATE)),
                            QString::fromUtf8(PQresultErrorField(raw, PG_DIAG_MESSAGE_PRIMARY)),
                            QString::fromUtf8(PQresultErrorField(raw, PG_DIAG_MESSAGE_HINT))));
}

Result<PgResult> PgConnection::exec(const QString &sql, const QVariantList &params) {
    if (!m_conn)
        return Result<PgResult>::fail(DbError::fromConnectionFailure({}));
    const BoundParameters bound(params);
    const QByteArray text = sql.toUtf8();
    return answerOf(PQexecParams(m_conn, text.constData(), bound.count(), nullptr, bound.values(),
                                 nullptr, nullptr, 0));
}

Result<QList<PgResult>> PgConnection::execAll(const QList<Statement> &statements) {
    using R = Result<QList<PgResult>>;
    if (!m_conn)
        return R::fail(DbError::fromConnectionFailure({}));
    // One round trip: every statement is sent, then one sync; they run in one implicit
    // transaction, so reads see one snapshot. The first failure is the answer.
    if (PQenterPipelineMode(m_conn) != 1)
        return R::fail(DbError::fromConnectionFailure(QString::fromUtf8(PQerrorMessage(m_conn))));
    bool sent = true;
    for (const Statement &st : statements) {
        const BoundParameters bound(st.params);
        const QByteArray text = st.sql.toUtf8();
        if (PQsendQueryParams(m_conn, text.constData(), bound.count(), nullptr, bound.values(),
                              nullptr, nullptr, 0) != 1) {
            sent = false;
            break;
        }
    }
    sent = sent && PQpipelineSync(m_conn) == 1;
    QList<PgResult> answers;
    std::optional<DbError> failure;
    if (sent) {
        for (int i = 0; i < statements.size(); ++i) {
            // Each statement's result, then a null that ends it.
            Result<PgResult> answer = answerOf(PQgetResult(m_conn));
            while (PGresult *extra = PQgetResult(m_conn))
                PQclear(extra);
            if (!answer.isOk() && !failure)
                failure = answer.error();
            answers << (answer.isOk() ? answer.value() : PgResult());
        }
        // The sync's own result.
        if (PGresult *sync = PQgetResult(m_conn))
            PQclear(sync);
    }
    if (PQexitPipelineMode(m_conn) != 1 && !failure)
        failure = DbError::fromConnectionFailure(QString::fromUtf8(PQerrorMessage(m_conn)));
    if (!sent && !failure)
        failure = DbError::fromConnectionFailure(QString::fromUtf8(PQerrorMessage(m_conn)));
    return failure ? R::fail(*failure) : R::ok(answers);
}

bool PgConnection::sendForBinary(const QString &sql, const QVariantList &params) {
    if (!m_conn)
        return false;
    const BoundParameters bound(params);
    const QByteArray text = sql.toUtf8();
    return PQsendQueryParams(m_conn, text.constData(), bound.count(), nullptr, bound.values(),
                             nullptr, nullptr, 1) == 1;
}

Result<PgResult> PgConnection::takeAnswer() {
    if (!m_conn)
        return Result<PgResult>::fail(DbError::fromConnectionFailure({}));
    Result<PgResult> answer = answerOf(PQgetResult(m_conn));
    // A statement's answer ends with a null result.
    while (PGresult *extra = PQgetResult(m_conn))
        PQclear(extra);
    return answer;
}

Result<bool> PgConnection::streamCursor(const char *cursor, int batch, const RowVisitor &row) {
    using R = Result<bool>;
    if (!m_conn)
        return R::fail(DbError::fromConnectionFailure({}));
    auto lowered = exec(QStringLiteral("SET LOCAL work_mem = '64kB'"));
    if (!lowered.isOk())
        return R::fail(lowered.error());
    char *quoted = PQescapeIdentifier(m_conn, cursor, std::strlen(cursor));
    if (!quoted)
        return R::fail(DbError::fromConnectionFailure(QString::fromUtf8(PQerrorMessage(m_conn))));
    const QByteArray fetch = "FETCH FORWARD " + QByteArray::number(batch) + " FROM " + quoted;
    PQfreemem(quoted);
    if (PQenterPipelineMode(m_conn) != 1)
        return R::fail(DbError::fromConnectionFailure(QString::fromUtf8(PQerrorMessage(m_conn))));
    // A flush request after each FETCH: without a sync the server would keep its answer back.
    const auto ask = [this, &fetch] {
        return PQsendQueryParams(m_conn, fetch.constData(), 0, nullptr, nullptr, nullptr, nullptr,
                                 1) == 1 &&
               PQsendFlushRequest(m_conn) == 1 && PQflush(m_conn) == 0;
    };
    bool sent = ask() && ask();
    std::optional<DbError> failure;
    bool ended = false;
    bool stopped = false;
    std::vector<QByteArrayView> cells;
    while (sent && !ended && !stopped && !failure) {
        PQsetSingleRowMode(m_conn);
        qint64 rows = 0;
        // The FETCH's rows, then its end, then a null; a refusal ends it too.
        while (PGresult *raw = PQgetResult(m_conn)) {
            const ExecStatusType status = PQresultStatus(raw);
            if (status == PGRES_SINGLE_TUPLE || status == PGRES_TUPLES_OK) {
                // One row each in single-row mode; the end of the FETCH has none.
                const int columns = PQnfields(raw);
                cells.resize(static_cast<size_t>(columns));
                for (int r = 0; r < PQntuples(raw); ++r, ++rows) {
                    if (stopped || failure)
                        continue;
                    readCells(raw, r, columns, cells.data());
                    stopped = !row(cells.data(), columns);
                }
                PQclear(raw);
            } else {
                failure = answerOf(raw).error();
            }
        }
        ended = rows == 0;
        if (!ended && !stopped && !failure)
            sent = ask();
    }
    if (!sent && !failure)
        failure = DbError::fromConnectionFailure(QString::fromUtf8(PQerrorMessage(m_conn)));
    // The FETCH still in flight (and any the end or a stop left) are read and dropped up to a
    // sync, which also ends the pipeline's abort after a refusal.
    if (PQpipelineSync(m_conn) == 1) {
        while (PQstatus(m_conn) == CONNECTION_OK) {
            PGresult *raw = PQgetResult(m_conn);
            if (!raw)
                continue;
            const bool synced = PQresultStatus(raw) == PGRES_PIPELINE_SYNC;
            PQclear(raw);
            if (synced)
                break;
        }
    }
    if (PQexitPipelineMode(m_conn) != 1 && !failure)
        failure = DbError::fromConnectionFailure(QString::fromUtf8(PQerrorMessage(m_conn)));
    if (failure)
        return R::fail(*failure);
    return R::ok(!stopped);
}

Result<Done> PgConnection::execScript(const QString &sql) {
    if (!m_conn)
        return Result<Done>::fail(DbError::fromConnectionFailure({}));
    PGresult *raw = PQexec(m_conn, sql.toUtf8().constData());
    const PgResult holder(raw);
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return Result<Done>::ok({});
    // For the DBA running a migration, the whole message with its context is the point.
    DbError error = DbError::internal(
        QString::fromUtf8(raw ? PQresultErrorMessage(raw) : PQerrorMessage(m_conn)).trimmed());
    if (raw)
        error.sqlState = QString::fromLatin1(PQresultErrorField(raw, PG_DIAG_SQLSTATE));
    return Result<Done>::fail(error);
}

bool PgConnection::listen(const QList<const char *> &channels) {
    if (!m_conn)
        return false;
    // One round trip for every channel.
    QByteArray sql;
    for (const char *channel : channels) {
        char *quoted = PQescapeIdentifier(m_conn, channel, qstrlen(channel));
        if (!quoted)
            return false;
        sql += QByteArray("LISTEN ") + quoted + ';';
        PQfreemem(quoted);
    }
    const PgResult result(PQexec(m_conn, sql.constData()));
    return isOpen();
}

QStringList PgConnection::takeNotifications(const char *channel) {
    if (m_conn && PQconsumeInput(m_conn) != 0) {
        while (PGnotify *n = PQnotifies(m_conn)) {
            m_notifications.append({QString::fromUtf8(n->relname), QString::fromUtf8(n->extra)});
            PQfreemem(n);
        }
    }
    // Notices on other channels wait for their own reader.
    QStringList payloads;
    const QString wanted = QString::fromLatin1(channel);
    for (auto it = m_notifications.begin(); it != m_notifications.end();) {
        if (it->first == wanted) {
            payloads << it->second;
            it = m_notifications.erase(it);
        } else {
            ++it;
        }
    }
    return payloads;
}

int PgConnection::socketDescriptor() const {
    return m_conn ? PQsocket(m_conn) : -1;
}

QByteArray PgConnection::scramVerifier(const QString &user, const QString &password) const {
    if (!m_conn)
        return {};
    char *encrypted = PQencryptPasswordConn(m_conn, password.toUtf8().constData(),
                                            user.toUtf8().constData(), "scram-sha-256");
    if (!encrypted)
        return {};
    QByteArray out(encrypted);
    PQfreemem(encrypted);
    return out;
}

QString PgConnection::serverVersion() const {
    return m_conn ? QString::number(PQserverVersion(m_conn)) : QString();
}

QString PgConnection::parameterStatus(const char *name) const {
    const char *value = m_conn ? PQparameterStatus(m_conn, name) : nullptr;
    return value ? QString::fromUtf8(value) : QString();
}

QString PgConnection::user() const {
    return m_conn ? QString::fromUtf8(PQuser(m_conn)) : QString();
}

QString PgConnection::serverDescription() const {
    if (!m_conn)
        return {};
    return QStringLiteral("%1:%2/%3")
        .arg(QString::fromUtf8(PQhost(m_conn)), QString::fromUtf8(PQport(m_conn)),
             QString::fromUtf8(PQdb(m_conn)));
}

} // namespace cowin::db
