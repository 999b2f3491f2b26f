// SPDX-License-Identifier: Apache-2.0
#include "delivery/DeliveriesPage.h"

#include "ErrorText.h"
#include "delivery/DeliveryCalls.h"
#include "delivery/OutboxTableModel.h"
#include "vaccinators/VaccinatorCalls.h"
#include "widgets/ChangeNotice.h"
#include "widgets/ReasonDialog.h"
#include "widgets/StateStyleProxy.h"
#include "widgets/Style.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cowin::ui {

using delivery::DeliveryCalls;
using delivery::OutboxRow;
using delivery::OutboxTableModel;
using delivery::OutboxView;

DeliveriesPage::DeliveriesPage(db::Session *session, const login::OperatorStatus &status,
                               QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_mayReset(status.may("vaccinator_force_reset"))
    , m_model(new OutboxTableModel(this))
    , m_view(new QTableView(this))
    , m_shown(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_notice(new ChangeNotice(QStringLiteral("deliveriesNotice"), this))
    , m_resend(
          makeButton(tr("Se&nd a new one-time password…"), QStringLiteral("resendPassword"), this))
    , m_open(makeButton(tr("&Open the account"), QStringLiteral("openDeliveryAccount"), this))
    , m_older(makeButton(tr("Show ol&der"), QStringLiteral("olderDeliveries"), this))
    , m_debounce(new QTimer(this)) {
    auto *heading = new QLabel(tr("<h1>Deliveries</h1>"), this);
    auto *intro = new QLabel(
        tr("One-time passwords on their way to vaccinators' registered mobiles. A message the "
           "SMS gateway refused five times is given up; check the number with the account's "
           "owner, then send a new one. No one sees a password here."),
        this);
    intro->setWordWrap(true);
    m_shown->setObjectName(QStringLiteral("deliveriesShown"));
    m_shown->addItem(tr("To follow up: given up or failing"),
                     static_cast<int>(OutboxView::Problems));
    m_shown->addItem(tr("Waiting to be sent"), static_cast<int>(OutboxView::Waiting));
    m_shown->addItem(tr("Everything of the last day"), static_cast<int>(OutboxView::Recent));
    auto *shownLabel = new QLabel(tr("Sho&w:"), this);
    shownLabel->setBuddy(m_shown);
    m_count->setObjectName(QStringLiteral("deliveriesCount"));

    auto *proxy =
        new StateStyleProxy(OutboxTableModel::StateRole, OutboxTableModel::State,
                            {QStringLiteral("problem")}, {QStringLiteral("superseded")}, this);
    proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("deliveriesTable"));
    m_view->setAccessibleName(tr("One-time password messages"));
    m_view->setModel(proxy);
    setUpRecordTable(m_view);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (const auto &[column, width] :
         {std::pair{OutboxTableModel::Created, 130}, std::pair{OutboxTableModel::Account, 240},
          std::pair{OutboxTableModel::Recipient, 100}, std::pair{OutboxTableModel::State, 220},
          std::pair{OutboxTableModel::Attempts, 70}})
        m_view->setColumnWidth(column, width);
    m_resend->setVisible(m_mayReset);
    m_resend->setToolTip(tr("Resets the account's password again: the server makes a new "
                            "one-time password and sends it to the registered mobile."));

    auto *bar = new QHBoxLayout;
    bar->addWidget(shownLabel);
    bar->addWidget(m_shown);
    bar->addWidget(m_count, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_resend);
    actions->addWidget(m_open);
    actions->addStretch();
    actions->addWidget(m_older);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(1000);
    wire();
    // The count on the section's entry is wanted before the section is opened.
    QTimer::singleShot(0, this, &DeliveriesPage::countProblems);
}

QString DeliveriesPage::sectionTitle() const {
    return tr("Deliveries");
}

void DeliveriesPage::wire() {
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeliveriesPage::showSelected);
    connect(m_shown, &QComboBox::currentIndexChanged, this, &DeliveriesPage::refresh);
    connect(m_resend, &QPushButton::clicked, this, &DeliveriesPage::resend);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const OutboxRow *m = selected())
            Q_EMIT openAccount(m->loginId);
    });
    connect(m_older, &QPushButton::clicked, this, &DeliveriesPage::loadOlder);
    connect(m_view, &QTableView::doubleClicked, m_open, &QPushButton::click);
    // The worker reports as it goes: read again once a burst of reports has settled.
    connect(m_session, &db::Session::outboxChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] {
        countProblems();
        if (m_started)
            refresh();
    });
    showSelected();
}

void DeliveriesPage::start() {
    if (m_started)
        return;
    m_started = true;
    refresh();
}

void DeliveriesPage::setView(OutboxView view) {
    m_shown->setCurrentIndex(m_shown->findData(static_cast<int>(view)));
}

void DeliveriesPage::countProblems() {
    m_session->call(&DeliveryCalls::problemCount).then(this, [this](const db::Result<int> &r) {
        if (!r.isOk())
            return;
        m_problems = r.value();
        Q_EMIT problemsCounted(m_problems);
    });
}

void DeliveriesPage::refresh() {
    const quint64 generation = ++m_generation;
    const auto view = static_cast<OutboxView>(m_shown->currentData().toInt());
    const qint64 kept = selected() ? selected()->id : 0;
    m_count->setText(tr("Reading…"));
    m_session->call(&DeliveryCalls::outbox, view, qint64(0), kPageSize)
        .then(this, [this, generation, kept](const db::Result<QList<OutboxRow>> &r) {
            if (generation != m_generation)
                return;
            if (!r.isOk()) {
                m_count->setText(errorText(r.error()));
                return;
            }
            m_model->setMessages(r.value());
            m_older->setEnabled(r.value().size() == kPageSize);
            const int n = static_cast<int>(r.value().size());
            if (static_cast<OutboxView>(m_shown->currentData().toInt()) == OutboxView::Problems)
                m_count->setText(n == 0 ? tr("Nothing to follow up: every message was "
                                             "delivered, or is on its way.")
                                        : tr("%n message(s) to follow up.", nullptr, n));
            else
                m_count->setText(tr("%n message(s).", nullptr, n));
            if (const int row = m_model->rowOf(kept); row >= 0)
                selectWholeRow(m_view, row);
            showSelected();
            Q_EMIT listed(n);
        });
}

void DeliveriesPage::loadOlder() {
    if (m_model->messages().isEmpty())
        return;
    const quint64 generation = ++m_generation;
    const auto view = static_cast<OutboxView>(m_shown->currentData().toInt());
    m_session->call(&DeliveryCalls::outbox, view, m_model->messages().last().id, kPageSize)
        .then(this, [this, generation](const db::Result<QList<OutboxRow>> &r) {
            if (generation != m_generation || !r.isOk())
                return;
            m_model->setMessages(m_model->messages() + r.value());
            m_older->setEnabled(r.value().size() == kPageSize);
            m_count->setText(
                tr("%n message(s).", nullptr, static_cast<int>(m_model->messages().size())));
        });
}

const OutboxRow *DeliveriesPage::selected() const {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.row() >= m_model->messages().size())
        return nullptr;
    return &m_model->messages().at(current.row());
}

void DeliveriesPage::showSelected() {
    const OutboxRow *m = selected();
    m_open->setEnabled(m != nullptr);
    // A message still on its way needs no second one; one given up, failing, withdrawn or
    // delivered long ago may.
    m_resend->setEnabled(m && m->state != QLatin1String("sending") &&
                         !(m->state == QLatin1String("pending") && m->attempts == 0));
}

void DeliveriesPage::resend() {
    const OutboxRow *m = selected();
    if (!m)
        return;
    const qint64 account = m->account;
    const int version = m->accountVersion;
    const QString who = m->loginId;
    auto *dialog = ReasonDialog::ask<int>(
        this, m_session, tr("Send a new one-time password to %1").arg(who),
        tr("<b>%1</b> (%2) gets a new one-time password at %3, and must choose a new password "
           "at the next login. Check the number with them first: a wrong number fails again.")
            .arg(who.toHtmlEscaped(), m->fullName.toHtmlEscaped(), m->recipientMasked),
        tr("Send new password"),
        [this, account, version](const QString &reason) {
            return m_session->call(&vaccinators::VaccinatorCalls::forceReset, account, version,
                                   reason);
        },
        [this, who](int) {
            m_notice->say(tr("A new one-time password for %1 is on its way.").arg(who));
            countProblems();
            refresh();
        });
    dialog->setExample(tr("number confirmed with the vaccinator by phone"));
    dialog->setReload([this](std::function<void()> done) {
        refresh();
        done();
    });
}

} // namespace cowin::ui
