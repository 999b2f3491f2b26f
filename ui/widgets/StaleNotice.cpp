// SPDX-License-Identifier: Apache-2.0
#include "widgets/StaleNotice.h"

#include "widgets/AuditedAction.h"
#include "widgets/Style.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cowin::ui {

StaleNotice::StaleNotice(const QString &objectPrefix, QWidget *parent)
    : QWidget(parent)
    , m_text(makeNoticeLabel(objectPrefix + QStringLiteral("Stale"), this))
    , m_reload(new QPushButton(tr("&Reload their version"), this)) {
    m_reload->setObjectName(objectPrefix + QStringLiteral("Reload"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_reload, 0, Qt::AlignLeft);
    m_reload->hide();
    hide();
    connect(m_reload, &QPushButton::clicked, this, &StaleNotice::reloadRequested);
}

void StaleNotice::watch(AuditedAction *action, const QString &changed) {
    action->setStaleHandler([this, changed] {
        m_text->setText(changed);
        m_reload->show();
        show();
        m_reload->setFocus();
    });
}

void StaleNotice::reloaded(const QString &theirs) {
    m_text->setText(theirs);
    m_reload->hide();
}

void StaleNotice::setReloading(bool reloading) {
    m_reload->setEnabled(!reloading);
}

} // namespace cowin::ui
