// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditFilter.h"
#include "db/Session.h"
#include "login/SignInCalls.h"
#include "main/Section.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace cowin::audit {
class AuditEventModel;
}

namespace cowin::ui {

class AuditorKeyPanel;
class AuditVerifyPanel;
class FieldErrors;
class StackedTimeBars;

// The audit trail: filters that combine (and can be saved under a name), the events newest
// first in a keyset window that scrolls through millions, live mode, one event in full, the
// activity of the filter over time, verification in this console, evidence export and the
// auditor's signing key. Auditors and admins see every event; other operators their own.
class AuditPage : public QWidget, public Section {
    Q_OBJECT
public:
    AuditPage(db::Session *session, const login::OperatorStatus &status, const QString &server,
              QWidget *parent = nullptr);

    QWidget *widget() override { return this; }
    QString sectionName() const override { return QStringLiteral("audit"); }
    QString sectionTitle() const override;
    // Reads from the server the first time the section is shown.
    void start() override;

    audit::AuditEventModel *model() const { return m_model; }
    AuditVerifyPanel *verifyPanel() const { return m_verify; }
    QTableView *view() const { return m_view; }
    audit::AuditFilter filter() const;
    // Fills the fields with filter and searches.
    void setFilter(const audit::AuditFilter &filter);
    void openEvent(int row);
    void exportEvidence();

public Q_SLOTS:
    void search();

Q_SIGNALS:
    // An event's link to the account, partner or operator it was about.
    void openTarget(const QString &type, const QString &id);
    void activityShown(int bars, qint64 events, qint64 failures);

private:
    void buildLayout();
    void wire();
    QWidget *buildFilters();
    QWidget *buildSavedSearches();
    void refreshActivity();
    void reloadSavedNames(const QString &current = {});
    void updateStatus();

    db::Session *m_session;
    login::OperatorStatus m_status;
    QString m_server;
    bool m_seesAll;
    bool m_started = false;
    audit::AuditEventModel *m_model;
    FieldErrors *m_errors = nullptr;
    QComboBox *m_span = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLineEdit *m_actor = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_outcome = nullptr;
    QComboBox *m_targetType = nullptr;
    QLineEdit *m_targetId = nullptr;
    QLineEdit *m_client = nullptr;
    QLineEdit *m_words = nullptr;
    QComboBox *m_saved = nullptr;
    QPushButton *m_deleteSaved = nullptr;
    QTableView *m_view;
    QCheckBox *m_live;
    QLabel *m_statusLabel;
    QPushButton *m_newAbove;
    QPushButton *m_open;
    QPushButton *m_export = nullptr;
    QTabWidget *m_tabs;
    StackedTimeBars *m_chart;
    AuditVerifyPanel *m_verify = nullptr;
    AuditorKeyPanel *m_keyPanel = nullptr;
    QTimer *m_activityTimer;
    quint64 m_activityGeneration = 0;
    int m_newRows = 0;
};

} // namespace cowin::ui
