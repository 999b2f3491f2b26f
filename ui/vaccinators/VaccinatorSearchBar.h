// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "vaccinators/Vaccinator.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace cowin::ui {

// The filters of the account search. Typing settles for a moment before a search starts;
// a field the server refuses shows why, under the filters, and is marked.
class VaccinatorSearchBar : public QWidget {
    Q_OBJECT
public:
    explicit VaccinatorSearchBar(db::Session *session, QWidget *parent = nullptr);

    vaccinators::VaccinatorQuery query() const;
    // Shows a refusal (CW422 names the field); an empty message clears it.
    void showProblem(const QString &field, const QString &message);
    void loadPlaces();
    // Clears the other filters and looks for one login id (a link from the audit trail).
    void showLogin(const QString &loginId);

    static constexpr int kSettleMs = 350;

Q_SIGNALS:
    void queryChanged(const cowin::vaccinators::VaccinatorQuery &query);

private:
    void wire();
    void settle();
    void emitQuery();

    db::Session *m_session;
    QLineEdit *m_name;
    QLineEdit *m_mobile;
    QLineEdit *m_login;
    QComboBox *m_state;
    QComboBox *m_district;
    QComboBox *m_centre;
    QComboBox *m_status;
    QLabel *m_problem;
    QTimer *m_settle;
    vaccinators::VaccinatorQuery m_last;
    bool m_hasLast = false;
    QPushButton *m_clear = nullptr;
};

} // namespace cowin::ui
