// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace cowin::ui {

// Counts time since the operator last touched keyboard or mouse anywhere in the application,
// and says when the console must lock.
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    explicit IdleWatcher(int timeoutMs, QObject *parent = nullptr);

    void setTimeout(int timeoutMs) { m_timeoutMs = timeoutMs; }
    void start();
    void stop();
    int msLeft() const;
    // Whether there was input since the last call (for keeping the server session alive).
    bool takeActivity();

Q_SIGNALS:
    void tick(int msLeft);
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();

    int m_timeoutMs;
    bool m_running = false;
    bool m_activity = false;
    QElapsedTimer m_sinceInput;
    QTimer m_timer;
};

} // namespace cowin::ui
