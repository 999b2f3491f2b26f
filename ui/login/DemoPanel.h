// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "demo/DemoData.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTimer;

namespace cowin::ui {

// Demo mode only: who the demo operators are and their current codes, clearly labelled.
// In production no secret leaves the database, so there is nothing to show.
class DemoPanel : public QWidget {
    Q_OBJECT
public:
    explicit DemoPanel(QWidget *parent = nullptr);
    void setOperators(const QList<demo::DemoOperator> &operators);

Q_SIGNALS:
    void operatorChosen(const QString &name, const QString &password);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshCodes();
    void fitTableWidth();

    QList<demo::DemoOperator> m_operators;
    QTableWidget *m_table;
    QLabel *m_enrolment;
    QTimer *m_timer;
};

} // namespace cowin::ui
