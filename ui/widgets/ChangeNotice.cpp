// SPDX-License-Identifier: Apache-2.0
#include "widgets/ChangeNotice.h"

#include "widgets/Style.h"

#include <QTimer>

namespace cowin::ui {

ChangeNotice::ChangeNotice(const QString &objectName, QWidget *parent)
    : QLabel(parent)
    , m_timer(new QTimer(this)) {
    setObjectName(objectName);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(noticeStyle());
    hide();
    m_timer->setSingleShot(true);
    m_timer->setInterval(kShownMs);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
}

void ChangeNotice::say(const QString &text) {
    setText(text);
    show();
    m_timer->start();
}

} // namespace cowin::ui
