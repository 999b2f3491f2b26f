// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QSocketNotifier;

namespace cowin::platform {

// Turns SIGINT, SIGTERM and SIGHUP into a normal QCoreApplication::quit(), so Ctrl+C in a
// terminal still ends the session and stops the demo cluster. A signal handler may only
// write to a pipe; the event loop reads it.
class TerminationSignals : public QObject {
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

Q_SIGNALS:
    void received(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace cowin::platform
