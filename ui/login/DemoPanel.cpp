// SPDX-License-Identifier: Apache-2.0
#include "login/DemoPanel.h"

#include "auth/Base32.h"
#include "auth/Totp.h"
#include "operators/OperatorTableModel.h"
#include "widgets/Style.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace cowin::ui {

DemoPanel::DemoPanel(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(this))
    , m_enrolment(new QLabel(this))
    , m_timer(new QTimer(this)) {
    setObjectName(QStringLiteral("demoPanel"));
    auto *banner = new QLabel(tr("<b>DEMO ONLY</b> — operators of the embedded demo database. "
                                 "A real console never shows passwords or codes."),
                              this);
    banner->setWordWrap(true);
    banner->setStyleSheet(QStringLiteral("background: #fff4ce; color: #5c4400; padding: 6px; "
                                         "border: 1px solid #e0c36a;"));
    m_table->setObjectName(QStringLiteral("demoOperators"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        {tr("Operator"), tr("Group"), tr("Password"), tr("Code now")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_enrolment->setObjectName(QStringLiteral("demoEnrolment"));
    m_enrolment->setWordWrap(true);
    m_enrolment->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *hint = new QLabel(tr("Double-click an operator to fill in the sign-in form."), this);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(banner);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_enrolment);
    layout->addWidget(hint);

    connect(m_timer, &QTimer::timeout, this, &DemoPanel::refreshCodes);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_operators.size())
            Q_EMIT operatorChosen(m_operators.at(row).name, m_operators.at(row).password);
    });
    m_timer->start(1000);
}

void DemoPanel::setOperators(const QList<demo::DemoOperator> &operators) {
    // Read again every few seconds: the row in hand stays selected.
    const int selected = m_table->currentRow();
    const QString selectedName =
        selected >= 0 && selected < m_operators.size() ? m_operators.at(selected).name : QString();
    m_operators = operators;
    m_table->setRowCount(static_cast<int>(operators.size()));
    for (int row = 0; row < operators.size(); ++row) {
        const demo::DemoOperator &op = operators.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(op.name));
        m_table->setItem(
            row, 1, new QTableWidgetItem(operators::OperatorTableModel::groupsText(op.groups)));
        m_table->setItem(
            row, 2,
            new QTableWidgetItem(op.passwordKnown ? op.password : tr("(given to its owner)")));
        m_table->setItem(row, 3, new QTableWidgetItem);
        if (op.name == selectedName)
            m_table->setCurrentCell(row, 0);
    }
    QStringList enrolment;
    for (const demo::DemoOperator &op : operators)
        if (!op.enrolled && !op.enrolmentCode.isEmpty())
            enrolment << tr("<b>%1</b> signs in for the first time: enrolment code <tt>%2</tt>")
                             .arg(op.name, op.enrolmentCode);
    m_enrolment->setText(withCodeFont(enrolment.join(QStringLiteral("<br/>"))));
    m_enrolment->setVisible(!enrolment.isEmpty());
    refreshCodes();
}

void DemoPanel::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        QTimer::singleShot(0, this, [this] {
            m_table->setMinimumWidth(0); // measured anew at the new size
            fitTableWidth();
        });
}

void DemoPanel::fitTableWidth() {
    // Every column in sight at any text size: the window grows instead. What the columns
    // need, not what they have: the last one stretches to the table's width.
    const QAbstractItemView *view = m_table;
    int needed = 0;
    for (int c = 0; c < m_table->columnCount(); ++c)
        needed +=
            std::max(view->sizeHintForColumn(c), m_table->horizontalHeader()->sectionSizeHint(c));
    // Only ever wider: the seconds counting down must not make the window breathe.
    m_table->setMinimumWidth(
        std::max(m_table->minimumWidth(), needed + 2 * m_table->frameWidth() +
                                              m_table->verticalScrollBar()->sizeHint().width()));
}

void DemoPanel::refreshCodes() {
    for (int row = 0; row < m_operators.size(); ++row) {
        const demo::DemoOperator &op = m_operators.at(row);
        QTableWidgetItem *item = m_table->item(row, 3);
        if (!item)
            continue;
        if (op.disabled || op.locked) {
            item->setText(op.disabled ? tr("disabled: cannot sign in")
                                      : tr("locked: an admin unlocks it"));
            continue;
        }
        if (!op.enrolled) {
            item->setText(op.enrolmentCode.isEmpty() ? tr("not enrolled yet")
                                                     : tr("not enrolled yet (see below)"));
            continue;
        }
        if (op.secretBase32.isEmpty()) {
            item->setText(tr("in its authenticator app"));
            continue;
        }
        const auth::Totp totp(auth::base32Decode(op.secretBase32).value_or(QByteArray()));
        item->setText(tr("%1  (%2 s)").arg(totp.now()).arg(totp.secondsLeft()));
    }
    fitTableWidth();
}

} // namespace cowin::ui
