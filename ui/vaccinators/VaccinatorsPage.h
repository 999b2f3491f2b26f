// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "login/SignInCalls.h"
#include "main/Section.h"
#include "vaccinators/VaccinatorListModel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace cowin::ui {

class ChangeNotice;

class VaccinatorDetailPane;
class VaccinatorSearchBar;

// The Vaccinators section: find accounts among a million, see one, act on it.
class VaccinatorsPage : public QWidget, public Section {
    Q_OBJECT
public:
    VaccinatorsPage(db::Session *session, const login::OperatorStatus &status,
                    QWidget *parent = nullptr);

    QWidget *widget() override { return this; }
    QString sectionName() const override { return QStringLiteral("vaccinators"); }
    QString sectionTitle() const override;
    // Reads from the server the first time the section is shown.
    void start() override;
    bool showTarget(const QString &type, const QString &id) override;

    vaccinators::VaccinatorListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    VaccinatorSearchBar *searchBar() const { return m_search; }
    VaccinatorDetailPane *detail() const { return m_detail; }

public Q_SLOTS:
    // Writes what the current search finds to path (the Export button asks where).
    void exportTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildTable();
    void buildLayout();
    void fitRowHeight();
    void wire();
    void search(const vaccinators::VaccinatorQuery &query);
    void updateCount();
    void updatePosition();
    void showColumnMenu(const QPoint &at);
    void saveColumns() const;
    void restoreColumns();
    void openBulkReset();
    void openNewAccount();
    void openImport();

    db::Session *m_session;
    login::OperatorStatus m_status;
    bool m_started = false;
    vaccinators::VaccinatorListModel *m_model;
    VaccinatorSearchBar *m_search;
    QTableView *m_table;
    VaccinatorDetailPane *m_detail;
    QLabel *m_count;
    QLabel *m_position;
    QPushButton *m_bulk;
    QPushButton *m_create;
    QPushButton *m_import;
    QPushButton *m_export;
    ChangeNotice *m_notice; // what the last change did, and what comes next
    vaccinators::MatchCount m_matches;
    bool m_countKnown = false;
    quint64 m_countGeneration = 0;
};

} // namespace cowin::ui
