// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <functional>

class QTimer;

namespace cowin::ui {

// After a one-time code was refused as already used: how long until the authenticator app
// shows the next one (codes change every 30 s), counted down each second, then a prompt to
// enter it. Nobody waits without knowing for how long.
class NextCodeCountdown : public QObject {
    Q_OBJECT
public:
    explicit NextCodeCountdown(QObject *parent = nullptr);

    // Calls say(text) now and each second until the next code is there.
    void start(std::function<void(const QString &)> say);
    void stop();
    static int secondsToNextCode();

private:
    void tick();

    QTimer *m_timer;
    qint64 m_step = 0; // the 30 s step of the refused code
    std::function<void(const QString &)> m_say;
};

} // namespace cowin::ui
