// SPDX-License-Identifier: Apache-2.0
#include "watch/WatchDetailPane.h"

#include "ErrorText.h"
#include "partners/PartnerCalls.h"
#include "partners/PartnerTableModel.h"
#include "text/LocalTime.h"
#include "vaccinators/VaccinatorCalls.h"
#include "vaccinators/VaccinatorListModel.h"
#include "watch/LookupTimeline.h"
#include "watch/WatchAlertModel.h"
#include "watch/WatchCalls.h"
#include "widgets/ChangeNotice.h"
#include "widgets/ReasonDialog.h"
#include "widgets/Style.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace cowin::ui {

using watch::WatchAlert;
using watch::WatchAlertModel;
using watch::WatchCalls;

WatchDetailPane::WatchDetailPane(db::Session *session, const login::OperatorStatus &status,
                                 QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(status)
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_notice(new ChangeNotice(QStringLiteral("watchNotice"), this))
    , m_timeline(new LookupTimeline(this))
    , m_freeze(makeButton(tr("&Freeze…"), QStringLiteral("watchFreeze"), this))
    , m_reset(makeButton(tr("Reset the &password…"), QStringLiteral("watchReset"), this))
    , m_disable(makeButton(tr("&Disable the account…"), QStringLiteral("watchDisable"), this))
    , m_suspendKey(makeButton(tr("Suspend &the key…"), QStringLiteral("watchSuspendKey"), this))
    , m_suspendPartner(
          makeButton(tr("Suspend th&e partner…"), QStringLiteral("watchSuspendPartner"), this))
    , m_switchOff(
          makeButton(tr("S&witch partner APIs off…"), QStringLiteral("watchSwitchOff"), this))
    , m_open(makeButton(tr("&Open the account"), QStringLiteral("watchOpenAccount"), this))
    , m_dismiss(makeButton(tr("Dis&miss…"), QStringLiteral("watchDismiss"), this)) {
    m_title->setObjectName(QStringLiteral("watchTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_facts->setObjectName(QStringLiteral("watchFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_freeze->setToolTip(tr("A frozen account's lookups are refused and its portal sessions "
                            "end; a frozen key is suspended at every gateway. It stays frozen "
                            "until an incident commander or admin releases it."));

    auto *actions = new QGridLayout;
    actions->addWidget(m_freeze, 0, 0);
    actions->addWidget(m_dismiss, 0, 1);
    actions->addWidget(m_reset, 1, 0);
    actions->addWidget(m_disable, 1, 1);
    actions->addWidget(m_suspendKey, 2, 0);
    actions->addWidget(m_suspendPartner, 2, 1);
    actions->addWidget(m_open, 3, 0);
    actions->addWidget(m_switchOff, 3, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_notice);
    layout->addWidget(m_timeline);
    layout->addLayout(actions);
    layout->addStretch();

    connect(m_freeze, &QPushButton::clicked, this, &WatchDetailPane::freezeOrRelease);
    connect(m_reset, &QPushButton::clicked, this, &WatchDetailPane::resetPassword);
    connect(m_disable, &QPushButton::clicked, this, &WatchDetailPane::disableAccount);
    connect(m_suspendKey, &QPushButton::clicked, this, &WatchDetailPane::suspendKey);
    connect(m_suspendPartner, &QPushButton::clicked, this, &WatchDetailPane::suspendPartner);
    connect(m_switchOff, &QPushButton::clicked, this, &WatchDetailPane::switchOffRequested);
    connect(m_dismiss, &QPushButton::clicked, this, &WatchDetailPane::dismiss);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_alert && m_alert->isAccount)
            Q_EMIT openAccount(m_alert->loginId);
    });
    showAlert(std::nullopt);
}

void WatchDetailPane::showAlert(const std::optional<WatchAlert> &alert) {
    const bool sameOne = alert && m_alert && alert->watched == m_alert->watched;
    m_alert = alert;
    const bool account = alert && alert->isAccount;
    const bool key = alert && !alert->isAccount;
    m_freeze->setVisible(alert && m_status.may(alert->frozen() ? "watch_release" : "watch_freeze"));
    m_freeze->setText(alert && alert->frozen() ? tr("&Release…") : tr("&Freeze…"));
    m_dismiss->setVisible(alert && alert->open && m_status.may("watch_dismiss"));
    m_reset->setVisible(account && m_status.may("vaccinator_force_reset"));
    m_disable->setVisible(account && alert->accountStatus != QLatin1String("disabled") &&
                          m_status.may("vaccinator_set_disabled"));
    m_open->setVisible(account && m_status.may("vaccinator_search"));
    m_suspendKey->setVisible(key && alert->keyStatus == QLatin1String("active") &&
                             m_status.may("api_key_set_suspended"));
    m_suspendPartner->setVisible(key && alert->partnerStatus == QLatin1String("active") &&
                                 m_status.may("partner_set_status"));
    m_switchOff->setVisible(key && m_status.may("kill_switch_engage"));
    m_timeline->setVisible(alert.has_value());
    if (!sameOne)
        m_notice->hide();
    if (!alert) {
        m_title->setText(tr("<h2>No alert chosen</h2>"));
        m_facts->setText(tr("Choose an alert to see who it is about and what to do."));
        return;
    }
    const WatchAlert &a = *alert;
    const QLocale l;
    m_title->setText(QStringLiteral("<h2>%1</h2><p>%2</p>")
                         .arg(WatchAlertModel::whatText(a).toHtmlEscaped(),
                              WatchAlertModel::whoText(a).toHtmlEscaped()));
    QStringList facts;
    facts << tr("<b>Alert:</b> %1, raised %2, last seen %3")
                 .arg(WatchAlertModel::severityText(a), text::localTime(a.raisedAt),
                      text::localTime(a.lastSeenAt));
    if (a.isAccount)
        facts << tr("<b>Account:</b> %1 (%2), %3, %4, %5; %6")
                     .arg(a.loginId.toHtmlEscaped(), a.fullName.toHtmlEscaped(),
                          a.centre.toHtmlEscaped(), a.district.toHtmlEscaped(), a.stateCode,
                          vaccinators::VaccinatorListModel::statusText(a.accountStatus));
    else
        facts << tr("<b>Partner:</b> %1 (%2); key %3 (%4)")
                     .arg(a.partnerName.toHtmlEscaped(),
                          partners::PartnerTableModel::statusText(a.partnerStatus),
                          a.keyPrefix.toHtmlEscaped(),
                          partners::PartnerTableModel::statusText(a.keyStatus));
    facts << tr("<b>Distinct people:</b> %1 this hour (budget %2), %3 today (budget %4)")
                 .arg(l.toString(a.peopleHour), l.toString(a.budgetHour), l.toString(a.peopleDay),
                      l.toString(a.budgetDay));
    facts << (a.peersMedianDay ? tr("<b>Peers:</b> a usual day of theirs is %1 people")
                                     .arg(l.toString(*a.peersMedianDay, 'f', 0))
                               : tr("<b>Peers:</b> not enough history yet"));
    facts << tr("<b>Lookups today:</b> %1, of them refused %2")
                 .arg(l.toString(a.lookupsDay), l.toString(a.deniedDay));
    if (a.results > 0)
        facts << tr("<b>Found no one:</b> %1 of %2; <b>outside the state:</b> %3")
                     .arg(l.toString(a.notFound), l.toString(a.results), l.toString(a.outOfState));
    if (a.frozen())
        facts << tr("<b>Frozen</b> %1 by %2: %3")
                     .arg(text::localTime(a.frozenAt), a.frozenBy.toHtmlEscaped(),
                          a.frozenReason.toHtmlEscaped());
    m_facts->setText(facts.join(QStringLiteral("<br>")));
    if (!sameOne)
        m_timeline->setSteps({});
    readTimeline();
}

void WatchDetailPane::readTimeline() {
    if (!m_alert)
        return;
    const quint64 generation = ++m_generation;
    m_session->call(&WatchCalls::timeline, m_alert->watched, LookupTimeline::kHours)
        .then(this, [this, generation](const db::Result<QList<watch::LookupStep>> &r) {
            if (generation == m_generation && r.isOk())
                m_timeline->setSteps(r.value());
        });
}

void WatchDetailPane::freezeOrRelease() {
    if (!m_alert)
        return;
    const qint64 watched = m_alert->watched;
    const bool release = m_alert->frozen();
    const QString who = WatchAlertModel::whoText(*m_alert);
    auto *dialog = ReasonDialog::ask<db::Done>(
        this, m_session, release ? tr("Release %1").arg(who) : tr("Freeze %1").arg(who),
        release ? tr("Lookups by <b>%1</b> are allowed again (a key becomes active again at "
                     "every gateway).")
                      .arg(who.toHtmlEscaped())
                : tr("Every lookup by <b>%1</b> is refused from now on; an account's portal "
                     "sessions end, a key is suspended at every gateway. It stays frozen until "
                     "released with a reason.")
                      .arg(who.toHtmlEscaped()),
        release ? tr("Release") : tr("Freeze"),
        [this, watched, release](const QString &reason) {
            return release ? m_session->call(&WatchCalls::release, watched, reason)
                           : m_session->call(&WatchCalls::freeze, watched, reason);
        },
        [this, who, release](const db::Done &) {
            m_notice->say(release ? tr("%1 is released.").arg(who) : tr("%1 is frozen.").arg(who));
            Q_EMIT changed();
        });
    dialog->setExample(release ? tr("checked with the centre: a vaccination drive")
                               : tr("looks like a bot walking through numbers"));
}

void WatchDetailPane::dismiss() {
    if (!m_alert)
        return;
    const qint64 alert = m_alert->id;
    auto *dialog = ReasonDialog::ask<db::Done>(
        this, m_session, tr("Dismiss this alert"),
        tr("The alert is closed and leaves the list; the audit trail keeps it with your reason. "
           "A new sign of the same kind raises a new alert."),
        tr("Dismiss"),
        [this, alert](const QString &reason) {
            return m_session->call(&WatchCalls::dismiss, alert, reason);
        },
        [this](const db::Done &) {
            m_notice->say(tr("The alert is dismissed."));
            Q_EMIT changed();
        });
    dialog->setExample(tr("mass vaccination camp confirmed by the district officer"));
}

void WatchDetailPane::resetPassword() {
    if (!m_alert || !m_alert->isAccount)
        return;
    const qint64 account = m_alert->account;
    const int version = m_alert->accountVersion;
    const QString who = m_alert->loginId;
    auto *dialog = ReasonDialog::ask<int>(
        this, m_session, tr("Reset the password of %1").arg(who),
        tr("<b>%1</b> must choose a new password at the next login; its portal sessions end and "
           "a one-time password goes to its registered mobile.")
            .arg(who.toHtmlEscaped()),
        tr("Reset password"),
        [this, account, version](const QString &reason) {
            return m_session->call(&vaccinators::VaccinatorCalls::forceReset, account, version,
                                   reason);
        },
        [this, who](int) {
            m_notice->say(tr("The password of %1 is reset.").arg(who));
            Q_EMIT changed();
        });
    dialog->setExample(tr("lookups look like a stolen password"));
}

void WatchDetailPane::disableAccount() {
    if (!m_alert || !m_alert->isAccount)
        return;
    const qint64 account = m_alert->account;
    const int version = m_alert->accountVersion;
    const QString who = m_alert->loginId;
    auto *dialog = ReasonDialog::ask<int>(
        this, m_session, tr("Disable %1").arg(who),
        tr("<b>%1</b> can no longer sign in to the portal until an admin enables it again.")
            .arg(who.toHtmlEscaped()),
        tr("Disable"),
        [this, account, version](const QString &reason) {
            return m_session->call(&vaccinators::VaccinatorCalls::setDisabled, account, version,
                                   true, reason);
        },
        [this, who](int) {
            m_notice->say(tr("%1 is disabled.").arg(who));
            Q_EMIT changed();
        });
    dialog->setExample(tr("account used by a bot"));
}

void WatchDetailPane::suspendKey() {
    if (!m_alert || m_alert->isAccount)
        return;
    const qint64 key = m_alert->apiKey;
    const QString prefix = m_alert->keyPrefix;
    auto *dialog = ReasonDialog::ask<db::Done>(
        this, m_session, tr("Suspend key %1").arg(prefix),
        tr("Every gateway refuses key <b>%1</b> from its next state, for every scope.")
            .arg(prefix.toHtmlEscaped()),
        tr("Suspend key"),
        [this, key](const QString &reason) {
            return m_session->call(&partners::PartnerCalls::setKeySuspended, key, true, reason);
        },
        [this, prefix](const db::Done &) {
            m_notice->say(tr("Key %1 is suspended.").arg(prefix));
            Q_EMIT changed();
        });
    dialog->setExample(tr("key used to walk through numbers"));
}

void WatchDetailPane::suspendPartner() {
    if (!m_alert || m_alert->isAccount)
        return;
    const int partner = m_alert->partner;
    const int version = m_alert->partnerVersion;
    const QString name = m_alert->partnerName;
    auto *dialog = ReasonDialog::ask<int>(
        this, m_session, tr("Suspend %1").arg(name),
        tr("Every key of <b>%1</b> is refused at every gateway until the partner is resumed.")
            .arg(name.toHtmlEscaped()),
        tr("Suspend partner"),
        [this, partner, version](const QString &reason) {
            return m_session->call(&partners::PartnerCalls::setStatus, partner, version,
                                   QStringLiteral("suspended"), reason);
        },
        [this, name](int) {
            m_notice->say(tr("%1 is suspended.").arg(name));
            Q_EMIT changed();
        });
    dialog->setExample(tr("partner's keys used by a bot"));
}

} // namespace cowin::ui
