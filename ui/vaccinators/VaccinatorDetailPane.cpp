// SPDX-License-Identifier: Apache-2.0
#include "vaccinators/VaccinatorDetailPane.h"
#include "text/LocalTime.h"

#include "ErrorText.h"
#include "vaccinators/VaccinatorCalls.h"
#include "vaccinators/VaccinatorFormDialog.h"
#include "widgets/ReasonDialog.h"
#include "widgets/Style.h"
#include "widgets/TextSize.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace cowin::ui {

using vaccinators::VaccinatorCalls;
using namespace vaccinators;

namespace {

QString statusWords(const VaccinatorRow &r) {
    if (r.status == QLatin1String("locked"))
        return VaccinatorDetailPane::tr(
            "<b style='color:#b3261e'>Locked</b> after %n failed logins", nullptr, r.failedLogins);
    if (r.status == QLatin1String("disabled"))
        return VaccinatorDetailPane::tr("<b style='color:#6b6b6b'>Disabled</b>");
    return VaccinatorDetailPane::tr("Active");
}

QString deliveryWords(const Delivery &d) {
    const QString at = text::localTime(d.finishedAt, {});
    if (d.state == QLatin1String("delivered"))
        return VaccinatorDetailPane::tr("Temporary password delivered to the registered mobile "
                                        "at %1.")
            .arg(at);
    if (d.state == QLatin1String("dead"))
        return VaccinatorDetailPane::tr("<b style='color:#b3261e'>Temporary password could not "
                                        "be delivered</b> after %n attempts (%1). Check the "
                                        "mobile number, then reset again.",
                                        nullptr, d.attempts)
            .arg(d.lastError.toHtmlEscaped());
    if (d.state == QLatin1String("superseded"))
        return VaccinatorDetailPane::tr("An earlier temporary password was withdrawn by a newer "
                                        "reset.");
    if (d.attempts > 0 && !d.lastError.isEmpty())
        return VaccinatorDetailPane::tr("Temporary password waiting to be sent: attempt %1 "
                                        "failed (%2); it will be retried.")
            .arg(d.attempts)
            .arg(d.lastError.toHtmlEscaped());
    return VaccinatorDetailPane::tr("Temporary password waiting to be sent to the registered "
                                    "mobile.");
}

// Audit actions in the operator's words; an action this console does not know stays as is.
QString actionWords(const QString &action) {
    static const QHash<QString, const char *> words = {
        {QStringLiteral("vaccinator.password_reset"),
         QT_TRANSLATE_NOOP("cowin::ui::VaccinatorDetailPane", "Password reset")},
        {QStringLiteral("vaccinator.unlocked"),
         QT_TRANSLATE_NOOP("cowin::ui::VaccinatorDetailPane", "Unlocked")},
        {QStringLiteral("vaccinator.disabled"),
         QT_TRANSLATE_NOOP("cowin::ui::VaccinatorDetailPane", "Disabled")},
        {QStringLiteral("vaccinator.enabled"),
         QT_TRANSLATE_NOOP("cowin::ui::VaccinatorDetailPane", "Enabled")},
        {QStringLiteral("vaccinator.mobile_revealed"),
         QT_TRANSLATE_NOOP("cowin::ui::VaccinatorDetailPane", "Mobile number shown")},
        {QStringLiteral("vaccinator.looked_up_by_mobile"),
         QT_TRANSLATE_NOOP("cowin::ui::VaccinatorDetailPane", "Found by mobile number")},
        {QStringLiteral("vaccinator.password_delivered"),
         QT_TRANSLATE_NOOP("cowin::ui::VaccinatorDetailPane", "Temporary password delivered")},
        {QStringLiteral("vaccinator.password_delivery_failed"),
         QT_TRANSLATE_NOOP("cowin::ui::VaccinatorDetailPane", "Delivery attempt failed")},
        {QStringLiteral("vaccinator.password_delivery_dead"),
         QT_TRANSLATE_NOOP("cowin::ui::VaccinatorDetailPane", "Delivery given up")},
    };
    const auto it = words.constFind(action);
    return it == words.constEnd() ? action : VaccinatorDetailPane::tr(it.value());
}
// What a helpdesk operator checked before changing an account for its owner.
QString callerVerified() {
    return VaccinatorDetailPane::tr("caller verified by a call back to the registered number");
}
} // namespace

VaccinatorDetailPane::VaccinatorDetailPane(db::Session *session,
                                           const login::OperatorStatus &status, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(status)
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_mobile(new QLabel(this))
    , m_revealButton(new QPushButton(tr("Show number…"), this))
    , m_delivery(new QLabel(this))
    , m_reset(new QPushButton(tr("Force password &reset…"), this))
    , m_unlock(new QPushButton(tr("Unl&ock…"), this))
    , m_disable(new QPushButton(tr("Disab&le…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_scopeNote(new QLabel(this))
    , m_message(makeErrorLabel(QStringLiteral("detailMessage"), this))
    , m_events(new QListWidget(this))
    , m_revealTimer(new QTimer(this)) {
    buildLayout();
    wire();
    clear();
}

void VaccinatorDetailPane::buildLayout() {
    setObjectName(QStringLiteral("vaccinatorDetail"));
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    m_facts->setObjectName(QStringLiteral("detailFacts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_mobile->setObjectName(QStringLiteral("detailMobile"));
    keepScaledFont(m_mobile, 1.1, true);
    m_revealButton->setObjectName(QStringLiteral("revealButton"));
    m_delivery->setObjectName(QStringLiteral("detailDelivery"));
    m_delivery->setWordWrap(true);
    m_delivery->setTextFormat(Qt::RichText);
    m_reset->setObjectName(QStringLiteral("resetButton"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_disable->setObjectName(QStringLiteral("disableButton"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_scopeNote->setObjectName(QStringLiteral("scopeNote"));
    m_scopeNote->setWordWrap(true);
    m_scopeNote->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_events->setObjectName(QStringLiteral("detailEvents"));
    m_events->setAccessibleName(tr("Recent audit events of the account"));
    m_events->setWordWrap(true);
    m_events->setAlternatingRowColors(true);
    m_events->setSelectionMode(QAbstractItemView::NoSelection);

    auto *mobileRow = new QHBoxLayout;
    mobileRow->addWidget(new QLabel(tr("Mobile:"), this));
    mobileRow->addWidget(m_mobile);
    mobileRow->addWidget(m_revealButton);
    mobileRow->addStretch();

    // Two by two: the pane stays narrow enough for the list beside it, in every language.
    auto *actions = new QGridLayout;
    actions->addWidget(m_reset, 0, 0);
    actions->addWidget(m_unlock, 0, 1);
    actions->addWidget(m_disable, 1, 0);
    actions->addWidget(m_edit, 1, 1);
    actions->setColumnStretch(2, 1);

    auto *eventsBox = new QGroupBox(tr("Recent audit events"), this);
    auto *eventsLayout = new QVBoxLayout(eventsBox);
    eventsLayout->addWidget(m_events);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addLayout(mobileRow);
    layout->addWidget(m_delivery);
    layout->addWidget(m_scopeNote);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(eventsBox, 1);
}

void VaccinatorDetailPane::wire() {
    m_revealTimer->setInterval(1000);
    connect(m_revealTimer, &QTimer::timeout, this, [this] {
        if (--m_revealSecondsLeft <= 0)
            maskAgain();
        else
            m_revealButton->setText(tr("Hidden again in %n s", nullptr, m_revealSecondsLeft));
    });
    // While a password is on its way, the server's notice of a delivery change prompts a
    // new read of this account's deliveries.
    connect(m_session, &db::Session::outboxChanged, this, [this] {
        if (m_deliveryOpen)
            loadDeliveries();
    });

    connect(m_revealButton, &QPushButton::clicked, this, &VaccinatorDetailPane::reveal);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        auto *dialog = new VaccinatorFormDialog(m_session, m_account, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &VaccinatorFormDialog::saved, this,
                [this](qint64 id) { load(id, [this] { Q_EMIT accountChanged(m_account.row); }); });
        dialog->open();
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        const qint64 id = m_account.row.id;
        change(
            tr("Force a password reset"),
            tr("<b>%1</b> (%2) must choose a new password at the next login. Their portal "
               "sessions end now, and a one-time password made by the server is sent to "
               "their registered mobile. You will not see it.")
                .arg(m_account.row.fullName.toHtmlEscaped(), m_account.row.loginId.toHtmlEscaped()),
            tr("Reset password"), [this, id](int version, const QString &reason) {
                return m_session->call(&VaccinatorCalls::forceReset, id, version, reason);
            });
    });
    connect(m_unlock, &QPushButton::clicked, this, [this] {
        const qint64 id = m_account.row.id;
        change(
            tr("Unlock the account"),
            tr("<b>%1</b> (%2) was locked by the portal after failed logins. Unlock it only "
               "after you have confirmed who is calling.")
                .arg(m_account.row.fullName.toHtmlEscaped(), m_account.row.loginId.toHtmlEscaped()),
            tr("Unlock"), [this, id](int version, const QString &reason) {
                return m_session->call(&VaccinatorCalls::unlock, id, version, reason);
            });
    });
    connect(m_disable, &QPushButton::clicked, this, [this] {
        const qint64 id = m_account.row.id;
        const bool disable = m_account.row.status != QLatin1String("disabled");
        const QString name = m_account.row.fullName.toHtmlEscaped();
        const QString login = m_account.row.loginId.toHtmlEscaped();
        change(disable ? tr("Disable the account") : tr("Enable the account"),
               disable ? tr("<b>%1</b> (%2) will not be able to sign in to the portal; their "
                            "sessions end now and an undelivered password is withdrawn.")
                             .arg(name, login)
                       : tr("<b>%1</b> (%2) will be able to sign in to the portal again.")
                             .arg(name, login),
               disable ? tr("Disable") : tr("Enable"),
               [this, id, disable](int version, const QString &reason) {
                   return m_session->call(&VaccinatorCalls::setDisabled, id, version, disable,
                                          reason);
               });
    });
}

void VaccinatorDetailPane::clear() {
    m_account = {};
    ++m_loadGeneration;
    maskAgain();
    m_deliveryOpen = false;
    m_title->setText(tr("<h3>No account selected</h3>"));
    m_facts->setText(tr("Search for an account and select it to see its details."));
    m_mobile->clear();
    m_delivery->clear();
    m_scopeNote->clear();
    m_message->clear();
    m_events->clear();
    updateActions();
}

void VaccinatorDetailPane::showAccount(qint64 id) {
    if (id == m_account.row.id)
        return;
    maskAgain();
    m_message->clear();
    load(id);
}

void VaccinatorDetailPane::load(qint64 id, const std::function<void()> &then) {
    const quint64 generation = ++m_loadGeneration;
    // The facts, deliveries and events in one round trip.
    m_session->call(&VaccinatorCalls::overview, id, kEventsShown)
        .then(this, [this, generation, then](const db::Result<AccountOverview> &r) {
            if (generation != m_loadGeneration)
                return; // the operator has moved on to another account
            if (!r.isOk()) {
                m_message->setText(errorText(r.error()));
                return;
            }
            const bool sameAccount = r.value().detail.row.id == m_account.row.id;
            m_account = r.value().detail;
            if (!sameAccount)
                maskAgain();
            showFacts();
            showDeliveries(r.value().deliveries);
            showEvents(r.value().events);
            Q_EMIT accountLoaded(m_account.row.id);
            if (then)
                then();
        });
}

void VaccinatorDetailPane::showFacts() {
    const VaccinatorRow &r = m_account.row;
    m_title->setText(QStringLiteral("<h3>%1</h3>").arg(r.fullName.toHtmlEscaped()));
    const QString never = tr("never");
    QString password;
    if (r.mustChangePassword)
        password = tr("must be changed at the next login");
    else if (m_account.passwordChangedAt.isValid()) {
        const int days =
            static_cast<int>(m_account.passwordChangedAt.daysTo(QDateTime::currentDateTimeUtc()));
        password = days < 1 ? tr("changed today") : tr("changed %n days ago", nullptr, days);
    } else
        password = tr("never set");
    QString rows = QStringLiteral("<table cellspacing='2'>");
    const auto add = [&rows](const QString &label, const QString &value) {
        rows += (QStringLiteral("<tr><td style='color:") + secondaryTextColor() +
                 QStringLiteral("'>%1&nbsp;</td><td>%2</td></tr>"))
                    .arg(label, value);
    };
    add(tr("Login ID"), r.loginId.toHtmlEscaped());
    add(tr("Status"), statusWords(r));
    add(tr("Centre"), r.centreName.toHtmlEscaped());
    add(tr("District"),
        tr("%1, %2").arg(r.districtName.toHtmlEscaped(), r.stateName.toHtmlEscaped()));
    add(tr("Password"), password);
    add(tr("Last login"), text::localTime(r.lastLoginAt, never));
    add(tr("Failed logins"), QString::number(r.failedLogins));
    add(tr("Portal sessions"), QString::number(m_account.livePortalSessions));
    if (m_account.temporaryPasswordExpiresAt.isValid())
        add(tr("Temporary password"),
            tr("valid until %1").arg(text::localTime(m_account.temporaryPasswordExpiresAt, never)));
    add(tr("Account created"), text::localTime(m_account.createdAt, never));
    rows += QStringLiteral("</table>");
    m_facts->setText(rows);
    if (m_revealedMobile.isEmpty())
        m_mobile->setText(r.mobileMasked);
    m_scopeNote->setText(r.inScope ? QString()
                                   : tr("This account is outside your states and districts: you "
                                        "can look, but not act on it."));
    updateActions();
}

void VaccinatorDetailPane::updateActions() {
    const VaccinatorRow &r = m_account.row;
    const bool any = r.id > 0;
    const bool canAct = any && r.inScope;
    m_revealButton->setEnabled(canAct && m_revealedMobile.isEmpty());
    m_reset->setEnabled(canAct && r.status != QLatin1String("disabled"));
    m_unlock->setEnabled(canAct && r.status == QLatin1String("locked"));
    m_disable->setVisible(m_status.may("vaccinator_set_disabled"));
    m_disable->setEnabled(any);
    m_disable->setText(r.status == QLatin1String("disabled") ? tr("Enab&le…") : tr("Disab&le…"));
    m_edit->setVisible(m_status.may("vaccinator_update"));
    m_edit->setEnabled(any);
}

void VaccinatorDetailPane::loadDeliveries() {
    const qint64 id = m_account.row.id;
    if (id <= 0)
        return;
    m_session->call(&VaccinatorCalls::deliveries, id)
        .then(this, [this, id](const db::Result<QList<Delivery>> &r) {
            if (id == m_account.row.id && r.isOk())
                showDeliveries(r.value());
        });
}

void VaccinatorDetailPane::showDeliveries(const QList<Delivery> &list) {
    if (list.isEmpty()) {
        m_delivery->setText(tr("No one-time password has been sent to this account."));
        m_deliveryOpen = false;
        return;
    }
    const Delivery &newest = list.first();
    m_delivery->setText(deliveryWords(newest));
    const bool open =
        newest.state == QLatin1String("pending") || newest.state == QLatin1String("sending");
    // A delivery that has just finished brings its audit event.
    if (m_deliveryOpen && !open)
        loadEvents();
    m_deliveryOpen = open;
}

void VaccinatorDetailPane::loadEvents() {
    const qint64 id = m_account.row.id;
    if (id <= 0)
        return;
    m_session->call(&VaccinatorCalls::events, id, kEventsShown)
        .then(this, [this, id](const db::Result<QList<AccountEvent>> &r) {
            if (id != m_account.row.id)
                return;
            if (r.isOk()) {
                showEvents(r.value());
                return;
            }
            m_events->clear();
            addEventsNote(errorText(r.error()));
        });
}

void VaccinatorDetailPane::addEventsNote(const QString &text) {
    auto *note = new QListWidgetItem(text, m_events);
    note->setFlags(Qt::NoItemFlags); // drawn greyed; not an event
}

void VaccinatorDetailPane::showEvents(const QList<AccountEvent> &events) {
    m_events->clear();
    if (events.isEmpty())
        addEventsNote(tr("No audit events for this account yet."));
    for (const AccountEvent &e : events) {
        const QString what = e.reason.isEmpty() ? actionWords(e.action)
                                                : tr("%1: %2").arg(actionWords(e.action), e.reason);
        auto *item = new QListWidgetItem(
            tr("%1\n%2 · %3").arg(what, text::localTime(e.occurredAt, {}), e.actor), m_events);
        item->setToolTip(QStringLiteral("%1\n%2").arg(e.action, e.details));
        item->setData(EventIdRole, e.id);
        item->setData(EventActorRole, e.actor);
    }
}

void VaccinatorDetailPane::change(
    const QString &title, const QString &explanation, const QString &actionText,
    std::function<QFuture<db::Result<int>>(int version, const QString &reason)> call) {
    auto *dialog = new ReasonDialog(m_session, title, explanation, actionText, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setExample(callerVerified());
    // Someone changed it meanwhile: show their change; the next confirm names its version.
    dialog->setReload([this](std::function<void()> done) {
        load(m_account.row.id, [this, done] {
            Q_EMIT accountChanged(m_account.row);
            done();
        });
    });
    dialog->confirm<int>(
        [this, call](const QString &reason) { return call(m_account.row.version, reason); },
        [this](int) { load(m_account.row.id, [this] { Q_EMIT accountChanged(m_account.row); }); });
}

void VaccinatorDetailPane::reveal() {
    const qint64 id = m_account.row.id;
    auto *dialog = ReasonDialog::ask<RevealedMobile>(
        this, m_session, tr("Show the mobile number"),
        tr("The number of <b>%1</b> is shown for a short time. Your reason is recorded in the "
           "audit trail before the number is sent to you.")
            .arg(m_account.row.fullName.toHtmlEscaped()),
        tr("Show number"),
        [this, id](const QString &reason) {
            return m_session->call(&VaccinatorCalls::revealMobile, id, reason);
        },
        [this, id](const RevealedMobile &revealed) {
            if (id != m_account.row.id)
                return;
            m_revealedMobile = revealed.mobile;
            m_revealSecondsLeft = revealed.visibleSeconds;
            m_mobile->setText(m_revealedMobile);
            m_revealButton->setText(tr("Hidden again in %n s", nullptr, m_revealSecondsLeft));
            m_revealTimer->start();
            updateActions();
            loadEvents();
        });
    dialog->setExample(callerVerified());
}

void VaccinatorDetailPane::maskAgain() {
    m_revealTimer->stop();
    m_revealedMobile.fill(QLatin1Char(' '));
    m_revealedMobile.clear();
    m_revealSecondsLeft = 0;
    m_mobile->setText(m_account.row.mobileMasked);
    m_revealButton->setText(tr("Show number…"));
    updateActions();
}

} // namespace cowin::ui
