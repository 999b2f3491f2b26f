// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "login/SignInCalls.h"
#include "main/Section.h"
#include "partners/Partner.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace cowin::partners {
class PartnerTableModel;
}

namespace cowin::ui {

class PartnerDetailPane;

// Partners & API access: the partners, filtered by name, sector and status, with the chosen
// one's details and keys beside them. It follows the server's notices (NOTIFY
// cowin_api_state) by reading again, so a key revoked from another console shows here too.
class PartnersPage : public QWidget, public Section {
    Q_OBJECT
public:
    PartnersPage(db::Session *session, const login::OperatorStatus &status,
                 QWidget *parent = nullptr);

    QWidget *widget() override { return this; }
    QString sectionName() const override { return QStringLiteral("partners"); }
    QString sectionTitle() const override;
    // Reads from the server the first time the section is shown.
    void start() override;
    bool showTarget(const QString &type, const QString &id) override;

    partners::PartnerTableModel *model() const { return m_model; }
    PartnerDetailPane *detail() const { return m_detail; }
    void selectPartner(int partnerId);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void listed(int partners);

private:
    void wire();
    partners::PartnerFilter filter() const;
    void newPartner();

    db::Session *m_session;
    bool m_mayCreate;
    bool m_started = false;
    quint64 m_generation = 0;
    int m_wanted = 0; // the partner to select once the list arrives
    QList<partners::ApiScope> m_scopes;
    partners::PartnerTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_sector;
    QComboBox *m_status;
    QPushButton *m_new;
    QLabel *m_count;
    QTableView *m_view;
    PartnerDetailPane *m_detail;
    QTimer *m_debounce;
};

} // namespace cowin::ui
