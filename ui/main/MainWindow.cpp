// SPDX-License-Identifier: Apache-2.0
#include "main/MainWindow.h"

#include "ErrorText.h"
#include "account/MyAccountPage.h"
#include "audit/AuditPage.h"
#include "delivery/DeliveriesPage.h"
#include "login/OtpForm.h"
#include "login/SignInCalls.h"
#include "main/AboutDialog.h"
#include "main/IdleWatcher.h"
#include "operators/OperatorTableModel.h"
#include "operators/OperatorsPage.h"
#include "partners/KillSwitchBanner.h"
#include "partners/PartnersPage.h"
#include "vaccinators/VaccinatorSearchBar.h"
#include "vaccinators/VaccinatorsPage.h"
#include "watch/WatchPage.h"
#include "widgets/ElidedLabel.h"
#include "widgets/TextSize.h"
#include "widgets/WindowMemory.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>

namespace cowin::ui {

namespace {
enum CentralPage { WorkPage = 0, LockPage = 1 };
} // namespace

MainWindow::MainWindow(db::Session *session, const login::OperatorStatus &status,
                       const db::ConnectionProfile &profile, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_status(status)
    , m_serverName(profile.describe())
    , m_serverIdentity(profile.identity())
    , m_nav(new QListWidget(this))
    , m_banner(new KillSwitchBanner(session, status, this))
    , m_pages(new QStackedWidget(this))
    , m_central(new QStackedWidget(this))
    , m_unlockForm(new OtpForm(session, this))
    , m_lockReason(new QLabel(this))
    , m_who(new ElidedLabel(this))
    , m_server(new ElidedLabel(this))
    , m_idle(new QLabel(this))
    , m_idleWatcher(new IdleWatcher(kIdleTimeoutMs, this))
    , m_keepAlive(new QTimer(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    // The platform adds the product's name (the application's display name) to every title.
    setWindowTitle(status.fullName);
    buildSections();
    m_central->addWidget(buildWorkPage());
    m_central->addWidget(buildLockPage());
    setCentralWidget(m_central);
    buildMenus();
    buildStatusBar();
    wire();

    m_idleWatcher->start();
    m_keepAlive->start();
    updateIdleLabel(m_idleWatcher->msLeft());
    // No larger than the screen it opens on (a 1366 x 768 laptop has less than 820 rows).
    resize(QSize(1360, 820).boundedTo(screen()->availableGeometry().size()));
    // Where the operator left it last time, splitters included.
    (new WindowMemory(this))->restore();
}

void MainWindow::buildSections() {
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Sections"));
    m_nav->setSpacing(3);
    // Room above and below the text: vowel signs of Devanagari reach over the line, and a
    // selected item's highlight must not cut them.
    m_nav->setStyleSheet(QStringLiteral("QListWidget::item { padding: 4px 2px; }"));
    keepScaledFont(m_nav, 1.1);

    // What the server's grants let this operator call decides which sections there are.
    const login::OperatorStatus &s = m_status;
    if (!s.may("vaccinator_search") && !s.may("partner_list") && !s.may("operator_list") &&
        !s.may("audit_chain_page"))
        addWelcome();
    if (s.may("vaccinator_search"))
        addSection(new VaccinatorsPage(m_session, s, m_pages));
    if (s.may("delivery_outbox")) {
        auto *deliveries = new DeliveriesPage(m_session, s, m_pages);
        addSection(deliveries);
        QListWidgetItem *entry = m_nav->item(m_nav->count() - 1);
        // The entry says when something needs following up, before the section is opened.
        connect(deliveries, &DeliveriesPage::problemsCounted, this, [entry, deliveries](int n) {
            entry->setText(n > 0 ? tr("%1 (%2)").arg(deliveries->sectionTitle()).arg(n)
                                 : deliveries->sectionTitle());
            entry->setForeground(n > 0 ? QBrush(QColor(0xb3, 0x26, 0x1e)) : QBrush());
            entry->setToolTip(n > 0 ? tr("%n one-time password message(s) did not reach their "
                                         "vaccinator.",
                                         nullptr, n)
                                    : QString());
        });
        connect(deliveries, &DeliveriesPage::openAccount, this, [this](const QString &loginId) {
            openTarget(QStringLiteral("vaccinator"), loginId);
        });
    }
    if (s.may("partner_list"))
        addSection(new PartnersPage(m_session, s, m_pages));
    if (s.may("watch_alerts")) {
        auto *watch = new WatchPage(m_session, s, m_pages);
        addSection(watch);
        QListWidgetItem *entry = m_nav->item(m_nav->count() - 1);
        // Open alerts are counted on the entry, live, before the section is opened.
        connect(watch, &WatchPage::openCounted, this, [entry, watch](int n) {
            entry->setText(n > 0 ? tr("%1 (%2)").arg(watch->sectionTitle()).arg(n)
                                 : watch->sectionTitle());
            entry->setForeground(n > 0 ? QBrush(QColor(0xb3, 0x26, 0x1e)) : QBrush());
            entry->setToolTip(n > 0 ? tr("%n open alert(s) of the lookup watch.", nullptr, n)
                                    : QString());
        });
        connect(watch, &WatchPage::switchOffRequested, m_banner, &KillSwitchBanner::offerSwitchOff);
        connect(watch, &WatchPage::openAccount, this, [this](const QString &loginId) {
            openTarget(QStringLiteral("vaccinator"), loginId);
        });
    }
    auto *audit = new AuditPage(m_session, s, m_serverIdentity, m_pages);
    connect(audit, &AuditPage::openTarget, this, &MainWindow::openTarget);
    addSection(audit);
    if (s.may("operator_list"))
        addSection(new OperatorsPage(m_session, s, m_pages));
    if (s.may("my_account"))
        addSection(new MyAccountPage(m_session, s, m_pages));
    m_nav->setCurrentRow(0);
    fitNavigation();
}

void MainWindow::fitNavigation() {
    // As wide as the longest section name needs (Hindi's run longer, and so does a larger text
    // size), no wider: the tables get the rest.
    m_nav->setFixedWidth(std::max(140, m_nav->sizeHintForColumn(0) + 2 * m_nav->frameWidth() +
                                           m_nav->spacing() * 2 + 16));
}

void MainWindow::changeEvent(QEvent *event) {
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        // The navigation's own font follows in the same pass; measure once it has.
        QTimer::singleShot(0, this, &MainWindow::fitNavigation);
}

QWidget *MainWindow::buildWorkPage() {
    auto *work = new QWidget(this);
    auto *workColumns = new QHBoxLayout;
    workColumns->addWidget(m_nav);
    workColumns->addWidget(m_pages, 1);
    auto *workLayout = new QVBoxLayout(work);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->addWidget(m_banner);
    workLayout->addLayout(workColumns, 1);
    return work;
}

QWidget *MainWindow::buildLockPage() {
    auto *lockPage = new QWidget(this);
    auto *card = new QFrame(lockPage);
    card->setObjectName(QStringLiteral("lockCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setFixedWidth(460);
    card->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Maximum);
    m_lockReason->setObjectName(QStringLiteral("lockReason"));
    m_lockReason->setWordWrap(true);
    m_unlockForm->setObjectName(QStringLiteral("unlockForm"));
    auto *signOut = new QPushButton(tr("Sign out instead"), card);
    signOut->setObjectName(QStringLiteral("lockSignOut"));
    connect(signOut, &QPushButton::clicked, this, &MainWindow::logout);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(new QLabel(tr("<h2>The console is locked</h2>"), card));
    cardLayout->addWidget(m_lockReason);
    cardLayout->addWidget(m_unlockForm);
    cardLayout->addWidget(signOut, 0, Qt::AlignLeft);
    auto *lockLayout = new QVBoxLayout(lockPage);
    lockLayout->addStretch();
    lockLayout->addWidget(card, 0, Qt::AlignHCenter);
    lockLayout->addStretch(2);
    return lockPage;
}

void MainWindow::buildMenus() {
    auto *sessionMenu = menuBar()->addMenu(tr("&Session"));
    QAction *lockAction = sessionMenu->addAction(tr("&Lock now"), this, [this] { lock(); });
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *logoutAction = sessionMenu->addAction(tr("Sign &out"), this, &MainWindow::logout);
    logoutAction->setObjectName(QStringLiteral("logoutAction"));
    sessionMenu->addSeparator();
    QAction *quitAction = sessionMenu->addAction(tr("&Quit"), qApp, &QCoreApplication::quit);
    quitAction->setShortcut(QKeySequence::Quit);
    TextSize::addActions(this, menuBar()->addMenu(tr("&View")));
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About…"), this, [this] {
        auto *dialog = new AboutDialog(m_session, m_serverName, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::buildStatusBar() {
    m_who->setObjectName(QStringLiteral("statusWho"));
    m_who->setText(tr("Signed in as %1 (%2) · %3")
                       .arg(m_status.fullName, m_status.operatorName,
                            operators::OperatorTableModel::groupsText(m_status.groups)));
    m_server->setObjectName(QStringLiteral("statusServer"));
    m_server->setText(tr("Server: %1").arg(m_serverName));
    m_idle->setObjectName(QStringLiteral("statusIdle"));
    statusBar()->addWidget(m_who, 1);
    statusBar()->addPermanentWidget(m_server);
    statusBar()->addPermanentWidget(m_idle);
}

void MainWindow::wire() {
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // A section reads from the server the first time it is shown, not at sign-in.
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) {
        if (index >= 0 && index < m_sections.size() && m_sections.at(index))
            m_sections.at(index)->start();
    });
    if (!m_sections.isEmpty() && m_sections.first())
        QTimer::singleShot(0, this, [this] { m_sections.first()->start(); });

    connect(m_idleWatcher, &IdleWatcher::tick, this, &MainWindow::updateIdleLabel);
    connect(m_idleWatcher, &IdleWatcher::idle, this, [this] {
        lock(tr("It locked itself after %n minutes without use.", nullptr, kIdleTimeoutMs / 60000));
    });
    connect(m_unlockForm, &OtpForm::sessionOpened, this, &MainWindow::unlock);
    connect(m_unlockForm, &OtpForm::operatorLocked, this,
            [this] { QTimer::singleShot(2500, this, &MainWindow::logout); });
    connect(m_session, &db::Session::sessionLost, this,
            [this] { lock(tr("Your session ended on the server.")); });
    connect(m_session, &db::Session::accountClosed, this, [this] {
        db::DbError closed = db::DbError::accountClosed();
        lock(errorText(closed));
    });
    // The server ends a session after 15 idle minutes too; calls made while the operator is
    // active keep it alive.
    m_keepAlive->setInterval(60 * 1000);
    connect(m_keepAlive, &QTimer::timeout, this, &MainWindow::keepSessionAlive);
}

MainWindow::~MainWindow() {
    m_idleWatcher->stop();
}

void MainWindow::addSection(Section *section) {
    auto *item = new QListWidgetItem(section->sectionTitle(), m_nav);
    item->setData(Qt::UserRole, section->sectionName());
    section->widget()->setObjectName(QStringLiteral("page_") + section->sectionName());
    m_pages->addWidget(section->widget());
    m_sections << section;
}

void MainWindow::addWelcome() {
    const QString title = tr("Welcome");
    auto *item = new QListWidgetItem(title, m_nav);
    item->setData(Qt::UserRole, QStringLiteral("none"));
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("page_none"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("<h1>%1</h1>").arg(title.toHtmlEscaped()), page));
    auto *text = new QLabel(
        tr("Your account is in no console group yet. A ministry admin can add you to one."), page);
    text->setWordWrap(true);
    layout->addWidget(text);
    layout->addStretch();
    m_pages->addWidget(page);
    m_sections << nullptr;
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
    for (Section *section : std::as_const(m_sections)) {
        if (section && section->showTarget(type, id)) {
            selectSection(section->sectionName());
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
    m_session->call(&login::SignInCalls::logout);
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
    m_session->call(&login::SignInCalls::logout).then(this, [this](const db::Result<db::Done> &) {
        Q_EMIT loggedOut();
    });
}

void MainWindow::updateIdleLabel(int msLeft) {
    const int seconds = (msLeft + 999) / 1000;
    m_idle->setText(
        tr("Idle lock in %1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

void MainWindow::keepSessionAlive() {
    if (!m_idleWatcher->takeActivity())
        return;
    // A lost session arrives through Session::sessionLost.
    m_session->ping();
}

} // namespace cowin::ui
