// SPDX-License-Identifier: Apache-2.0
#include "watch/BudgetsDialog.h"

#include "watch/WatchCalls.h"
#include "widgets/ReadOnlyTable.h"
#include "widgets/Style.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cowin::ui {

QString BudgetsDialog::groupName(const QString &peerGroup) {
    static const QList<std::pair<const char *, const char *>> kNames = {
        {"centre:primary_health_centre", QT_TR_NOOP("Accounts at primary health centres")},
        {"centre:community_health_centre", QT_TR_NOOP("Accounts at community health centres")},
        {"centre:district_hospital", QT_TR_NOOP("Accounts at district hospitals")},
        {"centre:private_hospital", QT_TR_NOOP("Accounts at private hospitals")},
        {"centre:outreach_camp", QT_TR_NOOP("Accounts at outreach camps")},
        {"partner:government", QT_TR_NOOP("Keys of government partners")},
        {"partner:private", QT_TR_NOOP("Keys of private partners")}};
    for (const auto &[group, name] : kNames) {
        if (peerGroup == QLatin1String(group))
            return tr(name);
    }
    return peerGroup;
}

BudgetsDialog::BudgetsDialog(db::Session *session, const login::OperatorStatus &status,
                             QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, 4, this))
    , m_perHour(new QSpinBox(this))
    , m_perDay(new QSpinBox(this))
    , m_fromPeers(new QCheckBox(tr("Dra&wn from peers (twice their busiest 1 in 100, never "
                                   "below the floor)"),
                                this))
    , m_reason(new QLineEdit(this))
    , m_errors(this, QStringLiteral("budgetError"))
    , m_saved(new QLabel(this))
    , m_save(makeButton(tr("&Save the budget"), QStringLiteral("budgetSave"), this))
    , m_action(new AuditedAction(session, &m_errors, m_save)) {
    setObjectName(QStringLiteral("budgetsDialog"));
    setWindowTitle(tr("Lookup budgets"));
    auto *intro = new QLabel(
        tr("Distinct people one account or key may look up in an hour and in a day (Indian "
           "time). A lookup of someone new past the budget is refused and raises an alert; "
           "looking up the same person again is not counted twice."),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("budgetTable"));
    m_table->setAccessibleName(tr("Budgets"));
    setUpReadOnlyTable(m_table,
                       {tr("Peer group"), tr("Budget"), tr("Peers in 14 days"), tr("Set by")},
                       {260, 170, 220});
    for (QSpinBox *box : {m_perHour, m_perDay}) {
        box->setRange(1, 100000000);
        box->setGroupSeparatorShown(true);
    }
    m_perHour->setObjectName(QStringLiteral("budgetPerHour"));
    m_perDay->setObjectName(QStringLiteral("budgetPerDay"));
    m_fromPeers->setObjectName(QStringLiteral("budgetFromPeers"));
    m_reason->setObjectName(QStringLiteral("budgetReason"));
    m_reason->setPlaceholderText(tr("Why, for the audit trail"));
    auto *form = new QFormLayout;
    form->addRow(QString(), m_fromPeers);
    m_errors.addRow(form, tr("People an &hour:"), m_perHour, QStringLiteral("people_per_hour"));
    m_errors.addRow(form, tr("People a &day:"), m_perDay, QStringLiteral("people_per_day"));
    m_errors.addRow(form, tr("&Reason:"), m_reason, QStringLiteral("reason"));
    const bool mayChange = status.may("watch_budget_set");
    for (QWidget *w : std::initializer_list<QWidget *>{m_perHour, m_perDay, m_fromPeers, m_reason})
        w->setEnabled(mayChange);
    m_save->setVisible(mayChange);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    m_saved->setObjectName(QStringLiteral("budgetSaved"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_errors.general());
    layout->addWidget(m_saved);
    layout->addWidget(buttons);
    resize(860, 480);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &BudgetsDialog::save);
    connect(m_reason, &QLineEdit::returnPressed, this, &BudgetsDialog::save);
    connect(m_fromPeers, &QCheckBox::toggled, this, [this, mayChange](bool on) {
        m_perHour->setEnabled(mayChange && !on);
        m_perDay->setEnabled(mayChange && !on);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { choose(row); });
    load();
}

void BudgetsDialog::load() {
    const int selected = m_table->currentRow();
    m_session->call(&watch::WatchCalls::budgets)
        .then(this, [this, selected](const db::Result<QList<watch::PeerBudget>> &r) {
            if (!r.isOk()) {
                m_errors.show(r.error());
                return;
            }
            m_budgets = r.value();
            const QLocale l;
            m_table->setRowCount(static_cast<int>(m_budgets.size()));
            int row = 0;
            for (const watch::PeerBudget &b : std::as_const(m_budgets)) {
                const QString peers =
                    b.medianDay ? tr("%n active, usual day %1, busiest %2", nullptr, b.peers)
                                      .arg(l.toString(*b.medianDay, 'f', 0),
                                           l.toString(b.p99Day.value_or(0), 'f', 0))
                                : tr("no history yet");
                setReadOnlyRow(
                    m_table, row++,
                    {groupName(b.peerGroup),
                     tr("%1 an hour, %2 a day").arg(l.toString(b.perHour), l.toString(b.perDay)),
                     peers, b.fromPeers ? tr("drawn from peers") : b.setBy});
            }
            if (!m_budgets.isEmpty()) {
                const int current = selected >= 0 && selected < m_budgets.size() ? selected : 0;
                m_table->setCurrentCell(current, 0);
                choose(current);
            }
        });
}

void BudgetsDialog::choose(int row) {
    m_errors.clear();
    const bool valid = row >= 0 && row < m_budgets.size();
    m_save->setEnabled(valid);
    if (!valid)
        return;
    const watch::PeerBudget &b = m_budgets.at(row);
    m_perHour->setValue(b.perHour);
    m_perDay->setValue(b.perDay);
    m_fromPeers->setChecked(b.fromPeers);
}

void BudgetsDialog::save() {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_budgets.size())
        return;
    m_saved->clear();
    const watch::PeerBudget b = m_budgets.at(row);
    m_action->run<db::Done>(
        [this, b](qint64) {
            return m_session->call(&watch::WatchCalls::setBudget, b.peerGroup, b.version,
                                   m_perHour->value(), m_perDay->value(), m_fromPeers->isChecked(),
                                   m_reason->text());
        },
        [this](const db::Done &) {
            m_reason->clear();
            m_saved->setText(tr("Saved. It applies from the next lookup."));
            load();
        });
    m_action->setReload([this](std::function<void()> done) {
        load();
        done();
    });
}

} // namespace cowin::ui
