// SPDX-License-Identifier: Apache-2.0
#include "login/LoginWindow.h"

#include "ErrorText.h"
#include "login/CredentialsPage.h"
#include "login/DemoPanel.h"
#include "login/EnrolPage.h"
#include "login/OtpForm.h"
#include "login/PasswordChangePage.h"
#include "login/RecoveryCodesPage.h"
#include "login/SignInCalls.h"
#include "widgets/TextSize.h"
#include "widgets/WindowMemory.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cowin::ui {

LoginWindow::LoginWindow(db::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_pages(new QStackedWidget(this))
    , m_startingLabel(new QLabel(this))
    , m_startingProgress(new QProgressBar(this))
    , m_credentials(new CredentialsPage(this))
    , m_otp(new OtpForm(session, this))
    , m_enrol(new EnrolPage(session, this))
    , m_recovery(new RecoveryCodesPage(this))
    , m_password(new PasswordChangePage(session, this))
    , m_demoPanel(new DemoPanel(this)) {
    setObjectName(QStringLiteral("loginWindow"));
    // The platform adds the product's name (the application's display name) to every title.
    setWindowTitle(tr("Sign in"));
    // No menu bar here; the same keys as in the main window work all the same.
    TextSize::addActions(this);
    auto *quit = new QAction(tr("Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QCoreApplication::quit);
    addAction(quit);

    auto *starting = new QWidget(this);
    auto *startingLayout = new QVBoxLayout(starting);
    m_startingLabel->setObjectName(QStringLiteral("startingLabel"));
    m_startingLabel->setWordWrap(true);
    m_startingProgress->setRange(0, 0);
    startingLayout->addStretch();
    startingLayout->addWidget(m_startingLabel);
    startingLayout->addWidget(m_startingProgress);
    startingLayout->addStretch();

    auto *otpPage = new QWidget(this);
    auto *otpLayout = new QVBoxLayout(otpPage);
    auto *otpTitle = new QLabel(tr("<h2>One-time code</h2>Step 2 of 2."), otpPage);
    otpLayout->addWidget(otpTitle);
    otpLayout->addWidget(m_otp);

    m_pages->addWidget(starting);
    m_pages->addWidget(m_credentials);
    m_pages->addWidget(otpPage);
    m_pages->addWidget(m_enrol);
    m_pages->addWidget(m_recovery);
    m_pages->addWidget(m_password);
    m_pages->setMinimumWidth(420);

    auto *header = new QLabel(
        tr("<b>CoWIN Admin Console</b><br/>Ministry of Health and Family Welfare"), this);
    header->setStyleSheet(QStringLiteral("background: #0b3d91; color: white; padding: 10px;"));
    m_cancel = new QPushButton(tr("Cancel and sign in as someone else"), this);
    m_cancel->setObjectName(QStringLiteral("loginCancel"));
    m_cancel->setFlat(true);
    auto *left = new QVBoxLayout;
    left->addWidget(header);
    left->addWidget(m_pages, 1);
    left->addWidget(m_cancel, 0, Qt::AlignLeft);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(m_demoPanel, 1);
    m_demoPanel->hide();
    wire();
}

void LoginWindow::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        // Larger text needs a larger window; it never shrinks on its own.
        QTimer::singleShot(0, this, [this] { resize(size().expandedTo(minimumSizeHint())); });
}

void LoginWindow::wire() {
    connect(m_credentials, &CredentialsPage::signInRequested, this, &LoginWindow::signIn);
    connect(m_cancel, &QPushButton::clicked, this, [this] { restart(); });
    connect(m_otp, &OtpForm::sessionOpened, this, &LoginWindow::afterSession);
    // Nothing more can be typed on a locked account: back to the start, saying who can help.
    connect(m_otp, &OtpForm::operatorLocked, this, [this] {
        restart(tr(
            "This account is locked after too many wrong codes. A ministry admin can unlock it."));
    });
    connect(m_enrol, &EnrolPage::enrolled, this, [this](const QStringList &codes) {
        m_recovery->setCodes(codes);
        setStep(Step::RecoveryCodes);
    });
    connect(m_recovery, &RecoveryCodesPage::done, this, [this] {
        m_otp->reset(tr("Your authenticator is set up. Enter the next code it shows to sign in."));
        setStep(Step::Otp);
    });
    connect(m_password, &PasswordChangePage::changed, this, [this] {
        m_status.mustChangePassword = false;
        afterSession();
    });
    connect(m_demoPanel, &DemoPanel::operatorChosen, this,
            [this](const QString &name, const QString &pw) {
                if (step() != Step::Credentials)
                    return;
                m_credentials->fillForDemo(name, pw);
            });
    resize(980, 600);
    (new WindowMemory(this))->restore();
    setStep(Step::Credentials);
}

LoginWindow::Step LoginWindow::step() const {
    return static_cast<Step>(m_pages->currentIndex());
}

void LoginWindow::setStep(Step step) {
    m_pages->setCurrentIndex(static_cast<int>(step));
    m_cancel->setVisible(step != Step::Credentials && step != Step::Starting);
}

void LoginWindow::showStarting(const QString &what) {
    m_startingLabel->setText(what);
    m_startingProgress->show();
    setStep(Step::Starting);
}

void LoginWindow::showStartFailed(const QString &why) {
    m_startingLabel->setText(
        tr("<b>The demo database could not start.</b><br/>%1").arg(why.toHtmlEscaped()));
    m_startingProgress->hide();
    setStep(Step::Starting);
}

void LoginWindow::setDemo(const db::ConnectionProfile &profile,
                          const QList<demo::DemoOperator> &operators) {
    m_credentials->setDemoProfile(profile);
    m_demoPanel->setOperators(operators);
    m_demoPanel->show();
    setStep(Step::Credentials);
}

void LoginWindow::updateDemoOperators(const QList<demo::DemoOperator> &operators) {
    m_demoPanel->setOperators(operators);
}

void LoginWindow::setProductionProfile(const db::ConnectionProfile &profile,
                                       const QString &username) {
    m_credentials->setProductionProfile(profile);
    if (!username.isEmpty())
        m_credentials->setUsername(username);
}

void LoginWindow::signedOut() {
    restart();
    m_credentials->showNotice(tr("You have signed out."));
}

void LoginWindow::restart(const QString &message) {
    // Ends a session a half-finished sign-in may hold (e.g. before a password change).
    m_session->call(&login::SignInCalls::logout);
    m_session->disconnect();
    m_credentials->clearPassword();
    m_credentials->setBusy(false);
    m_credentials->showError(message);
    m_enrol->reset();
    setStep(Step::Credentials);
}

void LoginWindow::signIn() {
    m_profile = m_credentials->profile();
    m_credentials->setBusy(true);
    const QString user = m_credentials->username();
    m_session->connectAs(m_profile, user, m_credentials->password())
        .then(this, [this](const db::Result<db::Done> &connected) {
            if (!connected.isOk()) {
                m_credentials->setBusy(false);
                m_credentials->showError(errorText(connected.error()),
                                         connected.error().kind == db::DbError::Kind::BadLogin
                                             ? QStringLiteral("password")
                                             : QString());
                return;
            }
            m_credentials->clearPassword();
            m_session->call(&login::SignInCalls::status)
                .then(this, [this](const db::Result<login::OperatorStatus> &status) {
                    m_credentials->setBusy(false);
                    if (!status.isOk())
                        return restart(errorText(status.error()));
                    route(status.value());
                });
        });
}

void LoginWindow::route(const login::OperatorStatus &status) {
    // Read once, before the code: the session a code opens changes none of it.
    m_status = status;
    if (status.locked) {
        restart(tr(
            "This account is locked after too many wrong codes. A ministry admin can unlock it."));
        return;
    }
    if (!status.enrolled) {
        if (!status.enrolmentPending) {
            restart(tr("Your authenticator is not set up and your enrolment code has expired. "
                       "Ask a ministry admin for a new enrolment code."));
            return;
        }
        m_enrol->reset();
        setStep(Step::Enrol);
        return;
    }
    m_otp->reset(tr("Enter the 6-digit code from your authenticator app."));
    setStep(Step::Otp);
}

void LoginWindow::afterSession() {
    if (m_status.mustChangePassword) {
        m_password->reset(m_status.operatorName);
        setStep(Step::PasswordChange);
        return;
    }
    Q_EMIT authenticated(m_status, m_profile);
}

} // namespace cowin::ui
