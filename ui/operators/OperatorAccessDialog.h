// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "operators/Operator.h"
#include "widgets/AuditedAction.h"
#include "widgets/FieldErrors.h"

#include <QDialog>
#include <QMap>
#include <QSet>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace cowin::ui {

class ShownOncePanel;

// Creates an operator, or changes one's groups and scope: username (new operators only: lower
// case letters, digits, underscore), full name, groups, and for helpdesk operators the states
// or single districts they may act in. Confirmed with a fresh one-time code (step-up). A new
// operator's password is generated here, sent only as its SCRAM verifier, and shown once with the
// enrolment code for the hand-over.
class OperatorAccessDialog : public QDialog {
    Q_OBJECT
public:
    // A new operator.
    explicit OperatorAccessDialog(db::Session *session, QWidget *parent = nullptr);
    // Another operator's groups and scope.
    OperatorAccessDialog(db::Session *session, const operators::OperatorRow &row,
                         QWidget *parent = nullptr);

    bool secretsShown() const;
    ShownOncePanel *shownOnce() const { return m_shown; }

public Q_SLOTS:
    void reject() override;
    void done(int result) override;

Q_SIGNALS:
    void saved(const QString &username);

private:
    void build();
    operators::OperatorAccess access() const;
    void submit();
    void updateScopeEnabled();
    void showDistricts();
    void countDistricts();

    db::Session *m_session;
    FieldErrors m_errors;
    bool m_creating = true;
    operators::OperatorRow m_row;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_fullName = nullptr;
    QMap<QString, QCheckBox *> m_groups;
    QWidget *m_groupBox = nullptr;
    QListWidget *m_states = nullptr;
    QWidget *m_districtBox = nullptr;
    QComboBox *m_districtState = nullptr;
    QListWidget *m_districtList = nullptr;
    QLabel *m_districtCount = nullptr;
    QSet<int> m_districts;
    quint64 m_districtGeneration = 0;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_code = nullptr;
    QPushButton *m_submit = nullptr;
    ShownOncePanel *m_shown = nullptr;
    AuditedAction *m_action = nullptr;
};

} // namespace cowin::ui
