// SPDX-License-Identifier: Apache-2.0
#include "platform/TerminationSignals.h"

#include <QSignalSpy>
#include <QtTest>
#include <csignal>

using cowin::platform::TerminationSignals;

class TerminationSignalsQuit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aTerminationSignalBecomesAQuit_data() {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGINT") << SIGINT;
        QTest::newRow("SIGTERM") << SIGTERM;
        QTest::newRow("SIGHUP") << SIGHUP;
    }
    void aTerminationSignalBecomesAQuit() {
        QFETCH(int, signal);
        TerminationSignals signals_;
        QSignalSpy received(&signals_, &TerminationSignals::received);
        ::raise(signal); // without the handler this would end the test process
        QVERIFY(received.wait(5000));
        QCOMPARE(received.first().first().toInt(), signal);
    }
};

QTEST_GUILESS_MAIN(TerminationSignalsQuit)
#include "termination_signals_quit.moc"
