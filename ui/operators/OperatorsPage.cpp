// SPDX-License-Identifier: Apache-2.0
#include "operators/OperatorsPage.h"
#include "text/LocalTime.h"

#include "ErrorText.h"
#include "operators/LimitsDialog.h"
#include "operators/OperatorAccessDialog.h"
#include "operators/OperatorCalls.h"
#include "operators/OperatorTableModel.h"
#include "widgets/ChangeNotice.h"
#include "widgets/ReasonDialog.h"
#include "widgets/ShownOncePanel.h"
#include "widgets/StateStyleProxy.h"
#include "widgets/Style.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cowin::ui {

using namespace operators;

namespace {

// The new enrolment code after an authenticator reset, shown once.
void showEnrolmentCode(QWidget *parent, const QString &username, const QString &code) {
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("enrolmentCodeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(OperatorsPage::tr("New enrolment code for %1").arg(username));
    auto *panel = new ShownOncePanel(
        OperatorsPage::tr("<b>Give this code to %1 in person or by a separate channel.</b> It is "
                          "shown this once and is valid for 7 days. Their old authenticator and "
                          "recovery codes no longer work.")
            .arg(username.toHtmlEscaped()),
        OperatorsPage::tr("I have handed the code over"), dialog);
    panel->addSecret(OperatorsPage::tr("Enrolment code:"), code,
                     QStringLiteral("resetEnrolmentCode"));
    QObject::connect(panel, &ShownOncePanel::closeRequested, dialog, &QDialog::accept);
    QObject::connect(dialog, &QDialog::finished, panel, &ShownOncePanel::wipe);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(panel);
    dialog->setMinimumWidth(520);
    dialog->open();
}
// What an admin checked before changing a colleague's access.
QString identityChecked() {
    return OperatorsPage::tr("ticket 2041, phone lost, identity checked by video call");
}
} // namespace

OperatorsPage::OperatorsPage(db::Session *session, const login::OperatorStatus &status,
                             QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_me(status.operatorName)
    , m_model(new OperatorTableModel(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_message(makeErrorLabel(QStringLiteral("operatorMessage"), this))
    , m_notice(new ChangeNotice(QStringLiteral("operatorsNotice"), this))
    , m_new(makeButton(tr("&New operator…"), QStringLiteral("newOperator"), this))
    , m_limits(makeButton(tr("&Limits…"), QStringLiteral("limitsButton"), this))
    , m_access(makeButton(tr("Gr&oups and scope…"), QStringLiteral("operatorAccessButton"), this))
    , m_reset(makeButton(tr("&Reset authenticator…"), QStringLiteral("resetAuthenticator"), this))
    , m_unlock(makeButton(tr("&Unlock…"), QStringLiteral("unlockOperator"), this))
    , m_disable(makeButton(tr("&Disable…"), QStringLiteral("disableOperator"), this))
    , m_enable(makeButton(tr("&Enable…"), QStringLiteral("enableOperator"), this))
    , m_logout(makeButton(tr("&Force logout…"), QStringLiteral("forceLogout"), this)) {
    auto *heading = new QLabel(tr("<h1>Operators</h1>"), this);
    auto *intro = new QLabel(tr("The people who use this console, their groups and, for the "
                                "helpdesk, the states they may act in. Changes to groups need a "
                                "fresh one-time code; every change is in the audit trail."),
                             this);
    intro->setWordWrap(true);
    auto *proxy = new StateStyleProxy(OperatorTableModel::StateRole, OperatorTableModel::State,
                                      {QStringLiteral("locked"), QStringLiteral("not_enrolled")},
                                      {QStringLiteral("disabled")}, this);
    proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("operatorTable"));
    m_view->setAccessibleName(tr("Operators"));
    m_view->setModel(proxy);
    setUpRecordTable(m_view);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_count->setObjectName(QStringLiteral("operatorCount"));
    m_facts->setObjectName(QStringLiteral("operatorFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_facts);
    for (QPushButton *b : {m_access, m_reset, m_unlock, m_disable, m_enable, m_logout})
        detailLayout->addWidget(b, 0, Qt::AlignLeft);
    detailLayout->addWidget(m_message);
    detailLayout->addStretch();
    auto *split = new QSplitter(this);
    split->setObjectName(QStringLiteral("operatorsSplit"));
    split->addWidget(m_view);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({780, 360});

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_count, 1);
    bar->addWidget(m_limits);
    bar->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    layout->addWidget(split, 1);
    wire();
}

void OperatorsPage::wire() {
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OperatorsPage::showSelected);
    connect(m_new, &QPushButton::clicked, this, &OperatorsPage::newOperator);
    connect(m_limits, &QPushButton::clicked, this, [this] {
        auto *dialog = new LimitsDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_access, &QPushButton::clicked, this, &OperatorsPage::changeAccess);
    connect(m_reset, &QPushButton::clicked, this, &OperatorsPage::resetAuthenticator);
    connect(m_unlock, &QPushButton::clicked, this, &OperatorsPage::unlock);
    connect(m_disable, &QPushButton::clicked, this, [this] { setDisabled(true); });
    connect(m_enable, &QPushButton::clicked, this, [this] { setDisabled(false); });
    connect(m_logout, &QPushButton::clicked, this, &OperatorsPage::forceLogout);
    showSelected();
}

QString OperatorsPage::sectionTitle() const {
    return tr("Operators");
}

bool OperatorsPage::showTarget(const QString &type, const QString &id) {
    if (type != QLatin1String("operator"))
        return false;
    selectOperator(id);
    return true;
}

void OperatorsPage::start() {
    if (m_started)
        return;
    m_started = true;
    refresh();
}

void OperatorsPage::refresh() {
    const quint64 generation = ++m_generation;
    if (m_wanted.isEmpty() && selected())
        m_wanted = selected()->username;
    m_session->call(&operators::OperatorCalls::list)
        .then(this, [this, generation](const db::Result<QList<OperatorRow>> &r) {
            if (generation != m_generation)
                return;
            if (!r.isOk()) {
                m_count->setText(errorText(r.error()));
                return;
            }
            const QString wanted = m_wanted;
            m_wanted.clear();
            m_model->setRows(r.value());
            m_count->setText(tr("%n operator(s)", nullptr, static_cast<int>(r.value().size())));
            m_view->resizeColumnsToContents();
            const int row = m_model->rowOf(wanted);
            selectWholeRow(m_view, row >= 0 ? row : 0);
            showSelected();
            Q_EMIT listed(static_cast<int>(r.value().size()));
        });
}

void OperatorsPage::selectOperator(const QString &username) {
    const int row = m_model->rowOf(username);
    if (row >= 0)
        selectWholeRow(m_view, row);
}

const OperatorRow *OperatorsPage::selected() const {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rows().size())
        return nullptr;
    return &m_model->rows().at(current.row());
}

void OperatorsPage::showSelected() {
    m_message->clear();
    const OperatorRow *o = selected();
    const bool self = o && o->username == m_me;
    const bool other = o && !self;
    m_access->setEnabled(other);
    m_reset->setEnabled(other);
    m_unlock->setEnabled(other && o->locked);
    m_disable->setVisible(!o || !o->disabled);
    m_disable->setEnabled(other && !o->disabled);
    m_enable->setVisible(o && o->disabled);
    m_enable->setEnabled(other && o->disabled);
    m_logout->setEnabled(other && o->liveSessions + o->connections > 0);
    if (!o) {
        m_facts->setText(tr("<h2>Choose an operator</h2>"));
        return;
    }
    const auto line = [](const QString &label, const QString &value) {
        return (QStringLiteral("<tr><td style='padding-right:12px;color:") + secondaryTextColor() +
                QStringLiteral("'>%1</td><td>%2</td></tr>"))
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString facts = QStringLiteral("<h2>%1</h2><table>").arg(o->fullName.toHtmlEscaped());
    facts += line(tr("Username"), o->username);
    facts += line(tr("Groups"), OperatorTableModel::groupsText(o->groups));
    if (o->hasGroup(QStringLiteral("helpdesk")))
        facts += line(tr("Scope"), OperatorTableModel::scopeText(*o));
    facts += line(tr("State"), OperatorTableModel::stateText(*o));
    facts += line(tr("Last login"), text::localTime(o->lastLoginAt, tr("never")));
    facts += line(tr("Sessions"),
                  tr("%1 live; open connections: %2").arg(o->liveSessions).arg(o->connections));
    facts += line(tr("Created"),
                  tr("%1 by %2").arg(text::localTime(o->createdAt, QString()), o->createdBy));
    facts += QStringLiteral("</table>");
    if (self)
        facts += tr("<p>This is you. Another ministry admin changes your account.</p>");
    m_facts->setText(facts);
}

void OperatorsPage::changed(const QString &username, const QString &said) {
    m_wanted = username;
    m_notice->say(said);
    refresh();
}

void OperatorsPage::newOperator() {
    auto *dialog = new OperatorAccessDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OperatorAccessDialog::saved, this, [this](const QString &username) {
        changed(username, tr("%1 was created. They sign in with the password and enrolment "
                             "code you handed over.")
                              .arg(username));
    });
    dialog->open();
}

void OperatorsPage::changeAccess() {
    if (!selected())
        return;
    auto *dialog = new OperatorAccessDialog(m_session, *selected(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OperatorAccessDialog::saved, this, [this](const QString &username) {
        changed(username, tr("The groups and scope of %1 were changed; their open consoles "
                             "follow at their next action.")
                              .arg(username));
    });
    dialog->open();
}

void OperatorsPage::resetAuthenticator() {
    if (!selected())
        return;
    const QString username = selected()->username;
    ReasonDialog::ask<QString>(
        this, m_session, tr("Reset the authenticator of %1").arg(username),
        tr("For a lost or replaced phone. <b>%1</b>'s authenticator and recovery codes stop "
           "working, their sessions end, and you get a new enrolment code to hand over. Check "
           "who is asking first.")
            .arg(username.toHtmlEscaped()),
        tr("Reset authenticator"),
        [this, username](const QString &reason) {
            return m_session->call(&operators::OperatorCalls::resetAuthenticator, username, reason);
        },
        [this, username](const QString &code) {
            showEnrolmentCode(this, username, code);
            changed(username, tr("The authenticator of %1 was reset; hand over the new "
                                 "enrolment code.")
                                  .arg(username));
        })
        ->setExample(identityChecked());
}

void OperatorsPage::unlock() {
    if (!selected())
        return;
    const QString username = selected()->username;
    ReasonDialog::ask<db::Done>(
        this, m_session, tr("Unlock %1").arg(username),
        tr("<b>%1</b> was locked after too many wrong codes. Unlock only once you know it was "
           "them.")
            .arg(username.toHtmlEscaped()),
        tr("Unlock"),
        [this, username](const QString &reason) {
            return m_session->call(&operators::OperatorCalls::unlock, username, reason);
        },
        [this, username](const db::Done &) {
            changed(username, tr("%1 was unlocked.").arg(username));
        })
        ->setExample(identityChecked());
}

void OperatorsPage::setDisabled(bool disabled) {
    if (!selected())
        return;
    const QString username = selected()->username;
    ReasonDialog::ask<int>(
        this, m_session, disabled ? tr("Disable %1").arg(username) : tr("Enable %1").arg(username),
        disabled ? tr("<b>%1</b> can no longer sign in; their sessions end and their open "
                      "connections are closed now.")
                       .arg(username.toHtmlEscaped())
                 : tr("<b>%1</b> may sign in again.").arg(username.toHtmlEscaped()),
        disabled ? tr("Disable") : tr("Enable"),
        [this, username, disabled](const QString &reason) {
            return m_session->call(&operators::OperatorCalls::setDisabled, username, disabled,
                                   reason);
        },
        [this, username, disabled](const int &) {
            changed(username, disabled ? tr("%1 was disabled: their sessions ended.").arg(username)
                                       : tr("%1 may sign in again.").arg(username));
        })
        ->setExample(identityChecked());
}

void OperatorsPage::forceLogout() {
    if (!selected())
        return;
    const QString username = selected()->username;
    ReasonDialog::ask<int>(
        this, m_session, tr("End the sessions of %1").arg(username),
        tr("<b>%1</b>'s console sessions end and their connections close now. They can sign in "
           "again with a code.")
            .arg(username.toHtmlEscaped()),
        tr("Force logout"),
        [this, username](const QString &reason) {
            return m_session->call(&operators::OperatorCalls::forceLogout, username, reason);
        },
        [this, username](const int &ended) {
            changed(username, tr("%n session(s) of %1 ended.", nullptr, ended).arg(username));
        })
        ->setExample(identityChecked());
}

} // namespace cowin::ui
