// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ConnectionProfile.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace cowin::demo {

// What the demo's Watch section watches: a vaccinator portal simulator. Hundreds of accounts
// look people up at a human pace and say what each lookup found; one account (a stolen login)
// walks through numbers, and one partner key calls the partner API edge (nginx and
// cowin-gatewayd) walking through numbers too, one of which is a planted canary. Within a
// minute the console shows real alerts: the account over its budget with most numbers finding
// no one, the key frozen by the canary. Runs on a thread of its own.
struct PortalTraffic {
    db::ConnectionProfile profile;
    QString login; // a member of cowin_portal, made for this run
    QString password;
    QStringList accounts;  // login ids of accounts that behave
    QStringList states;    // each one's state code
    QString botAccount;    // the account a bot uses
    QString botKey;        // the partner key a bot uses (in memory only)
    QString botKeyAddress; // an address in that partner's allowlist
    QUrl edge;             // the partner API through nginx, or cowin-gatewayd itself
    bool edgeIsDaemon = false;
};

class DemoPortal : public QObject {
    Q_OBJECT
public:
    static constexpr int kNormalIntervalMs = 1000;
    static constexpr int kBotIntervalMs = 400;
    static constexpr int kBotStartMs = 15000;
    // The canary the partner key's walk reaches (planted by the demo data).
    static constexpr qint64 kKeyWalkStart = 7000100000;
    static constexpr qint64 kAccountWalkStart = 8000200000;

    explicit DemoPortal(PortalTraffic traffic, QObject *parent = nullptr);
    ~DemoPortal() override;

private:
    QThread m_thread;
};

} // namespace cowin::demo
