// SPDX-License-Identifier: Apache-2.0
#include "operators/LimitsDialog.h"

#include "ErrorText.h"
#include "operators/OperatorCalls.h"
#include "widgets/Style.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cowin::ui {

QString LimitsDialog::label(const operators::Limit &limit) {
    const QString &n = limit.name;
    if (n == QLatin1String("mobile_lookups_per_10_minutes"))
        return tr("Searches by mobile number per operator in 10 minutes");
    if (n == QLatin1String("reveals_per_hour"))
        return tr("Mobile numbers shown per operator in an hour");
    if (n == QLatin1String("import_check_rows_per_day"))
        return tr("Import rows checked per admin in a day");
    if (n == QLatin1String("gateway_unknown_keys_per_minute"))
        return tr("Unknown partner keys per client address in a minute, before it is blocked");
    if (n == QLatin1String("gateway_block_minutes"))
        return tr("Minutes a client address stays blocked after too many unknown keys");
    if (n == QLatin1String("watch_not_found_percent"))
        return tr("Lookup watch: share of numbers finding no one that raises an alert (percent)");
    if (n == QLatin1String("watch_out_of_state_percent"))
        return tr("Lookup watch: share of people outside the account's state that raises an "
                  "alert (percent)");
    if (n == QLatin1String("watch_night_people"))
        return tr("Lookup watch: people one account or key may look up at night before an alert");
    if (n == QLatin1String("watch_surge_factor"))
        return tr("Lookup watch: times its own usual day an account or key may look up before an "
                  "alert");
    if (n == QLatin1String("watch_alert_minimum_people"))
        return tr("Lookup watch: people in a day below which shares and rises raise no alert");
    return limit.description;
}

LimitsDialog::LimitsDialog(db::Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, 3, this))
    , m_value(new QSpinBox(this))
    , m_reason(new QLineEdit(this))
    , m_errors(this, QStringLiteral("limitError"))
    , m_saved(new QLabel(this))
    , m_save(makeButton(tr("&Save the limit"), QStringLiteral("limitSave"), this))
    , m_action(new AuditedAction(session, &m_errors, m_save)) {
    setObjectName(QStringLiteral("limitsDialog"));
    setWindowTitle(tr("Limits"));
    auto *intro = new QLabel(tr("How much personal data one operator may pull, and how many "
                                "wrong keys an address may try. Past a limit the attempt is "
                                "still recorded and refused. Every change is in the audit trail."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("limitTable"));
    m_table->setAccessibleName(tr("Limits"));
    m_table->setHorizontalHeaderLabels({tr("Limit"), tr("Value"), tr("Last changed")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Arrows choose a limit; Tab leaves the table for the value.
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_value->setObjectName(QStringLiteral("limitValue"));
    m_value->setRange(1, 1000000);
    m_value->setGroupSeparatorShown(true);
    m_reason->setObjectName(QStringLiteral("limitReason"));
    m_reason->setPlaceholderText(tr("Why, for the audit trail"));
    auto *form = new QFormLayout;
    m_errors.addRow(form, tr("&New value:"), m_value, QStringLiteral("value"));
    m_errors.addRow(form, tr("&Reason:"), m_reason, QStringLiteral("reason"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_errors.general());
    m_saved->setObjectName(QStringLiteral("limitSaved"));
    layout->addWidget(m_saved);
    layout->addWidget(buttons);
    setTabOrder(m_table, m_value);
    setTabOrder(m_value, m_reason);
    setTabOrder(m_reason, m_save);
    resize(720, 420);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &LimitsDialog::save);
    connect(m_reason, &QLineEdit::returnPressed, this, &LimitsDialog::save);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { choose(row); });
    m_save->setEnabled(false);
    load();
}

void LimitsDialog::load() {
    const QString selected = m_table->currentRow() >= 0 && m_table->currentRow() < m_limits.size()
                                 ? m_limits.at(m_table->currentRow()).name
                                 : QString();
    m_session->call(&operators::OperatorCalls::limits)
        .then(this, [this, selected](const db::Result<QList<operators::Limit>> &r) {
            if (!r.isOk()) {
                m_errors.show(r.error());
                return;
            }
            m_limits = r.value();
            m_table->setRowCount(0);
            int current = 0;
            for (const operators::Limit &l : std::as_const(m_limits)) {
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                m_table->setItem(row, 0, new QTableWidgetItem(label(l)));
                auto *value = new QTableWidgetItem(QLocale().toString(l.value));
                value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(row, 1, value);
                m_table->setItem(
                    row, 2,
                    new QTableWidgetItem(tr("%1 by %2")
                                             .arg(QLocale().toString(l.changedAt.toLocalTime(),
                                                                     QLocale::ShortFormat),
                                                  l.changedBy)));
                if (l.name == selected)
                    current = row;
            }
            if (!m_limits.isEmpty()) {
                m_table->setCurrentCell(current, 0);
                choose(current);
            }
            m_table->setFocus();
        });
}

void LimitsDialog::choose(int row) {
    m_errors.clear();
    const bool valid = row >= 0 && row < m_limits.size();
    m_save->setEnabled(valid);
    if (valid)
        m_value->setValue(m_limits.at(row).value);
}

void LimitsDialog::save() {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_limits.size())
        return;
    m_saved->clear();
    const QString name = m_limits.at(row).name;
    m_action->run<db::Done>(
        [this, name](qint64) {
            return m_session->call(&operators::OperatorCalls::setLimit, name, m_value->value(),
                                   m_reason->text());
        },
        [this](const db::Done &) {
            m_reason->clear();
            m_saved->setText(tr("Saved. It applies from now on."));
            load();
        });
}

} // namespace cowin::ui
