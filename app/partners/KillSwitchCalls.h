// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/SessionConnection.h"

#include <QDateTime>
#include <optional>

namespace cowin::partners {

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
    QString restoreReason;
    bool engaged() const { return level != QLatin1String("none"); }
};

// A switch-off with its restore, as the history lists it.
struct KillSwitchIncident {
    qint64 id = 0;
    QString level;
    QString sector;
    QString reason;
    QString engagedBy;
    QDateTime engagedAt;
    QString restoreRequestedBy;
    QDateTime restoreRequestedAt;
    QString restoreReason;
    QString restoredBy;
    QDateTime restoredAt; // invalid while it is in force
    int partnersCut = -1; // for the one in force: active partners it cuts; -1 otherwise
    bool inForce() const { return !restoredAt.isValid(); }
};

// What engaging would switch off.
struct KillSwitchPreview {
    int partners = 0;
    int keys = 0;
    qint64 callsLastHour = 0;
};

// A gateway daemon as the console sees it (console.gateway_status): the state it applied and,
// while a switch is in force, whether and how fast it obeyed.
struct GatewayAck {
    QString gatewayId;
    qint64 appliedVersion = 0;
    QDateTime appliedAt;
    QDateTime lastSeenAt;
    qint64 currentVersion = 0;
    std::optional<bool> obeysIncident;    // empty when no switch is in force
    std::optional<double> acknowledgedMs; // from the switch's commit to its first obeying state
};

// The emergency kill-switch (console.api_state, console.kill_switch_*). Engaging and each step
// of a restore take the attempt id of an accepted step-up code; a restore needs two different
// operators, one to request and another to approve.
class KillSwitchCalls {
public:
    explicit KillSwitchCalls(db::SessionConnection &connection)
        : m_db(connection) {}

    db::Result<ApiState> state();
    db::Result<KillSwitchPreview> preview(const QString &level, const QString &sector);
    // Returns the incident's id.
    db::Result<qint64> engage(const QString &level, const QString &sector, const QString &reason,
                              qint64 stepUpAttempt);
    db::Result<db::Done> requestRestore(qint64 incident, const QString &reason,
                                        qint64 stepUpAttempt);
    db::Result<db::Done> approveRestore(qint64 incident, qint64 stepUpAttempt);
    // The requester takes the request back; partner APIs stay off. No step-up code: it
    // weakens nothing.
    db::Result<db::Done> withdrawRestore(qint64 incident, const QString &reason);
    // The newest incidents first.
    db::Result<QList<KillSwitchIncident>> history(int maxIncidents);
    // Every gateway daemon that has said what it applied, by name.
    db::Result<QList<GatewayAck>> gateways();

private:
    db::SessionConnection &m_db;
};

} // namespace cowin::partners
