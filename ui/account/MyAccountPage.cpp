// SPDX-License-Identifier: Apache-2.0
#include "account/MyAccountPage.h"
#include "text/LocalTime.h"

#include "ErrorText.h"
#include "account/NewAuthenticatorDialog.h"
#include "auth/PasswordPolicy.h"
#include "login/PasswordChangePage.h"
#include "login/RecoveryCodesPage.h"
#include "widgets/ChangeNotice.h"
#include "widgets/StepUpDialog.h"
#include "widgets/Style.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cowin::ui {

namespace {
QString when(const QDateTime &t) {
    return text::localTime(t, MyAccountPage::tr("never"));
}

// Ten new codes, shown once, in a window of their own.
void showRecoveryCodes(QWidget *parent, const QStringList &codes) {
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("recoveryCodesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(MyAccountPage::tr("Your new recovery codes"));
    auto *page = new RecoveryCodesPage(dialog);
    page->setCodes(codes);
    (new QVBoxLayout(dialog))->addWidget(page);
    QObject::connect(page, &RecoveryCodesPage::done, dialog, &QDialog::accept);
    dialog->open();
}
} // namespace

MyAccountPage::MyAccountPage(db::Session *session, const login::OperatorStatus &status,
                             QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(status)
    , m_facts(new QLabel(this))
    , m_notice(new ChangeNotice(QStringLiteral("accountNotice"), this))
    , m_sessions(new QTableWidget(this))
    , m_password(makeButton(tr("Change &password…"), QStringLiteral("changeMyPassword"), this))
    , m_codes(makeButton(tr("New &recovery codes…"), QStringLiteral("renewRecoveryCodes"), this))
    , m_phone(makeButton(tr("Move to a new phon&e…"), QStringLiteral("moveToNewPhone"), this))
    , m_endOthers(
          makeButton(tr("Sign &out everywhere else…"), QStringLiteral("endOtherSessions"), this)) {
    auto *heading = new QLabel(tr("<h1>My account</h1>"), this);
    auto *intro =
        new QLabel(tr("Your own sign-in as %1 (%2). Each change here asks for a fresh "
                      "code from your authenticator app and is in the audit trail.")
                       .arg(status.fullName.toHtmlEscaped(), status.operatorName.toHtmlEscaped()),
                   this);
    intro->setWordWrap(true);
    m_facts->setObjectName(QStringLiteral("accountFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sessions->setObjectName(QStringLiteral("mySessions"));
    m_sessions->setAccessibleName(tr("Open sessions"));
    m_sessions->setColumnCount(5);
    m_sessions->setHorizontalHeaderLabels(
        {tr("Opened"), tr("Last active"), tr("Ends"), tr("From"), tr("Console")});
    m_sessions->verticalHeader()->hide();
    m_sessions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sessions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sessions->horizontalHeader()->setStretchLastSection(true);
    for (int column = 0; column < 3; ++column)
        m_sessions->setColumnWidth(column, 140);
    m_sessions->setColumnWidth(3, 160);
    auto *sessionsTitle = new QLabel(tr("<b>Open sessions</b>"), this);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_password, m_codes, m_phone})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *sessionButtons = new QHBoxLayout;
    sessionButtons->addWidget(sessionsTitle);
    sessionButtons->addStretch();
    sessionButtons->addWidget(m_endOthers);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_facts);
    layout->addLayout(buttons);
    layout->addWidget(m_notice);
    layout->addSpacing(8);
    layout->addLayout(sessionButtons);
    layout->addWidget(m_sessions, 1);

    connect(m_password, &QPushButton::clicked, this, &MyAccountPage::changePassword);
    connect(m_codes, &QPushButton::clicked, this, &MyAccountPage::renewRecoveryCodes);
    connect(m_phone, &QPushButton::clicked, this, &MyAccountPage::moveToNewPhone);
    connect(m_endOthers, &QPushButton::clicked, this, &MyAccountPage::endOtherSessions);
}

QString MyAccountPage::sectionTitle() const {
    return tr("My account");
}

void MyAccountPage::start() {
    if (m_started)
        return;
    m_started = true;
    refresh();
}

void MyAccountPage::refresh() {
    m_session->call(&account::AccountCalls::account)
        .then(this, [this](const db::Result<account::MyAccount> &r) {
            if (!r.isOk()) {
                m_facts->setText(errorText(r.error()));
                return;
            }
            showAccount(r.value());
        });
    m_session->call(&account::AccountCalls::sessions)
        .then(this, [this](const db::Result<QList<account::MySession>> &r) {
            if (r.isOk())
                showSessions(r.value());
            Q_EMIT shown();
        });
}

void MyAccountPage::showAccount(const account::MyAccount &a) {
    m_account = a;
    QString codes = tr("%n of 10 recovery code(s) left", nullptr, a.recoveryCodesLeft);
    if (a.recoveryCodesLeft == 0)
        codes = QStringLiteral("<b style='color:#b3261e'>%1</b>")
                    .arg(tr("No recovery codes left: make new ones now").toHtmlEscaped());
    else if (a.recoveryCodesLeft <= 3)
        codes = QStringLiteral("<b style='color:#b3261e'>%1</b> — %2")
                    .arg(codes.toHtmlEscaped(),
                         tr("make new ones before they run out").toHtmlEscaped());
    const QString password = a.passwordChangedAt.isValid()
                                 ? tr("Password changed %1").arg(when(a.passwordChangedAt))
                                 : tr("Password not changed since the account was made");
    m_facts->setText(
        tr("Authenticator set up %1 · %2<br>%3 · last sign-in %4")
            .arg(when(a.enrolledAt), codes, password.toHtmlEscaped(), when(a.lastLoginAt)));
}

void MyAccountPage::showSessions(const QList<account::MySession> &sessions) {
    m_sessions->setRowCount(static_cast<int>(sessions.size()));
    for (int row = 0; row < sessions.size(); ++row) {
        const account::MySession &s = sessions.at(row);
        const QString from = s.clientAddr.isEmpty() ? tr("this computer") : s.clientAddr;
        const QString console = s.thisConsole ? tr("this console") : s.applicationName;
        const QStringList cells{when(s.createdAt), when(s.lastSeenAt), when(s.expiresAt), from,
                                console};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (s.thisConsole) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_sessions->setItem(row, column, item);
        }
    }
    m_endOthers->setEnabled(sessions.size() > 1);
}

void MyAccountPage::changePassword() {
    auto *dialog = new StepUpDialog(
        m_session, tr("Change your password"),
        tr("Use at least %1 characters; a few unrelated words make a strong password that is "
           "easy to remember. Your other sessions stay open.")
            .arg(auth::PasswordPolicy::kMinimumLength),
        tr("Change password"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *password = new QLineEdit(dialog);
    password->setObjectName(QStringLiteral("myNewPassword"));
    password->setEchoMode(QLineEdit::Password);
    auto *repeat = new QLineEdit(dialog);
    repeat->setObjectName(QStringLiteral("myNewPasswordConfirmation"));
    repeat->setEchoMode(QLineEdit::Password);
    dialog->errors().addRow(dialog->form(), tr("&New password:"), password,
                            QStringLiteral("password"));
    dialog->errors().addRow(dialog->form(), tr("&Repeat it:"), repeat,
                            QStringLiteral("confirmation"));
    // Strength is judged here, before the verifier is made: the server never sees the password.
    dialog->setCheck([this, password, repeat]() -> QPair<QString, QString> {
        static const auth::PasswordPolicy policy = auth::PasswordPolicy::withBuiltInList();
        const auth::PasswordProblem p =
            policy.check(m_status.operatorName, password->text(), repeat->text());
        if (p == auth::PasswordProblem::None)
            return {};
        return {p == auth::PasswordProblem::Mismatch ? QStringLiteral("confirmation")
                                                     : QStringLiteral("password"),
                PasswordChangePage::problemText(p)};
    });
    dialog->confirm<db::Done>(
        [this, password](qint64 stepUpAttempt) {
            return m_session->call(&account::AccountCalls::changePassword, password->text(),
                                   stepUpAttempt);
        },
        [this](const db::Done &) {
            m_notice->say(tr("Your password was changed. Use it the next time you sign in."));
            refresh();
        });
}

void MyAccountPage::renewRecoveryCodes() {
    StepUpDialog::ask<QStringList>(
        this, m_session, tr("New recovery codes"),
        tr("Ten new recovery codes replace the ones you have; the old ones stop working at "
           "once. You will see the new ones only now."),
        tr("Make new codes"),
        [this](qint64 stepUpAttempt) {
            return m_session->call(&account::AccountCalls::renewRecoveryCodes, stepUpAttempt);
        },
        [this](const QStringList &codes) {
            showRecoveryCodes(this, codes);
            refresh();
        });
}

void MyAccountPage::moveToNewPhone() {
    auto *dialog = new NewAuthenticatorDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewAuthenticatorDialog::moved, this, [this] {
        m_notice->say(
            tr("Your authenticator is on the new phone; the old phone's codes no longer work."));
        refresh();
    });
    dialog->open();
}

void MyAccountPage::endOtherSessions() {
    StepUpDialog::ask<int>(
        this, m_session, tr("Sign out everywhere else"),
        tr("Every other console signed in as you asks for a new sign-in at once: use this when "
           "you left one open, or do not recognise a session. This console stays signed in."),
        tr("Sign out the others"),
        [this](qint64 stepUpAttempt) {
            return m_session->call(&account::AccountCalls::endOtherSessions, stepUpAttempt);
        },
        [this](int ended) {
            m_notice->say(tr("%n other session(s) ended.", nullptr, ended));
            refresh();
        });
}

} // namespace cowin::ui
