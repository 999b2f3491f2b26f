// SPDX-License-Identifier: Apache-2.0
#include "partners/KillSwitchBanner.h"

#include "ErrorText.h"
#include "partners/GatewaysDialog.h"
#include "partners/KillSwitchCalls.h"
#include "partners/KillSwitchDialog.h"
#include "partners/KillSwitchHistoryDialog.h"
#include "widgets/ReasonDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <algorithm>

namespace cowin::ui {

QString KillSwitchBanner::levelText(const QString &level, const QString &sector) {
    if (level == QLatin1String("everything"))
        return tr("every partner API");
    if (level == QLatin1String("personal_data"))
        return tr("partner APIs that return personal data");
    if (sector == QLatin1String("government"))
        return tr("government partners' APIs");
    return tr("private partners' APIs");
}

QString KillSwitchBanner::acknowledgementText(const QList<partners::GatewayAck> &gateways) {
    if (gateways.isEmpty())
        return tr("No gateway has reported what it applied.");
    int obeying = 0;
    double slowest = 0;
    QStringList notYet;
    for (const partners::GatewayAck &g : gateways) {
        if (g.obeysIncident.value_or(false)) {
            ++obeying;
            slowest = std::max(slowest, g.acknowledgedMs.value_or(0));
        } else {
            notYet << g.gatewayId;
        }
    }
    QString text = obeying == 0
                       ? tr("No gateway obeys it yet (%n gateway(s) known).", nullptr,
                            static_cast<int>(gateways.size()))
                       : tr("Obeyed by %1 of %2 gateways, the slowest %3 ms after the switch-off.")
                             .arg(obeying)
                             .arg(gateways.size())
                             .arg(QLocale().toString(slowest, 'f', 0));
    if (!notYet.isEmpty() && obeying > 0) {
        const int shown = std::min<int>(3, static_cast<int>(notYet.size()));
        QString names = QLocale().createSeparatedList(notYet.mid(0, shown));
        if (notYet.size() > shown)
            names =
                tr("%1 and %n more", nullptr, static_cast<int>(notYet.size()) - shown).arg(names);
        text += QLatin1Char(' ') + tr("Not yet: %1.").arg(names);
    }
    return text;
}

KillSwitchBanner::KillSwitchBanner(db::Session *session, const login::OperatorStatus &status,
                                   QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_me(status.operatorName)
    , m_mayEngage(status.may("kill_switch_engage"))
    , m_mayRequest(status.may("kill_switch_restore_request"))
    , m_mayApprove(status.may("kill_switch_restore_approve"))
    , m_mayWithdraw(status.may("kill_switch_restore_withdraw"))
    , m_mayGateways(status.may("gateway_status"))
    , m_gatewayPoll(new QTimer(this))
    , m_text(new QLabel(this))
    , m_engage(new QPushButton(tr("&Kill-switch…"), this))
    , m_request(new QPushButton(tr("Re&quest restore…"), this))
    , m_approve(new QPushButton(tr("&Approve restore…"), this))
    , m_withdraw(new QPushButton(tr("Withdraw restore re&quest…"), this))
    , m_history(new QPushButton(tr("Histor&y…"), this))
    , m_gatewaysButton(new QPushButton(tr("&Gateways…"), this)) {
    setObjectName(QStringLiteral("killSwitchBanner"));
    m_text->setObjectName(QStringLiteral("killSwitchText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_engage->setObjectName(QStringLiteral("killSwitchEngage"));
    m_request->setObjectName(QStringLiteral("killSwitchRequest"));
    m_approve->setObjectName(QStringLiteral("killSwitchApprove"));
    m_withdraw->setObjectName(QStringLiteral("killSwitchWithdraw"));
    m_history->setObjectName(QStringLiteral("killSwitchHistoryButton"));
    m_history->setVisible(status.may("kill_switch_history"));
    m_gatewaysButton->setObjectName(QStringLiteral("killSwitchGatewaysButton"));
    m_gatewaysButton->setVisible(m_mayGateways);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_request);
    layout->addWidget(m_approve);
    layout->addWidget(m_withdraw);
    layout->addWidget(m_engage);
    layout->addWidget(m_gatewaysButton);
    layout->addWidget(m_history);
    connect(m_engage, &QPushButton::clicked, this,
            [this] { openStep(KillSwitchDialog::Step::Engage); });
    connect(m_request, &QPushButton::clicked, this,
            [this] { openStep(KillSwitchDialog::Step::RequestRestore); });
    connect(m_approve, &QPushButton::clicked, this,
            [this] { openStep(KillSwitchDialog::Step::ApproveRestore); });
    connect(m_withdraw, &QPushButton::clicked, this, &KillSwitchBanner::withdraw);
    connect(m_history, &QPushButton::clicked, this, [this] {
        auto *dialog = new KillSwitchHistoryDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_gatewaysButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new GatewaysDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_session, &db::Session::apiStateChanged, this, &KillSwitchBanner::refresh);
    m_gatewayPoll->setSingleShot(true);
    m_gatewayPoll->setInterval(1000);
    connect(m_gatewayPoll, &QTimer::timeout, this, &KillSwitchBanner::refreshGateways);
    display(m_state);
    refresh();
}

void KillSwitchBanner::refresh() {
    m_session->call(&partners::KillSwitchCalls::state)
        .then(this, [this](const db::Result<partners::ApiState> &r) {
            if (r.isOk()) {
                if (r.value().incident != m_state.incident)
                    m_gateways.clear();
                display(r.value());
                refreshGateways();
            }
        });
}

void KillSwitchBanner::refreshGateways() {
    if (!m_mayGateways || !m_state.engaged())
        return;
    m_session->call(&partners::KillSwitchCalls::gateways)
        .then(this, [this](const db::Result<QList<partners::GatewayAck>> &r) {
            if (!r.isOk() || !m_state.engaged())
                return;
            m_gateways = r.value();
            display(m_state);
            const bool allObey =
                !m_gateways.isEmpty() && std::all_of(m_gateways.begin(), m_gateways.end(),
                                                     [](const partners::GatewayAck &g) {
                                                         return g.obeysIncident.value_or(false);
                                                     });
            if (!allObey)
                m_gatewayPoll->start();
        });
}

void KillSwitchBanner::display(const partners::ApiState &s) {
    m_state = s;
    if (!s.engaged()) {
        setStyleSheet(QStringLiteral("#killSwitchBanner { background: #e8f3ea; }"));
        m_text->setText(tr("Partner APIs are on."));
    } else {
        // White on red for the banner's own text only: the dialogs it opens stay readable.
        setStyleSheet(QStringLiteral("#killSwitchBanner { background: #b3261e; } "
                                     "#killSwitchText { color: white; }"));
        QString text = tr("<b>KILL-SWITCH: %1 switched off</b> since %2 by %3: %4")
                           .arg(levelText(s.level, s.sector),
                                QLocale().toString(s.engagedAt.toLocalTime(), QLocale::ShortFormat),
                                s.engagedBy.toHtmlEscaped(), s.reason.toHtmlEscaped());
        if (m_mayGateways)
            text += QStringLiteral("<br>") + acknowledgementText(m_gateways).toHtmlEscaped();
        if (!s.restoreRequestedBy.isEmpty())
            text += tr("<br>Restore requested by %1; another operator must approve.")
                        .arg(s.restoreRequestedBy.toHtmlEscaped());
        m_text->setText(text);
    }
    m_engage->setVisible(m_mayEngage && !s.engaged());
    m_request->setVisible(m_mayRequest && s.engaged() && s.restoreRequestedBy.isEmpty());
    m_approve->setVisible(m_mayApprove && s.engaged() && !s.restoreRequestedBy.isEmpty() &&
                          s.restoreRequestedBy != m_me);
    m_withdraw->setVisible(m_mayWithdraw && s.engaged() && s.restoreRequestedBy == m_me);
    Q_EMIT stateShown(s);
}

void KillSwitchBanner::withdraw() {
    const qint64 incident = m_state.incident;
    ReasonDialog::ask<db::Done>(
        this, m_session, tr("Withdraw the restore request"),
        tr("Partner APIs stay off, and no restore waits for approval any more. The reason is "
           "optional."),
        tr("Withdraw request"),
        [this, incident](const QString &reason) {
            return m_session->call(&partners::KillSwitchCalls::withdrawRestore, incident, reason);
        },
        [this](const db::Done &) { refresh(); })
        ->setExample(tr("the partner's fix is not verified yet"));
}

void KillSwitchBanner::offerSwitchOff() {
    if (m_mayEngage && !m_state.engaged())
        openStep(KillSwitchDialog::Step::Engage);
}

void KillSwitchBanner::openStep(KillSwitchDialog::Step step) {
    auto *dialog = new KillSwitchDialog(m_session, step, m_state, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &KillSwitchBanner::refresh);
    dialog->open();
}

} // namespace cowin::ui
