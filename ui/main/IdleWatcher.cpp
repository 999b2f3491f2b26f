// SPDX-License-Identifier: Apache-2.0
#include "main/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace cowin::ui {

IdleWatcher::IdleWatcher(int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_timeoutMs(timeoutMs) {
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
}

void IdleWatcher::start() {
    m_sinceInput.start();
    m_running = true;
    m_activity = false;
    QCoreApplication::instance()->installEventFilter(this);
    m_timer.start();
}

void IdleWatcher::stop() {
    m_running = false;
    m_timer.stop();
    QCoreApplication::instance()->removeEventFilter(this);
}

int IdleWatcher::msLeft() const {
    return m_running ? qMax<qint64>(0, m_timeoutMs - m_sinceInput.elapsed()) : m_timeoutMs;
}

bool IdleWatcher::takeActivity() {
    const bool had = m_activity;
    m_activity = false;
    return had;
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_running) {
            m_sinceInput.restart();
            m_activity = true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::check() {
    const int left = msLeft();
    Q_EMIT tick(left);
    if (left == 0) {
        stop();
        Q_EMIT idle();
    }
}

} // namespace cowin::ui
