// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "login/SignInCalls.h"
#include "partners/Partner.h"

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace cowin::partners {
class ApiKeyTableModel;
}

namespace cowin::ui {

class ChangeNotice;

class UsageChart;

// One partner: its facts, scopes and allowlist, calls per hour for the last day, and its keys,
// with what the operator's groups allow: edit, issue and rotate (admins); suspend, resume and
// revoke partners and keys (admins and incident commanders).
class PartnerDetailPane : public QWidget {
    Q_OBJECT
public:
    PartnerDetailPane(db::Session *session, const login::OperatorStatus &status,
                      QWidget *parent = nullptr);

    void setScopes(const QList<partners::ApiScope> &scopes) { m_scopes = scopes; }
    void showPartner(int partnerId);
    void clear();
    // Reads the shown partner and its keys again (after a change here or a notice from the
    // server); then, once the partner shows.
    void reload(std::function<void()> then = {});
    int partnerId() const { return m_detail.id; }
    const partners::PartnerDetail &detail() const { return m_detail; }

Q_SIGNALS:
    // Something here changed the partner or its keys: the list reads again.
    void changed(int partnerId);
    void loaded(int partnerId);

private:
    void wire();
    void display(const partners::PartnerDetail &detail);
    void updateKeyButtons();
    const partners::ApiKeyRow *selectedKey() const;
    void editPartner();
    void setPartnerStatus(const QString &status);
    void issueKey();
    void rotateKey();
    void setKeySuspended(bool suspended);
    void revokeKey();
    // A change made here went through: say so, read the partner again and tell the list.
    void changedHere(const QString &said);
    void report(const db::DbError &error);

    db::Session *m_session;
    login::OperatorStatus m_status;
    QList<partners::ApiScope> m_scopes;
    partners::PartnerDetail m_detail;
    quint64 m_generation = 0;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_message;
    ChangeNotice *m_notice; // what the last change did
    QPushButton *m_edit;
    QPushButton *m_suspend;
    QPushButton *m_resume;
    QPushButton *m_revoke;
    UsageChart *m_chart;
    partners::ApiKeyTableModel *m_keys;
    QTableView *m_keyView;
    QPushButton *m_issue;
    QPushButton *m_rotate;
    QPushButton *m_keySuspend;
    QPushButton *m_keyResume;
    QPushButton *m_keyRevoke;
};

} // namespace cowin::ui
