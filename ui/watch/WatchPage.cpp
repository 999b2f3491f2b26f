// SPDX-License-Identifier: Apache-2.0
#include "watch/WatchPage.h"

#include "ErrorText.h"
#include "watch/BudgetsDialog.h"
#include "watch/CanariesDialog.h"
#include "watch/WatchAlertModel.h"
#include "watch/WatchCalls.h"
#include "watch/WatchDetailPane.h"
#include "watch/WhoLookedUpDialog.h"
#include "widgets/DetailScrollArea.h"
#include "widgets/StateStyleProxy.h"
#include "widgets/Style.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cowin::ui {

using watch::WatchAlert;
using watch::WatchAlertModel;
using watch::WatchCalls;

WatchPage::WatchPage(db::Session *session, const login::OperatorStatus &status, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(status)
    , m_model(new WatchAlertModel(this))
    , m_view(new QTableView(this))
    , m_detail(new WatchDetailPane(session, status, this))
    , m_count(new QLabel(this))
    , m_who(makeButton(tr("Who looked &up a number…"), QStringLiteral("whoLookedUp"), this))
    , m_budgets(makeButton(tr("&Budgets…"), QStringLiteral("watchBudgets"), this))
    , m_canaries(makeButton(tr("&Canaries…"), QStringLiteral("watchCanaries"), this))
    , m_debounce(new QTimer(this))
    , m_figures(new QTimer(this)) {
    auto *heading = new QLabel(tr("<h1>Watch</h1>"), this);
    auto *intro = new QLabel(
        tr("Every lookup of a person through the vaccinator portal or a partner key is asked "
           "for first. Accounts and keys that look up more people than their peers, hit a "
           "canary number or behave like a bot raise alerts here."),
        this);
    intro->setWordWrap(true);
    m_count->setObjectName(QStringLiteral("watchCount"));
    m_who->setVisible(status.may("watch_subject_question"));
    m_who->setToolTip(tr("Every account and key that looked up a mobile or Aadhaar number, "
                         "when, and the answer it got. Your question is recorded first."));
    m_budgets->setVisible(status.may("watch_budgets"));
    m_canaries->setVisible(status.may("watch_canaries"));

    auto *proxy = new StateStyleProxy(WatchAlertModel::StateRole, WatchAlertModel::Severity,
                                      {QStringLiteral("critical"), QStringLiteral("frozen")},
                                      {QStringLiteral("closed")}, this);
    proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("watchTable"));
    m_view->setAccessibleName(tr("Alerts"));
    m_view->setModel(proxy);
    setUpRecordTable(m_view);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->horizontalHeader()->setSectionResizeMode(WatchAlertModel::What, QHeaderView::Stretch);
    m_view->setColumnWidth(WatchAlertModel::Severity, 120);
    m_view->setColumnWidth(WatchAlertModel::Who, 190);
    m_view->setColumnWidth(WatchAlertModel::Raised, 130);
    // The figures are in the details; the list keeps to who and what.
    m_view->setColumnHidden(WatchAlertModel::Today, true);

    auto *detailScroll = new DetailScrollArea(m_detail, 40, this);
    detailScroll->setAccessibleName(tr("Alert details"));
    auto *split = new QSplitter(this);
    split->setObjectName(QStringLiteral("watchSplit"));
    split->addWidget(m_view);
    split->addWidget(detailScroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({640, 560});

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_count, 1);
    bar->addWidget(m_who);
    bar->addWidget(m_budgets);
    bar->addWidget(m_canaries);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    // A new alert is announced at once; a burst of them is read once.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    // An open alert's figures (people this hour, repeats) move without an announcement.
    m_figures->setInterval(15000);
    wire();
    QTimer::singleShot(0, this, &WatchPage::countOpen);
}

QString WatchPage::sectionTitle() const {
    return tr("Watch");
}

void WatchPage::wire() {
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WatchPage::showSelected);
    connect(m_session, &db::Session::watchChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] {
        countOpen();
        if (m_started)
            refresh();
    });
    connect(m_figures, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(m_detail, &WatchDetailPane::changed, this, [this] {
        countOpen();
        refresh();
    });
    connect(m_detail, &WatchDetailPane::switchOffRequested, this, &WatchPage::switchOffRequested);
    connect(m_detail, &WatchDetailPane::openAccount, this, &WatchPage::openAccount);
    connect(m_who, &QPushButton::clicked, this, [this] {
        auto *dialog = new WhoLookedUpDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_budgets, &QPushButton::clicked, this, [this] {
        auto *dialog = new BudgetsDialog(m_session, m_status, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_canaries, &QPushButton::clicked, this, [this] {
        auto *dialog = new CanariesDialog(m_session, m_status, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void WatchPage::start() {
    if (m_started)
        return;
    m_started = true;
    m_figures->start();
    refresh();
}

void WatchPage::countOpen() {
    m_session->call(&WatchCalls::openCount).then(this, [this](const db::Result<int> &r) {
        if (!r.isOk())
            return;
        m_open = r.value();
        Q_EMIT openCounted(m_open);
    });
}

void WatchPage::refresh() {
    const quint64 generation = ++m_generation;
    const QModelIndex current = m_view->currentIndex();
    const qint64 kept = current.isValid() && current.row() < m_model->alerts().size()
                            ? m_model->alerts().at(current.row()).id
                            : 0;
    if (m_model->alerts().isEmpty())
        m_count->setText(tr("Reading…"));
    m_session->call(&WatchCalls::alerts, kMaxAlerts)
        .then(this, [this, generation, kept](const db::Result<QList<WatchAlert>> &r) {
            if (generation != m_generation)
                return;
            if (!r.isOk()) {
                m_count->setText(errorText(r.error()));
                return;
            }
            m_model->setAlerts(r.value());
            int open = 0;
            for (const WatchAlert &a : r.value())
                open += a.open ? 1 : 0;
            const int frozen = static_cast<int>(r.value().size()) - open;
            m_count->setText(open == 0 && frozen == 0
                                 ? tr("No open alerts.")
                                 : tr("%n open alert(s)", nullptr, open) +
                                       (frozen > 0 ? tr("; %n frozen without one", nullptr, frozen)
                                                   : QString()));
            const int row = m_model->rowOf(kept);
            if (row >= 0)
                selectWholeRow(m_view, row);
            else if (!r.value().isEmpty())
                selectWholeRow(m_view, 0);
            showSelected();
            Q_EMIT listed(static_cast<int>(r.value().size()));
        });
}

void WatchPage::showSelected() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.row() >= m_model->alerts().size()) {
        m_detail->showAlert(std::nullopt);
        return;
    }
    m_detail->showAlert(m_model->alerts().at(current.row()));
}

} // namespace cowin::ui
