// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConnectionProfile.h"
#include "db/DbError.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

struct pg_conn;
struct pg_result;

namespace cowin::db {

// One query result; owns the PGresult.
class PgResult {
public:
    PgResult() = default;
    explicit PgResult(pg_result *result);

    int rows() const;
    bool has(int row, int column) const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    std::optional<QString> optionalText(int row, int column) const;
    qint64 int64(int row, int column) const;
    QDateTime timestamp(int row, int column) const; // UTC; invalid for NULL
    bool boolean(int row, int column) const;
    QByteArray bytesFromHex(int row, int column) const; // for bytea sent as encode(..., 'hex')
    QStringList textArray(int row, int column) const;   // a one-dimensional text[] of plain words
    // The cell as libpq holds it (binary answers: the type's send format), without a copy; the
    // view lives as long as this result.
    QByteArrayView bytes(int row, int column) const;
    // Every cell of a row at once, for a reader of millions of rows: NULL is a null view.
    // The row must exist and cells hold columns() views.
    void rowCells(int row, QByteArrayView *cells) const;
    int columns() const;

    // The same, by the column's name as the statement returns it: calls read their answers by
    // name, so a function's columns may be reordered or added to.
    int column(const char *name) const;
    bool isNull(int row, const char *name) const { return isNull(row, column(name)); }
    QString text(int row, const char *name) const { return text(row, column(name)); }
    std::optional<QString> optionalText(int row, const char *name) const {
        return optionalText(row, column(name));
    }
    qint64 int64(int row, const char *name) const { return int64(row, column(name)); }
    QDateTime timestamp(int row, const char *name) const { return timestamp(row, column(name)); }
    bool boolean(int row, const char *name) const { return boolean(row, column(name)); }
    QByteArray bytesFromHex(int row, const char *name) const {
        return bytesFromHex(row, column(name));
    }
    QStringList textArray(int row, const char *name) const { return textArray(row, column(name)); }

private:
    std::shared_ptr<pg_result> m_result;
    // Columns found by name so far: a page reads the same dozen names once a row, and libpq
    // copies and lower-cases a name on every lookup.
    mutable std::vector<std::pair<std::string, int>> m_columnsByName;
};

// A libpq connection. Queries use PQexecParams, so every value travels as a protocol-level
// parameter: it never becomes SQL text, and log_parameter_max_length = 0 keeps it out of
// the server log. (Qt's QPSQL driver interpolates "bound" values into EXECUTE statements.)
class PgConnection {
public:
    PgConnection() = default;
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    Result<Done> open(const ConnectionProfile &profile, const QString &user,
                      const QString &password, const QString &applicationName);
    // A libpq connection string as given to cowin-admin; the password comes from the
    // environment or ~/.pgpass as libpq reads them.
    Result<Done> openConnectionString(const QString &dsn, const QString &applicationName);
    // What this connection was opened with (libpq's own record of it, password included), for
    // a second connection of the same login that must not need the password again. Stays in
    // memory only as long as the caller holds it.
    using Parameters = std::vector<std::pair<QByteArray, QByteArray>>;
    Parameters parameters() const;
    Result<Done> openWith(const Parameters &parameters);
    bool isOpen() const;
    // Reconnects with the same parameters; a refusal is classified like a failed login.
    Result<Done> reset();
    void close();

    Result<PgResult> exec(const QString &sql, const QVariantList &params = {});
    // Several statements in one round trip (libpq pipeline mode), in one implicit
    // transaction; the first one refused is the answer.
    struct Statement {
        QString sql;
        QVariantList params;
    };
    Result<QList<PgResult>> execAll(const QList<Statement> &statements);
    // A statement sent without waiting for its answer, which comes in binary: the next batch of
    // a stream is asked for before this side works on the last. takeAnswer() waits for it;
    // readAvailable() meanwhile moves what has arrived into libpq's buffer, so a long answer
    // keeps flowing while this side is busy.
    bool sendForBinary(const QString &sql, const QVariantList &params = {});
    Result<PgResult> takeAnswer();
    // A cursor opened in this transaction, read to its end or until row() returns false. It is
    // fetched `batch` rows at a time in binary with two FETCHes always in flight, so the server
    // never waits for this side, and each answer is taken row by row (libpq single-row mode),
    // so no batch is held whole here. The rest of the transaction runs with work_mem lowered to
    // 64 kB: the server keeps each FETCH's rows in a store that, larger, takes fresh memory from
    // the system for every batch and gives it back. row() sees the row's cells (NULL as a null
    // view, valid during the call) and their count. ok(true) at the end, ok(false) if stopped.
    using RowVisitor = std::function<bool(const QByteArrayView *cells, int columns)>;
    Result<bool> streamCursor(const char *cursor, int batch, const RowVisitor &row);
    // For migrations only: a script of several statements, no parameters.
    Result<Done> execScript(const QString &sql);

    // LISTEN on channels named by the code (never by input), in one round trip.
    bool listen(const QList<const char *> &channels);
    // Reads what the server sent and returns the payloads of notifications on channel; those
    // on other channels are kept for their own call.
    QStringList takeNotifications(const char *channel);
    int socketDescriptor() const;

    // SCRAM-SHA-256 verifier computed here, so a new password never travels in clear.
    QByteArray scramVerifier(const QString &user, const QString &password) const;
    QString serverVersion() const;
    // A parameter the server reported (server_version, TimeZone, …); empty when unknown.
    QString parameterStatus(const char *name) const;
    // The role signed in, and "host:port/database" for records of where something came from.
    QString user() const;
    QString serverDescription() const;
    pg_conn *handle() const { return m_conn; }

private:
    Result<Done> finishOpen();
    Result<PgResult> answerOf(pg_result *raw) const;
    pg_conn *m_conn = nullptr;
    QList<QPair<QString, QString>> m_notifications; // (channel, payload) read, not yet taken
};

} // namespace cowin::db
