// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "login/SignInCalls.h"
#include "vaccinators/Vaccinator.h"

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTimer;
class QListWidget;

namespace cowin::ui {

// One account: its facts, the delivery of its one-time password, its recent audit events,
// and what this operator may do to it. Every action asks for a reason; a stale version
// (CW409) reloads the account and keeps the reason typed.
class VaccinatorDetailPane : public QWidget {
    Q_OBJECT
public:
    VaccinatorDetailPane(db::Session *session, const login::OperatorStatus &status,
                         QWidget *parent = nullptr);

    // Data of the entries in the list of recent audit events (objectName detailEvents).
    enum EventRole { EventIdRole = Qt::UserRole + 1, EventActorRole };

    void showAccount(qint64 id);
    void clear();
    qint64 accountId() const { return m_account.row.id; }
    const vaccinators::VaccinatorDetail &account() const { return m_account; }

Q_SIGNALS:
    // An action changed the account; row is what the server now says.
    void accountChanged(const cowin::vaccinators::VaccinatorRow &row);
    void accountLoaded(qint64 id);

private:
    void buildLayout();
    void wire();
    void load(qint64 id, const std::function<void()> &then = {});
    void showFacts();
    void loadDeliveries();
    void showDeliveries(const QList<vaccinators::Delivery> &deliveries);
    void loadEvents();
    void addEventsNote(const QString &text);
    void showEvents(const QList<vaccinators::AccountEvent> &events);
    static constexpr int kEventsShown = 20;
    void change(const QString &title, const QString &explanation, const QString &actionText,
                std::function<QFuture<db::Result<int>>(int version, const QString &reason)> call);
    void reveal();
    void maskAgain();
    void updateActions();

    db::Session *m_session;
    login::OperatorStatus m_status;
    vaccinators::VaccinatorDetail m_account;
    quint64 m_loadGeneration = 0;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_mobile;
    QPushButton *m_revealButton;
    QLabel *m_delivery;
    QPushButton *m_reset;
    QPushButton *m_unlock;
    QPushButton *m_disable;
    QPushButton *m_edit;
    QLabel *m_scopeNote;
    QLabel *m_message;
    QListWidget *m_events;
    QTimer *m_revealTimer;
    bool m_deliveryOpen = false; // the newest message is still on its way
    int m_revealSecondsLeft = 0;
    QString m_revealedMobile;
};

} // namespace cowin::ui
