// SPDX-License-Identifier: Apache-2.0
// Partners & API access as operators meet it: real main windows (offscreen) of an admin and an
// incident commander, each with its own connection to the real cluster. The admin adds a
// partner (a wrong allowlist line is refused at its field), issues a key that is shown once and
// works at the gateway, rotates it, and edits the partner over someone else's change; the
// incident commander, whose console follows by notification, revokes the key.
#include "db/Session.h"
#include "main/MainWindow.h"
#include "partners/ApiKeyDialog.h"
#include "partners/ApiKeyTableModel.h"
#include "partners/PartnerDetailPane.h"
#include "partners/PartnerFormDialog.h"
#include "partners/PartnerTableModel.h"
#include "partners/PartnersPage.h"
#include "partners/UsageChart.h"
#include "support/ConsoleWindow.h"
#include "widgets/ReasonDialog.h"
#include "widgets/ShownOncePanel.h"
#include "widgets/Style.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace cowin;
using cowin::test::TestCluster;

namespace {
struct Console : cowin::test::ConsoleWindow {
    ui::PartnersPage *page() const { return window->findChild<ui::PartnersPage *>(); }
    template <typename T> T *child(const char *name) const {
        T *w = window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
};

using cowin::test::waitForDialog;

void type(QWidget *parent, const char *name, const QString &text) {
    cowin::test::typeInto(parent, name, text);
}

void click(QWidget *parent, const char *name) {
    cowin::test::clickButton(parent, name);
}

QString authorize(const QString &key, const QString &scope, const QString &ip) {
    auto r = TestCluster::admin().exec(
        QStringLiteral("SELECT allowed::text || ':' || reason FROM gateway.authorize($1, $2, $3)"),
        {key, scope, ip});
    return r.isOk() ? r.value().text(0, 0) : r.error().message;
}
} // namespace

class PartnerKeysIssueRotateRevoke : public QObject {
    Q_OBJECT

    Console m_admin;
    Console m_incident;
    QString m_name;
    int m_partner = 0;
    QString m_firstKey;
    QString m_secondKey;

    static void open(Console &c, const QString &prefix, const QString &group) {
        QVERIFY(c.open(prefix, {group}));
        c.window->selectSection(QStringLiteral("partners"));
        QVERIFY(c.page());
    }
    static void shot(QWidget *w, const QString &name) { cowin::test::screenshot(w, name); }
    // Selects the key with this prefix once the console lists it.
    static void selectKey(const Console &c, const QString &key) {
        auto *model = c.page()->detail()->findChild<partners::ApiKeyTableModel *>();
        const auto rowOfKey = [model, key] {
            for (int row = 0; row < model->keys().size(); ++row)
                if (key.startsWith(model->keys().at(row).displayPrefix))
                    return row;
            return -1;
        };
        QTRY_VERIFY(rowOfKey() >= 0);
        ui::selectWholeRow(c.child<QTableView>("keyTable"), rowOfKey());
    }
    // Issues or rotates in the dialog and returns the key it showed, after the copy and the
    // confirmation that it is stored.
    QString takeKey(ui::ApiKeyDialog *dialog) {
        [&] { QTRY_VERIFY(dialog->keyShown()); }();
        const QString key = dialog->findChild<QLineEdit *>(QStringLiteral("issuedKey"))->text();
        dialog->shownOnce()->setClipboardClearDelay(300);
        click(dialog, "issuedKey_copy");
        [&] { QCOMPARE(QApplication::clipboard()->text(), key); }();
        auto *close = dialog->findChild<QPushButton *>(QStringLiteral("shownOnceClose"));
        [&] { QVERIFY(!close->isEnabled()); }();
        dialog->findChild<QCheckBox *>(QStringLiteral("shownOnceConfirmed"))->setChecked(true);
        QTest::mouseClick(close, Qt::LeftButton);
        // The dialog wiped its copy; the clipboard forgets the key a moment later.
        [&] { QTRY_VERIFY(QApplication::clipboard()->text().isEmpty()); }();
        return key;
    }

private Q_SLOTS:
    void initTestCase() {
        COWIN_REQUIRE_CLUSTER();
        QStandardPaths::setTestModeEnabled(true);
        // Other tests may leave a kill-switch engaged; this one needs partner APIs on.
        TestCluster::admin().exec(QStringLiteral(
            "UPDATE private.kill_switch_incident SET restore_requested_by = coalesce("
            "restore_requested_by, 'tests'), restored_by = 'tests-cleanup', restored_at = now() "
            "WHERE restored_at IS NULL"));
        m_name = QStringLiteral("GUI Railway Health %1").arg(QCoreApplication::applicationPid());
        open(m_admin, QStringLiteral("gui_pk_admin"), QStringLiteral("admin"));
        open(m_incident, QStringLiteral("gui_pk_incident"), QStringLiteral("incident"));
        QTRY_VERIFY(m_admin.page()->model()->rowCount() >= 0 &&
                    !m_admin.child<QLabel>("partnerCount")->text().isEmpty());
    }

    void incidentCommandersSeeButDoNotAddOrIssue() {
        QVERIFY(!m_incident.child<QPushButton>("newPartner")->isVisibleTo(m_incident.window.get()));
        QVERIFY(!m_incident.child<QPushButton>("issueKey")->isVisibleTo(m_incident.window.get()));
        QVERIFY(m_incident.child<QPushButton>("revokeKey")->isVisibleTo(m_incident.window.get()));
        QVERIFY(m_admin.child<QPushButton>("newPartner")->isVisible());
    }

    void addPartnerRefusedAtItsFieldThenSaved() {
        click(m_admin.window.get(), "newPartner");
        auto *form = waitForDialog<ui::PartnerFormDialog>(m_admin.window.get());
        type(form, "partnerName", m_name);
        auto *scopes = form->findChild<QListWidget *>(QStringLiteral("partnerScopes"));
        QTRY_VERIFY(scopes->count() >= 6);
        for (int i = 0; i < scopes->count(); ++i) {
            const QString scope = scopes->item(i)->data(Qt::UserRole).toString();
            if (scope == QLatin1String("certificate.verify") ||
                scope == QLatin1String("beneficiary.lookup"))
                scopes->item(i)->setCheckState(Qt::Checked);
        }
        auto *allowlist = form->findChild<QPlainTextEdit *>(QStringLiteral("partnerAllowlist"));
        allowlist->setPlainText(QStringLiteral("10.9.0.0/16\n10.9.8.7/16\n"));
        type(form, "partnerReason", QStringLiteral("MoU 2026/77 signed"));
        click(form, "partnerSave");
        auto *allowError = form->findChild<QLabel *>(QStringLiteral("partnerError_ip_allowlist"));
        QTRY_VERIFY(allowError->isVisible());
        QVERIFY2(allowError->text().contains(QLatin1String("did you mean 10.9.0.0/16")),
                 qPrintable(allowError->text()));
        QVERIFY(form->isVisible());
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("partnerName"))->text(), m_name);
        shot(form, QStringLiteral("partners-01-allowlist-refused"));
        allowlist->setPlainText(QStringLiteral("10.9.0.0/16\n2001:db8:9::/48\n"));
        click(form, "partnerSave");
        QTRY_VERIFY(!m_admin.window->findChild<ui::PartnerFormDialog *>());
        auto id = TestCluster::admin().exec(
            QStringLiteral("SELECT id FROM private.partner WHERE name = $1"), {m_name});
        QVERIFY(id.isOk() && id.value().rows() == 1);
        m_partner = static_cast<int>(id.value().int64(0, 0));
        // The new partner is listed and open.
        QTRY_COMPARE(m_admin.page()->detail()->partnerId(), m_partner);
        QTRY_VERIFY(m_admin.child<QLabel>("partnerFacts")
                        ->text()
                        .contains(QLatin1String("2001:db8:9::/48")));
    }

    void keyIsShownOnceAndWorksAtTheGateway() {
        QTRY_VERIFY(m_admin.child<QPushButton>("issueKey")->isEnabled());
        click(m_admin.window.get(), "issueKey");
        auto *dialog = waitForDialog<ui::ApiKeyDialog>(m_admin.window.get());
        click(dialog, "keySubmit");
        auto *reasonError = dialog->findChild<QLabel *>(QStringLiteral("keyError_reason"));
        QTRY_VERIFY(reasonError->isVisible());
        type(dialog, "keyReason", QStringLiteral("first key for the pilot"));
        click(dialog, "keySubmit");
        shot(dialog, QStringLiteral("partners-02-key-shown-once"));
        m_firstKey = takeKey(dialog);
        QVERIFY2(
            QRegularExpression(QStringLiteral("^cwk_[0-9a-f]{64}$")).match(m_firstKey).hasMatch(),
            qPrintable(m_firstKey.left(12)));
        QCOMPARE(authorize(m_firstKey, QStringLiteral("beneficiary.lookup"),
                           QStringLiteral("10.9.200.1")),
                 QStringLiteral("true:ok"));
        // The server holds its hash and prefix; no column, and no audit event, holds the key.
        auto stored = TestCluster::admin().exec(
            QStringLiteral("SELECT count(*) FROM private.api_key WHERE partner_id = $1 AND "
                           "key_hash = sha256(convert_to($2, 'UTF8')) AND "
                           "strpos(row_to_json(api_key)::text, substr($2, 13)) = 0"),
            {m_partner, m_firstKey});
        QVERIFY(stored.isOk());
        QCOMPARE(stored.value().int64(0, 0), 1);
        auto audited = TestCluster::admin().exec(
            QStringLiteral("SELECT count(*) FROM audit.event WHERE strpos(details::text, "
                           "substr($1, 13)) > 0"),
            {m_firstKey});
        QCOMPARE(audited.value().int64(0, 0), 0);
        QTRY_COMPARE(
            m_admin.page()->detail()->findChild<partners::ApiKeyTableModel *>()->rowCount(), 1);
    }

    void usageReportedByTheGatewayIsCharted() {
        TestCluster::admin().exec(QStringLiteral("SELECT gateway.report_usage($1, now(), 40, 3)"),
                                  {m_firstKey});
        m_admin.page()->detail()->reload();
        auto *chart = m_admin.window->findChild<ui::UsageChart *>();
        QTRY_COMPARE(chart->totalCalls(), 40);
        QTRY_VERIFY(m_admin.page()->model()->rowOf(m_partner) >= 0);
        m_admin.page()->refresh();
        QTRY_COMPARE(m_admin.page()
                         ->model()
                         ->rows()
                         .at(m_admin.page()->model()->rowOf(m_partner))
                         .callsLastDay,
                     40);
    }

    void rotatedAtOnceTheOldKeyIsRevoked() {
        selectKey(m_admin, m_firstKey);
        QTRY_VERIFY(m_admin.child<QPushButton>("rotateKey")->isEnabled());
        click(m_admin.window.get(), "rotateKey");
        auto *dialog = waitForDialog<ui::ApiKeyDialog>(m_admin.window.get());
        auto *grace = dialog->findChild<QComboBox *>(QStringLiteral("keyGrace"));
        grace->setCurrentIndex(grace->findData(0));
        type(dialog, "keyReason", QStringLiteral("key seen in a public repository"));
        click(dialog, "keySubmit");
        m_secondKey = takeKey(dialog);
        QVERIFY(m_secondKey != m_firstKey);
        QCOMPARE(
            authorize(m_firstKey, QStringLiteral("certificate.verify"), QStringLiteral("10.9.1.1")),
            QStringLiteral("false:key_revoked"));
        QCOMPARE(authorize(m_secondKey, QStringLiteral("certificate.verify"),
                           QStringLiteral("2001:db8:9::5")),
                 QStringLiteral("true:ok"));
        QTRY_COMPARE(
            m_admin.page()->detail()->findChild<partners::ApiKeyTableModel *>()->rowCount(), 2);
    }

    void incidentCommanderRevokesAndTheAdminSeesIt() {
        // The incident commander's console learnt of the partner by notification.
        QTRY_VERIFY(m_incident.page()->model()->rowOf(m_partner) >= 0);
        m_incident.page()->selectPartner(m_partner);
        QTRY_COMPARE(m_incident.page()->detail()->partnerId(), m_partner);
        selectKey(m_incident, m_secondKey);
        QTRY_VERIFY(m_incident.child<QPushButton>("suspendKey")->isEnabled());
        click(m_incident.window.get(), "suspendKey");
        auto *suspend = waitForDialog<ui::ReasonDialog>(m_incident.window.get());
        QVERIFY(suspend->findChild<QLineEdit *>(QStringLiteral("reason"))
                    ->placeholderText()
                    .contains(QLatin1String("incident")));
        type(suspend, "reason", QStringLiteral("suspicious volume overnight"));
        click(suspend, "reasonOk");
        QTRY_VERIFY(!m_incident.window->findChild<ui::ReasonDialog *>());
        QTRY_VERIFY(m_incident.window->findChild<QLabel *>(QStringLiteral("partnerNotice"))
                        ->text()
                        .contains(QLatin1String("key is suspended")));
        QCOMPARE(authorize(m_secondKey, QStringLiteral("certificate.verify"),
                           QStringLiteral("10.9.1.1")),
                 QStringLiteral("false:key_suspended"));
        // The selection survives the reload: the same key can be resumed at once.
        QTRY_VERIFY(m_incident.child<QPushButton>("resumeKey")->isEnabled());
        QTRY_VERIFY(m_incident.child<QPushButton>("revokeKey")->isEnabled());
        click(m_incident.window.get(), "revokeKey");
        auto *dialog = waitForDialog<ui::ReasonDialog>(m_incident.window.get());
        type(dialog, "reason", QStringLiteral("bot"));
        click(dialog, "reasonOk");
        QTRY_VERIFY(!dialog->findChild<QLabel *>(QStringLiteral("reasonError"))->text().isEmpty());
        type(dialog, "reason", QStringLiteral("bot traffic from this key"));
        click(dialog, "reasonOk");
        QTRY_VERIFY(!m_incident.window->findChild<ui::ReasonDialog *>());
        QCOMPARE(authorize(m_secondKey, QStringLiteral("certificate.verify"),
                           QStringLiteral("10.9.1.1")),
                 QStringLiteral("false:key_revoked"));
        // The admin's open console follows by notification.
        auto *adminKeys = m_admin.page()->detail()->findChild<partners::ApiKeyTableModel *>();
        QTRY_VERIFY(adminKeys->rowCount() == 2 &&
                    adminKeys->keys().at(0).status == QLatin1String("revoked") &&
                    adminKeys->keys().at(1).status == QLatin1String("revoked"));
        QTRY_VERIFY(!m_admin.child<QPushButton>("revokeKey")->isEnabled());
        shot(m_admin.window.get(), QStringLiteral("partners-03-keys-revoked"));
    }

    void editOverSomeoneElsesChangeKeepsTheTyping() {
        QTRY_VERIFY(m_admin.child<QPushButton>("editPartner")->isEnabled());
        click(m_admin.window.get(), "editPartner");
        auto *form = waitForDialog<ui::PartnerFormDialog>(m_admin.window.get());
        form->findChild<QSpinBox *>(QStringLiteral("partnerRate"))->setValue(900);
        type(form, "partnerReason", QStringLiteral("more traffic in the pilot"));
        // Meanwhile the incident commander suspends the partner.
        const int version = m_incident.page()->detail()->detail().version;
        auto suspended =
            m_incident.session
                ->call(&partners::PartnerCalls::setStatus, m_partner, version,
                       QStringLiteral("suspended"), QStringLiteral("scraping reported"))
                .result();
        QVERIFY(suspended.isOk());
        click(form, "partnerSave");
        auto *stale = form->findChild<QLabel *>(QStringLiteral("partnerStale"));
        QTRY_VERIFY(stale->isVisible());
        QCOMPARE(form->findChild<QSpinBox *>(QStringLiteral("partnerRate"))->value(), 900);
        click(form, "partnerReload");
        QTRY_VERIFY(stale->text().contains(QLatin1String("Reloaded")));
        click(form, "partnerSave");
        QTRY_VERIFY(!m_admin.window->findChild<ui::PartnerFormDialog *>());
        auto r = TestCluster::admin().exec(
            QStringLiteral("SELECT status || ' ' || rate_limit_per_minute || ' v' || version "
                           "FROM private.partner WHERE id = $1"),
            {m_partner});
        QCOMPARE(r.value().text(0, 0), QStringLiteral("suspended 900 v3"));
    }

    void cleanupTestCase() {
        for (Console *c : {&m_admin, &m_incident})
            c->close();
    }
};

QTEST_MAIN(PartnerKeysIssueRotateRevoke)
#include "partner_keys_issue_rotate_revoke.moc"
