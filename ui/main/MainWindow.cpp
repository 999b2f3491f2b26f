// SPDX-License-Identifier: Apache-2.0
#include "main/MainWindow.h"

#include "ErrorText.h"
#include "audit/AuditPage.h"
#include "login/OtpForm.h"
#include "main/IdleWatcher.h"
#include "operators/OperatorsPage.h"
#include "partners/KillSwitchBanner.h"
#include "partners/PartnersPage.h"
#include "vaccinators/VaccinatorSearchBar.h"
#include "vaccinators/VaccinatorsPage.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace cowin::ui {

namespace {
enum CentralPage { WorkPage = 0, LockPage = 1 };

QString groupTitle(const QString &group) {
    if (group == QLatin1String("admin"))
        return MainWindow::tr("ministry admin");
    if (group == QLatin1String("helpdesk"))
        return MainWindow::tr("helpdesk");
    if (group == QLatin1String("incident"))
        return MainWindow::tr("incident commander");
    if (group == QLatin1String("auditor"))
        return MainWindow::tr("auditor");
    return group;
}
} // namespace

MainWindow::MainWindow(db::ConsoleService *service, const db::OperatorStatus &status,
                       const db::ConnectionProfile &profile, QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_status(status)
    , m_serverName(profile.describe())
    , m_nav(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_central(new QStackedWidget(this))
    , m_unlockForm(new OtpForm(service, this))
    , m_lockReason(new QLabel(this))
    , m_who(new QLabel(this))
    , m_server(new QLabel(this))
    , m_idle(new QLabel(this))
    , m_idleWatcher(new IdleWatcher(kIdleTimeoutMs, this))
    , m_keepAlive(new QTimer(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CoWIN Admin Console — %1").arg(status.fullName));
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(220);
    m_nav->setSpacing(3);
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_nav->setFont(navFont);

    const auto has = [&status](const char *g) { return status.hasGroup(QString::fromLatin1(g)); };
    if (status.groups.isEmpty())
        addSection(
            QStringLiteral("none"), tr("Welcome"),
            tr("Your account is in no console group yet. A ministry admin can add you to one."));
    if (has("helpdesk") || has("admin")) {
        auto *item = new QListWidgetItem(tr("Vaccinators"), m_nav);
        item->setData(Qt::UserRole, QStringLiteral("vaccinators"));
        auto *page = new VaccinatorsPage(service, status, m_pages);
        page->setObjectName(QStringLiteral("page_vaccinators"));
        m_pages->addWidget(page);
    }
    if (has("admin") || has("incident")) {
        auto *item = new QListWidgetItem(tr("Partners & API access"), m_nav);
        item->setData(Qt::UserRole, QStringLiteral("partners"));
        m_pages->addWidget(new PartnersPage(service, status, m_pages));
    }
    {
        // Everyone has it: auditors and admins see the whole trail, others their own actions.
        auto *item = new QListWidgetItem(
            has("auditor") || has("admin") ? tr("Audit trail") : tr("My actions"), m_nav);
        item->setData(Qt::UserRole, QStringLiteral("audit"));
        auto *page = new AuditPage(service, status, m_serverName, m_pages);
        connect(page, &AuditPage::openTarget, this, &MainWindow::openTarget);
        m_pages->addWidget(page);
    }
    if (has("admin")) {
        auto *item = new QListWidgetItem(tr("Operators"), m_nav);
        item->setData(Qt::UserRole, QStringLiteral("operators"));
        m_pages->addWidget(new OperatorsPage(service, status, m_pages));
    }
    m_nav->setCurrentRow(0);
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // A section reads from the server the first time it is shown (its start() slot), not at
    // sign-in.
    const auto start = [](QWidget *page) {
        if (page && page->metaObject()->indexOfSlot("start()") >= 0)
            QMetaObject::invokeMethod(page, "start", Qt::QueuedConnection);
    };
    connect(m_pages, &QStackedWidget::currentChanged, this,
            [this, start](int index) { start(m_pages->widget(index)); });
    start(m_pages->widget(0));

    auto *work = new QWidget(this);
    auto *workColumns = new QHBoxLayout;
    workColumns->addWidget(m_nav);
    workColumns->addWidget(m_pages, 1);
    auto *workLayout = new QVBoxLayout(work);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->addWidget(new KillSwitchBanner(service, status, work));
    workLayout->addLayout(workColumns, 1);

    auto *lockPage = new QWidget(this);
    auto *card = new QFrame(lockPage);
    card->setObjectName(QStringLiteral("lockCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setFixedWidth(460);
    card->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Maximum);
    auto *cardLayout = new QVBoxLayout(card);
    m_lockReason->setObjectName(QStringLiteral("lockReason"));
    m_lockReason->setWordWrap(true);
    m_unlockForm->setObjectName(QStringLiteral("unlockForm"));
    auto *lockTitle = new QLabel(tr("<h2>The console is locked</h2>"), card);
    auto *signOut = new QPushButton(tr("Sign out instead"), card);
    signOut->setObjectName(QStringLiteral("lockSignOut"));
    cardLayout->addWidget(lockTitle);
    cardLayout->addWidget(m_lockReason);
    cardLayout->addWidget(m_unlockForm);
    cardLayout->addWidget(signOut, 0, Qt::AlignLeft);
    auto *lockLayout = new QVBoxLayout(lockPage);
    lockLayout->addStretch();
    lockLayout->addWidget(card, 0, Qt::AlignHCenter);
    lockLayout->addStretch(2);

    m_central->addWidget(work);
    m_central->addWidget(lockPage);
    setCentralWidget(m_central);

    auto *sessionMenu = menuBar()->addMenu(tr("&Session"));
    QAction *lockAction = sessionMenu->addAction(tr("&Lock now"), this, [this] { lock(); });
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *logoutAction = sessionMenu->addAction(tr("Sign &out"), this, &MainWindow::logout);
    logoutAction->setObjectName(QStringLiteral("logoutAction"));
    sessionMenu->addSeparator();
    QAction *quitAction = sessionMenu->addAction(tr("&Quit"), qApp, &QCoreApplication::quit);
    quitAction->setShortcut(QKeySequence::Quit);

    QStringList groups;
    for (const QString &g : status.groups)
        groups << groupTitle(g);
    m_who->setObjectName(QStringLiteral("statusWho"));
    m_who->setText(tr("Signed in as %1 (%2) · %3")
                       .arg(status.fullName, status.operatorName,
                            groups.isEmpty() ? tr("no group") : groups.join(QStringLiteral(", "))));
    m_server->setObjectName(QStringLiteral("statusServer"));
    m_server->setText(tr("Server: %1").arg(profile.describe()));
    m_idle->setObjectName(QStringLiteral("statusIdle"));
    statusBar()->addWidget(m_who, 1);
    statusBar()->addPermanentWidget(m_server);
    statusBar()->addPermanentWidget(m_idle);

    connect(m_idleWatcher, &IdleWatcher::tick, this, &MainWindow::updateIdleLabel);
    connect(m_idleWatcher, &IdleWatcher::idle, this, [this] {
        lock(tr("It locked itself after %n minutes without use.", nullptr, kIdleTimeoutMs / 60000));
    });
    connect(m_unlockForm, &OtpForm::sessionOpened, this, &MainWindow::unlock);
    connect(m_unlockForm, &OtpForm::operatorLocked, this,
            [this] { QTimer::singleShot(2500, this, &MainWindow::logout); });
    connect(signOut, &QPushButton::clicked, this, &MainWindow::logout);
    connect(m_service, &db::ConsoleService::sessionLost, this,
            [this] { lock(tr("Your session ended on the server.")); });
    // The server ends a session after 15 idle minutes too; calls made while the operator is
    // active keep it alive.
    m_keepAlive->setInterval(60 * 1000);
    connect(m_keepAlive, &QTimer::timeout, this, &MainWindow::keepSessionAlive);

    m_idleWatcher->start();
    m_keepAlive->start();
    updateIdleLabel(m_idleWatcher->msLeft());
    resize(1360, 820);
}

MainWindow::~MainWindow() {
    m_idleWatcher->stop();
}

void MainWindow::addSection(const QString &name, const QString &title, const QString &coming) {
    auto *item = new QListWidgetItem(title, m_nav);
    item->setData(Qt::UserRole, name);
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("page_") + name);
    auto *layout = new QVBoxLayout(page);
    auto *heading = new QLabel(QStringLiteral("<h1>%1</h1>").arg(title.toHtmlEscaped()), page);
    auto *text = new QLabel(coming, page);
    text->setWordWrap(true);
    auto *soon =
        new QLabel(tr("This part of the console is being built; it will appear here."), page);
    soon->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addWidget(soon);
    layout->addStretch();
    m_pages->addWidget(page);
}

void MainWindow::setIdleTimeout(int ms) {
    m_idleWatcher->setTimeout(ms);
    updateIdleLabel(m_idleWatcher->msLeft());
}

bool MainWindow::isLocked() const {
    return m_central->currentIndex() == LockPage;
}

QStringList MainWindow::sectionNames() const {
    QStringList names;
    for (int i = 0; i < m_nav->count(); ++i)
        names << m_nav->item(i)->data(Qt::UserRole).toString();
    return names;
}

QString MainWindow::currentSection() const {
    return m_nav->currentItem() ? m_nav->currentItem()->data(Qt::UserRole).toString() : QString();
}

void MainWindow::selectSection(const QString &name) {
    const int row = static_cast<int>(sectionNames().indexOf(name));
    if (row >= 0)
        m_nav->setCurrentRow(row);
}

void MainWindow::openTarget(const QString &type, const QString &id) {
    for (int i = 0; i < m_pages->count(); ++i) {
        QWidget *page = m_pages->widget(i);
        if (auto *v = qobject_cast<VaccinatorsPage *>(page);
            v && type == QLatin1String("vaccinator")) {
            selectSection(QStringLiteral("vaccinators"));
            v->searchBar()->showLogin(id);
            return;
        }
        if (auto *p = qobject_cast<PartnersPage *>(page); p && type == QLatin1String("partner")) {
            selectSection(QStringLiteral("partners"));
            p->selectPartner(id.toInt());
            return;
        }
        if (auto *o = qobject_cast<OperatorsPage *>(page); o && type == QLatin1String("operator")) {
            selectSection(QStringLiteral("operators"));
            o->selectOperator(id);
            return;
        }
    }
    QMessageBox::information(
        this, tr("Not in your sections"),
        tr("Your groups do not include the section where this %1 is managed.").arg(type));
}

void MainWindow::lock(const QString &why) {
    if (isLocked())
        return;
    m_idleWatcher->stop();
    m_keepAlive->stop();
    m_lockReason->setText(why.isEmpty() ? tr("Locked by %1.").arg(m_status.fullName) : why);
    m_unlockForm->reset(tr("Enter a one-time code to continue where you left off."));
    m_central->setCurrentIndex(LockPage);
    menuBar()->setEnabled(false);
    m_idle->setText(tr("Locked"));
    // A locked console holds no live session: the code typed to unlock opens a new one.
    m_service->logout();
}

void MainWindow::unlock() {
    m_central->setCurrentIndex(WorkPage);
    menuBar()->setEnabled(true);
    m_idleWatcher->start();
    m_keepAlive->start();
}

void MainWindow::logout() {
    m_idleWatcher->stop();
    m_keepAlive->stop();
    m_service->logout().then(this, [this](const db::Result<db::Done> &) { Q_EMIT loggedOut(); });
}

void MainWindow::updateIdleLabel(int msLeft) {
    const int seconds = (msLeft + 999) / 1000;
    m_idle->setText(
        tr("Idle lock in %1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

void MainWindow::keepSessionAlive() {
    if (!m_idleWatcher->takeActivity())
        return;
    m_service->sessionPing().then(this, [](const db::Result<db::SessionTimes> &) {
        // A lost session arrives through ConsoleService::sessionLost.
    });
}

} // namespace cowin::ui
