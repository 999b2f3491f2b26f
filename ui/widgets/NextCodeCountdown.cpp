// SPDX-License-Identifier: Apache-2.0
#include "widgets/NextCodeCountdown.h"

#include <QDateTime>
#include <QTimer>

namespace cowin::ui {

namespace {
constexpr int kStepSeconds = 30; // RFC 6238, as the server judges codes
}

NextCodeCountdown::NextCodeCountdown(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this)) {
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &NextCodeCountdown::tick);
}

int NextCodeCountdown::secondsToNextCode() {
    return kStepSeconds - static_cast<int>(QDateTime::currentSecsSinceEpoch() % kStepSeconds);
}

void NextCodeCountdown::start(std::function<void(const QString &)> say) {
    m_say = std::move(say);
    m_step = QDateTime::currentSecsSinceEpoch() / kStepSeconds;
    m_timer->start();
    tick();
}

void NextCodeCountdown::stop() {
    m_timer->stop();
}

void NextCodeCountdown::tick() {
    if (!m_say)
        return;
    // The step turned since the refused code: the app shows a new one.
    if (QDateTime::currentSecsSinceEpoch() / kStepSeconds != m_step) {
        m_timer->stop();
        m_say(tr("Enter the new code your app shows now."));
        return;
    }
    m_say(tr("That code was already used. Your app shows the next one in %n s.", nullptr,
             secondsToNextCode()));
}

} // namespace cowin::ui
