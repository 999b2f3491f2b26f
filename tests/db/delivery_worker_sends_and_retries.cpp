// SPDX-License-Identifier: Apache-2.0
// The delivery worker against a real HTTP endpoint on this machine and the real outbox: a
// reset's one-time password reaches the gateway once and is then wiped on the server; a
// failing gateway means retries with backoff, and after the last attempt a dead letter.
#include "delivery/DeliveryWorker.h"
#include "delivery/LoopbackSmsGateway.h"
#include "support/TestCluster.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace cowin;
using namespace cowin::test;

class DeliveryWorkerSendsAndRetries : public QObject {
    Q_OBJECT

    TestOperator m_helpdesk;
    TestOperator m_worker;
    test::ConsoleCalls m_console;
    db::PgConnection m_workerDb;

    // A fresh reset of an account nobody else touches; returns the account id.
    qint64 resetOne() {
        const qint64 id = TestCluster::vaccinatorWhere(
            QStringLiteral("status = 'active' AND NOT EXISTS (SELECT 1 FROM private.outbox o "
                           "WHERE o.vaccinator_id = vaccinator.id)"));
        auto detail = m_console.vaccinators.detail(id);
        if (!detail.isOk())
            qFatal("detail: %s", qPrintable(detail.error().message));
        auto reset = m_console.vaccinators.forceReset(id, detail.value().row.version,
                                                      QStringLiteral("delivery worker test"));
        if (!reset.isOk())
            qFatal("reset: %s", qPrintable(reset.error().message));
        return id;
    }

    QString outboxState(qint64 account) {
        auto r = TestCluster::admin().exec(
            QStringLiteral("SELECT state || ':' || attempts || ':' || (secret IS NULL)::text "
                           "FROM private.outbox WHERE vaccinator_id = $1 ORDER BY id DESC LIMIT 1"),
            {account});
        return r.isOk() ? r.value().text(0, 0) : r.error().message;
    }

    delivery::DeliveryStats drain(const delivery::LoopbackSmsGateway &gateway, int backoffSeconds) {
        delivery::GatewayConfig config;
        config.url = gateway.url();
        config.token = "test-gateway-token";
        config.baseBackoffSeconds = backoffSeconds;
        config.timeoutMs = 5000;
        delivery::OutboxClient outbox(m_workerDb);
        delivery::DeliveryWorker worker(outbox, config);
        QSignalSpy drained(&worker, &delivery::DeliveryWorker::drained);
        QSignalSpy failed(&worker, &delivery::DeliveryWorker::failed);
        worker.drain();
        if (drained.isEmpty() && failed.isEmpty())
            drained.wait(20000);
        if (drained.isEmpty())
            qFatal("the worker did not drain the outbox: %s",
                   failed.isEmpty() ? "no answer" : qPrintable(failed.first().first().toString()));
        return drained.first().first().value<delivery::DeliveryStats>();
    }

private Q_SLOTS:
    void initTestCase() {
        COWIN_REQUIRE_CLUSTER();
        qRegisterMetaType<delivery::DeliveryStats>();
        TestCluster::ensureVaccinators(2000);
        // Other tests' messages are not ours to send: push them into the far future.
        TestCluster::admin().exec(QStringLiteral(
            "UPDATE private.outbox SET next_attempt_at = now() + interval '10 years' "
            "WHERE state IN ('pending', 'sending')"));
        m_helpdesk =
            TestCluster::createOperator(QStringLiteral("dw_help"), {QStringLiteral("helpdesk")});
        QVERIFY(TestCluster::signIn(m_console, m_helpdesk));
        m_worker = TestCluster::createServiceLogin(QStringLiteral("dw_sms"),
                                                   QStringLiteral("cowin_delivery"));
        QVERIFY(m_workerDb
                    .open(TestCluster::profile(), m_worker.name, m_worker.password,
                          QStringLiteral("cowin-delivery"))
                    .isOk());
    }

    void aDeliveredPasswordIsWipedOnTheServer() {
        delivery::LoopbackSmsGateway gateway;
        gateway.setRecording(true);
        QVERIFY(gateway.listen());
        const qint64 account = resetOne();
        const delivery::DeliveryStats stats = drain(gateway, 0);
        QCOMPARE(stats.sent, 1);
        QCOMPARE(gateway.requests().size(), 1);
        const delivery::LoopbackSmsGateway::Request &sent = gateway.requests().first();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.headers.value("authorization"), QByteArray("Bearer test-gateway-token"));
        QVERIFY(sent.headers.value("idempotency-key").startsWith("cowin-outbox-"));
        const QJsonObject json = QJsonDocument::fromJson(sent.body).object();
        auto mobile = TestCluster::admin().exec(
            QStringLiteral("SELECT mobile FROM private.vaccinator WHERE id = $1"), {account});
        QCOMPARE(json.value(QStringLiteral("to")).toString(),
                 QStringLiteral("+91") + mobile.value().text(0, 0));
        QVERIFY(QRegularExpression(
                    QStringLiteral("temporary password is [A-Z2-7]{4}(-[A-Z2-7]{4}){3}\\."))
                    .match(json.value(QStringLiteral("message")).toString())
                    .hasMatch());
        QCOMPARE(outboxState(account), QStringLiteral("delivered:1:true"));
        auto deliveries = m_console.vaccinators.deliveries(account);
        QVERIFY(deliveries.isOk());
        QCOMPARE(deliveries.value().first().state, QStringLiteral("delivered"));
        QVERIFY(drain(gateway, 0).sent == 0); // nothing is sent twice
        QCOMPARE(gateway.requests().size(), 1);
    }

    void aFailedSendIsRetriedAfterTheBackoff() {
        delivery::LoopbackSmsGateway gateway;
        gateway.setRecording(true);
        QVERIFY(gateway.listen());
        gateway.script({503});
        const qint64 account = resetOne();
        delivery::DeliveryStats stats = drain(gateway, 60);
        QCOMPARE(stats.retried, 1);
        QCOMPARE(stats.sent, 0);
        QCOMPARE(outboxState(account), QStringLiteral("pending:1:false"));
        auto due = TestCluster::admin().exec(
            QStringLiteral("SELECT next_attempt_at > now() + interval '50 seconds', last_error "
                           "FROM private.outbox WHERE vaccinator_id = $1 ORDER BY id DESC LIMIT 1"),
            {account});
        QVERIFY(due.value().boolean(0, 0));
        QCOMPARE(due.value().text(0, 1), QStringLiteral("gateway answered HTTP 503"));
        // Not due yet: the next run leaves it alone.
        QCOMPARE(drain(gateway, 60).sent, 0);
        TestCluster::admin().exec(
            QStringLiteral("UPDATE private.outbox SET next_attempt_at = now() "
                           "WHERE vaccinator_id = $1 AND state = 'pending'"),
            {account});
        stats = drain(gateway, 60);
        QCOMPARE(stats.sent, 1);
        QCOMPARE(outboxState(account), QStringLiteral("delivered:2:true"));
        QCOMPARE(gateway.requests().size(), 2);
    }

    void afterTheLastAttemptTheMessageIsDeadLettered() {
        delivery::LoopbackSmsGateway gateway;
        gateway.setRecording(true);
        QVERIFY(gateway.listen());
        gateway.script({500, 500, 500, 500, 500});
        const qint64 account = resetOne();
        const delivery::DeliveryStats stats = drain(gateway, 0); // no backoff: all five now
        QCOMPARE(stats.dead, 1);
        QCOMPARE(stats.retried, 4);
        QCOMPARE(gateway.requests().size(), 5);
        QCOMPARE(outboxState(account), QStringLiteral("dead:5:true"));
        auto deliveries = m_console.vaccinators.deliveries(account);
        QCOMPARE(deliveries.value().first().state, QStringLiteral("dead"));
        QCOMPARE(deliveries.value().first().lastError, QStringLiteral("gateway answered HTTP 500"));
    }

    void anUnreachableGatewayIsAFailureWithItsCause() {
        delivery::LoopbackSmsGateway gateway;
        gateway.setRecording(true);
        QVERIFY(gateway.listen());
        const QUrl closed = gateway.url();
        const qint64 account = resetOne();
        delivery::GatewayConfig config;
        config.url = closed;
        config.url.setPort(1); // nothing listens there
        config.token = "test-gateway-token";
        config.baseBackoffSeconds = 600;
        delivery::OutboxClient outbox(m_workerDb);
        delivery::DeliveryWorker worker(outbox, config);
        QSignalSpy drained(&worker, &delivery::DeliveryWorker::drained);
        worker.drain();
        QTRY_COMPARE_WITH_TIMEOUT(drained.size(), 1, 20000);
        QCOMPARE(outboxState(account), QStringLiteral("pending:1:false"));
        auto error = TestCluster::admin().exec(
            QStringLiteral("SELECT last_error FROM private.outbox WHERE vaccinator_id = $1"),
            {account});
        QVERIFY2(error.value().text(0, 0).startsWith(QLatin1String("gateway not reached")),
                 qPrintable(error.value().text(0, 0)));
    }

    void theConfigurationRefusesPlainHttpToAnotherHost() {
        delivery::GatewayConfig config;
        config.token = "t";
        config.url = QUrl(QStringLiteral("http://sms.example.in/send"));
        QVERIFY(config.problem().contains(QLatin1String("https")));
        config.url = QUrl(QStringLiteral("https://sms.example.in/send"));
        QVERIFY(config.problem().isEmpty());
        config.token.clear();
        QVERIFY(config.problem().contains(QLatin1String("token")));
        config.baseBackoffSeconds = 30;
        config.maxBackoffSeconds = 3600;
        QCOMPARE(config.backoffSeconds(1), 30);
        QCOMPARE(config.backoffSeconds(3), 120);
        QCOMPARE(config.backoffSeconds(20), 3600);
    }

    void theWorkerLoginCanDoNothingElse() {
        auto r = m_workerDb.exec(QStringLiteral("SELECT count(*) FROM private.outbox"));
        QVERIFY(!r.isOk());
        QCOMPARE(r.error().sqlState, QStringLiteral("42501"));
        auto search = m_workerDb.exec(QStringLiteral("SELECT console.session_status()"));
        QVERIFY(!search.isOk());
        QCOMPARE(search.error().sqlState, QStringLiteral("42501"));
    }
};

QTEST_GUILESS_MAIN(DeliveryWorkerSendsAndRetries)
#include "delivery_worker_sends_and_retries.moc"
