// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "login/SignInCalls.h"
#include "watch/WatchAlert.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;

namespace cowin::ui {

class ChangeNotice;
class LookupTimeline;

// One alert of the Watch section: who (the account with its centre and district, or the
// partner and key), what was seen, what it did today against its budget and its peers, its
// lookups over the last hours, and the actions in place: freeze or release, reset the
// password, disable the account, suspend the key or the partner, switch partner APIs off,
// dismiss. Each action asks for a reason and is one audited transaction on the server.
class WatchDetailPane : public QWidget {
    Q_OBJECT
public:
    WatchDetailPane(db::Session *session, const login::OperatorStatus &status,
                    QWidget *parent = nullptr);

    void showAlert(const std::optional<watch::WatchAlert> &alert);
    LookupTimeline *timeline() const { return m_timeline; }

Q_SIGNALS:
    // Something was done: the list reads again.
    void changed();
    void switchOffRequested();
    void openAccount(const QString &loginId);

private:
    void freezeOrRelease();
    void resetPassword();
    void disableAccount();
    void suspendKey();
    void suspendPartner();
    void dismiss();
    void readTimeline();

    db::Session *m_session;
    login::OperatorStatus m_status;
    std::optional<watch::WatchAlert> m_alert;
    quint64 m_generation = 0;
    QLabel *m_title;
    QLabel *m_facts;
    ChangeNotice *m_notice;
    LookupTimeline *m_timeline;
    QPushButton *m_freeze;
    QPushButton *m_reset;
    QPushButton *m_disable;
    QPushButton *m_suspendKey;
    QPushButton *m_suspendPartner;
    QPushButton *m_switchOff;
    QPushButton *m_open;
    QPushButton *m_dismiss;
};

} // namespace cowin::ui
