// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace cowin::partners {

// A scope a partner may be granted; personal-data scopes are the first the kill-switch cuts.
struct ApiScope {
    QString name;
    bool personalData = false;
    QString description;
};

struct PartnerFilter {
    QString nameQuery; // a substring of the name; empty for all
    QString sector;    // "government", "private" or empty for both
    QString status;    // "active", "suspended", "revoked" or empty for all
};

// One partner as the list shows it.
struct PartnerRow {
    int id = 0;
    QString name;
    QString sector;
    bool whitelisted = false;
    QString status;
    QStringList scopes;
    int activeKeys = 0;
    int keys = 0;
    qint64 callsLastDay = 0;
    qint64 denialsLastDay = 0;
    QDateTime lastUsedAt; // UTC; invalid when never
    // What the kill-switch in force cuts of it: "all", "personal_data", or empty.
    QString killSwitchCuts;
};

// What an admin types to create or edit a partner.
struct PartnerDraft {
    QString name;
    QString sector;
    bool whitelisted = true;
    QString contact;
    QStringList scopes;
    QStringList ipAllowlist; // as typed, one range per entry; the server parses them
    int rateLimitPerMinute = 600;
};

struct PartnerDetail {
    int id = 0;
    QString status;
    PartnerDraft draft;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;
};

// A key as the console may know it: its prefix, never the key or its hash.
struct ApiKeyRow {
    qint64 id = 0;
    QString displayPrefix;
    QStringList scopes;
    QString status; // active, suspended, revoked
    QDateTime createdAt;
    QString createdBy;
    QDateTime expiresAt;
    QDateTime lastUsedAt;
    QDateTime revokedAt;
    QString revokedReason;
    qint64 replacedBy = 0;
    qint64 callsLastDay = 0;

    bool expired(const QDateTime &now) const { return expiresAt.isValid() && expiresAt <= now; }
};

struct UsageHour {
    QDateTime hour; // UTC, the start of the hour
    qint64 calls = 0;
    qint64 denials = 0;
};

// A key just issued: the only time the console holds it. Whoever shows it wipes it after.
struct IssuedKey {
    qint64 keyId = 0;
    QString apiKey;
};

} // namespace cowin::partners

Q_DECLARE_METATYPE(cowin::partners::PartnerRow)
