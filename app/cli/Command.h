// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/Checkpoint.h"
#include "db/DbError.h"
#include "db/PgConnection.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <initializer_list>
#include <optional>

// cowin-admin: the DBA's and cron's command line, built from the same core as the console.
// One file per command (its name + Command.cpp); what they share is here.
namespace cowin::cli {

QTextStream &out();
QTextStream &err();
// Writes "cowin-admin: message" to stderr and returns code, the command's exit status.
int fail(const QString &message, int code = 2);
// A database error for a DBA: the schema's words and the SQLSTATE, never a password.
QString describe(const db::DbError &e);
bool connect(db::PgConnection &c, const QString &dsn);
QCommandLineOption dsnOption();
QCommandLineOption witnessOption(const QString &description);
void setUp(QCommandLineParser &p, const QString &command, const QString &description);
// Names the first required option that is missing, or returns an empty string.
QString missingOption(const QCommandLineParser &p, std::initializer_list<const char *> required);
// The auditor's key from its PEM file, created (mode 0600) when asked and missing.
std::optional<audit::AuditorKey> readKeyFile(const QString &path, bool create, QString &problem);

// Each takes the arguments with the command as the first positional one.
int runMigrate(const QStringList &args);
int runCreateOperator(const QStringList &args);
int runUnlockOperator(const QStringList &args);
int runDemoData(const QStringList &args);
int runSetScope(const QStringList &args);
int runDeliver(const QStringList &args);
int runVerifyAudit(const QStringList &args);
int runCheckpoint(const QStringList &args);
int runSeal(const QStringList &args);
int runExportAudit(const QStringList &args);
int runArchiveAudit(const QStringList &args);
int runLocalCluster(const QStringList &args);

} // namespace cowin::cli
