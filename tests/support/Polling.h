// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTest>

#include <functional>

namespace cowin::test {

// A loopback port free a moment ago, for a daemon or a proxy the test starts.
inline int freePort() {
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

// Asks done() every 50 ms, serving this thread's events in between, for at most ms.
inline bool waitUntil(const std::function<bool()> &done, int ms) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        if (done())
            return true;
        QTest::qWait(50);
    }
    return done();
}

} // namespace cowin::test
