// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditFilter.h"
#include "audit/Evidence.h"
#include "db/ChainWalk.h"
#include "db/ConnectionProfile.h"
#include "db/DbError.h"
#include "db/PgConnection.h"
#include "operators/Operator.h"
#include "partners/Partner.h"
#include "vaccinators/Vaccinator.h"

#include <QDateTime>
#include <QStringList>

namespace cowin::db {

struct OperatorStatus {
    QString operatorName;
    QString fullName;
    QStringList groups; // "admin", "helpdesk", "incident", "auditor"
    bool enrolled = false;
    bool locked = false;
    bool mustChangePassword = false;
    bool enrolmentPending = false;

    bool hasGroup(const QString &group) const { return groups.contains(group); }
};

struct Enrolment {
    QString secretBase32;
    QString otpauthUri;
};

struct OtpVerdict {
    enum class Outcome { Accepted, Wrong, Replayed, Locked };
    Outcome outcome = Outcome::Wrong;
    int attemptsLeft = 0;
    qint64 attemptId = 0;
    bool sessionOpened = false;
};

struct SessionTimes {
    int idleSecondsLeft = 0;
    int secondsLeft = 0;
};

// The partner APIs' kill-switch as every console's banner shows it.
struct ApiState {
    QString level; // "none", "personal_data", "sector", "everything"
    QString sector;
    qint64 incident = 0;
    QString engagedBy;
    QDateTime engagedAt;
    QString reason;
    QString restoreRequestedBy;
    QDateTime restoreRequestedAt;
    bool engaged() const { return level != QLatin1String("none"); }
};

struct KillSwitchPreview {
    int partners = 0;
    int keys = 0;
    qint64 callsLastHour = 0;
};

struct AuditHead {
    qint64 lastId = 0;
    QString lastHashHex;
    qint64 events = 0;
};

// Every call the console makes to the server, one method per console.* function, and the only
// place the console's SQL text lives. Synchronous: it runs on the database thread
// (ConsoleService), or directly in tests and the command line tool.
class ConsoleClient {
public:
    ConsoleClient() = default;

    Result<Done> connectAs(const ConnectionProfile &profile, const QString &user,
                           const QString &password);
    void disconnect();
    bool isConnected() const { return m_connection.isOpen(); }
    bool hasSession() const { return !m_sessionToken.isEmpty(); }
    QString user() const { return m_user; }

    Result<OperatorStatus> sessionStatus();
    Result<Enrolment> enrolBegin(const QString &enrolmentCode);
    // console.otp_submit, committed, then console.otp_outcome in a new transaction. An
    // accepted login code opens a session, which this client then presents on every call.
    Result<OtpVerdict> submitOtp(const QString &code);
    Result<QStringList> enrolConfirm(qint64 attemptId);
    Result<SessionTimes> sessionPing();
    Result<Done> changePassword(const QString &newPassword);
    Result<AuditHead> auditHead();
    // The stored chain after afterId, for verification here (auditors and admins).
    Result<QList<audit::AuditRecord>> auditChainPage(qint64 afterId, int maxEvents);
    Result<QList<audit::Checkpoint>> auditCheckpoints();
    // Recomputes every hash of the chain in this process and holds it to the stored
    // checkpoints and to heads this console remembers; progress may return false to stop.
    Result<ChainReport> verifyAuditChain(const std::function<bool(qint64)> &progress = {},
                                         const QList<audit::Checkpoint> &remembered = {});
    Result<Done> logout();

    // Browsing and exporting the audit trail (ConsoleClientAudit.cpp). A page below beforeId
    // (newest first) or above afterId (oldest first); neither: the newest.
    Result<QList<audit::AuditEvent>> searchAudit(const audit::AuditQuery &query, qint64 beforeId,
                                                 qint64 afterId, int pageSize);
    // bucket: "minute", "hour" or "day" of this computer's time zone.
    Result<QList<audit::ActivityBar>> auditActivity(const audit::AuditQuery &query,
                                                    const QDateTime &from, const QDateTime &to,
                                                    const QString &bucket);
    // Records the export (filter and reason) before its first row, then waits (on the server,
    // up to 10 s) for the sealer to chain that record: it is the head that bounds the export.
    Result<audit::ExportStart> beginAuditExport(const QJsonObject &filter, const QString &reason);
    // How far the sealer has got, and how long the newest events have waited.
    Result<audit::SealStatus> auditSealStatus();
    Result<qint64> recordCheckpoint(const audit::Checkpoint &checkpoint);
    // The whole export: recorded first, then the events up to that record written page by
    // page into folder with the stored checkpoints, signed when key is given.
    Result<audit::EvidenceSummary> exportAuditEvidence(const audit::AuditQuery &query,
                                                       const QString &folder, const QString &reason,
                                                       const audit::AuditorKey *key,
                                                       const std::function<bool(qint64)> &progress);

    // Vaccinator accounts (ConsoleClientVaccinators.cpp). A query with a mobile number first
    // records the lookup (committed, audited), then searches by it.
    Result<QList<vaccinators::VaccinatorRow>>
    searchVaccinators(const vaccinators::VaccinatorQuery &query,
                      const vaccinators::PageRequest &page);
    Result<vaccinators::MatchCount> countVaccinators(const vaccinators::VaccinatorQuery &query,
                                                     int cap);
    Result<QList<vaccinators::Place>> vaccinatorPlaces(const QString &kind, const QString &parent);
    Result<vaccinators::VaccinatorDetail> vaccinatorDetail(qint64 id);
    Result<QList<vaccinators::AccountEvent>> vaccinatorEvents(qint64 id, int maxEvents);
    Result<QList<vaccinators::Delivery>> vaccinatorDeliveries(qint64 id);
    // Records the reveal with its reason and commits it; only then asks for the number.
    Result<vaccinators::RevealedMobile> revealMobile(qint64 id, const QString &reason);
    // Each returns the account's new version.
    Result<int> forceReset(qint64 id, int version, const QString &reason);
    Result<int> unlockVaccinator(qint64 id, int version, const QString &reason);
    Result<int> setVaccinatorDisabled(qint64 id, int version, bool disabled, const QString &reason);
    Result<qint64> createVaccinator(const vaccinators::VaccinatorDraft &draft,
                                    const QString &reason);
    Result<int> updateVaccinator(qint64 id, int version, const vaccinators::VaccinatorDraft &draft,
                                 const QString &reason);
    // Records a check of an import (committed, audited, budgeted), then asks for its problems;
    // none means it can be imported.
    Result<vaccinators::ImportCheck> checkImport(const QList<vaccinators::ImportRow> &rows);
    // Imports exactly the rows of that check, all or nothing; returns how many accounts.
    Result<int> importVaccinators(qint64 checkId, const QString &reason);
    // The audit record of an export, written before its first row.
    Result<qint64> recordExport(const QString &filterDescription, qint64 accounts);
    Result<vaccinators::BulkPreview> bulkResetPreview(const QString &scopeKind,
                                                      const QString &scopeValue);
    // stepUpAttempt: the attempt id of an accepted step-up code (submitOtp with a session).
    Result<qint64> bulkResetBegin(const QString &scopeKind, const QString &scopeValue,
                                  const QString &reason, bool sendTemporaryPassword,
                                  qint64 stepUpAttempt);
    // One chunk, in its own transaction.
    Result<vaccinators::BulkProgress> bulkResetChunk(qint64 bulkId, int chunkSize);
    Result<vaccinators::BulkProgress> bulkResetCancel(qint64 bulkId);

    // Whether the server said, since the last call, that this client's session was revoked.
    // Only a prompt to ask again (sessionPing): anyone can send a notification.
    bool takeSessionRevokedNotice();
    // Partner APIs and the kill-switch (ConsoleClientPartners.cpp). Engaging and each step of
    // a restore take the attempt id of an accepted step-up code (submitOtp with a session).
    Result<ApiState> apiState();
    Result<KillSwitchPreview> killSwitchPreview(const QString &level, const QString &sector);
    Result<qint64> killSwitchEngage(const QString &level, const QString &sector,
                                    const QString &reason, qint64 stepUpAttempt);
    Result<Done> killSwitchRestoreRequest(qint64 incident, const QString &reason,
                                          qint64 stepUpAttempt);
    Result<Done> killSwitchRestoreApprove(qint64 incident, qint64 stepUpAttempt);
    Result<QList<partners::ApiScope>> apiScopes();
    Result<QList<partners::PartnerRow>> partners(const partners::PartnerFilter &filter);
    Result<partners::PartnerDetail> partnerDetail(int partner);
    Result<QList<partners::ApiKeyRow>> partnerKeys(int partner);
    Result<QList<partners::UsageHour>> partnerUsage(int partner);
    // Each returns the partner's id or new version.
    Result<int> createPartner(const partners::PartnerDraft &draft, const QString &reason);
    Result<int> updatePartner(int partner, int version, const partners::PartnerDraft &draft,
                              const QString &reason);
    Result<int> setPartnerStatus(int partner, int version, const QString &status,
                                 const QString &reason);
    // The key comes back this once; the caller shows it and wipes it.
    Result<partners::IssuedKey> issueApiKey(int partner, const QStringList &scopes,
                                            const QDateTime &expiresAt, const QString &reason);
    // graceHours 0 revokes the old key at once.
    Result<partners::IssuedKey> rotateApiKey(qint64 key, int graceHours, const QDateTime &expiresAt,
                                             const QString &reason);
    Result<Done> setApiKeySuspended(qint64 key, bool suspended, const QString &reason);
    Result<Done> revokeApiKey(qint64 key, const QString &reason);
    // Operators (ConsoleClientOperators.cpp), for ministry admins. Creating one sends only the
    // SCRAM verifier of the generated password and returns the enrolment code.
    Result<QList<operators::OperatorRow>> operators();
    Result<QString> createOperator(const QString &username, const QString &fullName,
                                   const operators::OperatorAccess &access, const QString &password,
                                   const QString &reason, qint64 stepUpAttempt);
    Result<Done> setOperatorAccess(const QString &username, const operators::OperatorAccess &access,
                                   const QString &reason, qint64 stepUpAttempt);
    // Returns the new enrolment code.
    Result<QString> resetAuthenticator(const QString &username, const QString &reason);
    Result<Done> unlockOperator(const QString &username, const QString &reason);
    // Each returns how many connections or sessions it ended.
    Result<int> setOperatorDisabled(const QString &username, bool disabled, const QString &reason);
    Result<int> forceLogout(const QString &username, const QString &reason);
    // The budgets admins set, and setting one (audited with before and after).
    Result<QList<operators::Limit>> limits();
    Result<Done> setLimit(const QString &name, int value, const QString &reason);
    // Whether the server said, since the last call, that partner API access changed. Only a
    // prompt to ask again (apiState).
    bool takeApiStateNotice();
    // Whether events were appended to the audit trail since the last call.
    bool takeAuditNotice();

    // Whether the server said, since the last call, that a delivery state changed. Only a
    // prompt to read the deliveries again; it names nothing.
    bool takeOutboxNotice();
    int socketDescriptor() const { return m_connection.socketDescriptor(); }

    // For tests that play an attacker: the raw connection of this operator.
    PgConnection &connection() { return m_connection; }

private:
    Result<PgResult> call(const QString &sql, const QVariantList &params = {},
                          bool safeToRetry = true);
    Result<Done> presentSession();
    void listenForNotices();

    PgConnection m_connection;
    QString m_sessionToken;
    QString m_user;
};

} // namespace cowin::db
