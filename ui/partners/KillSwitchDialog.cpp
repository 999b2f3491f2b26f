// SPDX-License-Identifier: Apache-2.0
#include "partners/KillSwitchDialog.h"

#include "ErrorText.h"
#include "partners/KillSwitchCalls.h"
#include "widgets/Style.h"
#include "widgets/TextSize.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace cowin::ui {

KillSwitchDialog::KillSwitchDialog(db::Session *session, Step step, const partners::ApiState &state,
                                   QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_step(step)
    , m_state(state)
    , m_code(new QLineEdit(this))
    , m_errors(this, QStringLiteral("killSwitchError")) {
    setObjectName(QStringLiteral("killSwitchDialog"));
    setMinimumWidth(520);
    auto *form = new QFormLayout;
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    if (step == Step::Engage) {
        setWindowTitle(tr("Switch partner APIs off"));
        intro->setText(tr("From the moment you confirm, every partner gateway is refused what "
                          "the level covers, and every open console shows it. Restoring takes "
                          "two operators."));
        m_level = new QComboBox(this);
        m_level->setObjectName(QStringLiteral("killSwitchLevel"));
        m_level->addItem(tr("Everything: every partner, every scope"),
                         QStringLiteral("everything"));
        m_level->addItem(tr("Personal data: scopes that return personal data"),
                         QStringLiteral("personal_data"));
        m_level->addItem(tr("One sector"), QStringLiteral("sector"));
        m_sector = new QComboBox(this);
        m_sector->setObjectName(QStringLiteral("killSwitchSector"));
        m_sector->addItem(tr("Private partners"), QStringLiteral("private"));
        m_sector->addItem(tr("Government partners"), QStringLiteral("government"));
        m_blast = new QLabel(this);
        m_blast->setObjectName(QStringLiteral("killSwitchBlast"));
        m_blast->setWordWrap(true);
        form->addRow(tr("&Level:"), m_level);
        form->addRow(tr("&Sector:"), m_sector);
        form->addRow(QString(), m_blast);
        connect(m_level, &QComboBox::currentIndexChanged, this, &KillSwitchDialog::preview);
        connect(m_sector, &QComboBox::currentIndexChanged, this, &KillSwitchDialog::preview);
    } else if (step == Step::RequestRestore) {
        setWindowTitle(tr("Request a restore"));
        intro->setText(tr("Partner APIs come back on only when another operator approves."));
    } else {
        setWindowTitle(tr("Approve the restore"));
        intro->setTextFormat(Qt::RichText);
        intro->setText(tr("<b>%1</b> asked to switch partner APIs back on: “%2”.<br>They were "
                          "switched off by %3: “%4”.<br>Approving turns them on from the "
                          "moment you confirm.")
                           .arg(state.restoreRequestedBy.toHtmlEscaped(),
                                state.restoreReason.toHtmlEscaped(),
                                state.engagedBy.toHtmlEscaped(), state.reason.toHtmlEscaped()));
    }
    if (step != Step::ApproveRestore) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("killSwitchReason"));
        m_reason->setMaxLength(500);
        m_errors.addRow(form, tr("&Reason:"), m_reason, QStringLiteral("reason"));
    }
    m_code->setObjectName(QStringLiteral("killSwitchCode"));
    keepScaledFont(m_code, 1.2, true);
    m_code->setMaxLength(7);
    m_code->setPlaceholderText(QStringLiteral("123456"));
    form->addRow(tr("One-time &code:"), m_code);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("killSwitchOk"));
    m_ok->setIcon(QIcon()); // no approving tick on what switches partners off
    m_ok->setText(step == Step::Engage           ? tr("Switch off")
                  : step == Step::RequestRestore ? tr("Request restore")
                                                 : tr("Approve restore"));
    // A refusal of the code shows above the m_buttons, and the code field takes the focus.
    m_errors.setGeneralField(m_code);
    m_action = new AuditedAction(session, &m_errors, m_ok);
    m_action->setStepUpField(m_code);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_errors.general());
    layout->addWidget(m_buttons);
    wire();
}

void KillSwitchDialog::wire() {
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &KillSwitchDialog::confirm);
    if (m_level)
        preview();
    // The reason comes before the code (a code is only good for 30 seconds), and Tab follows:
    // the code field was made first, so the order is set here.
    if (m_reason) {
        setTabOrder(m_reason, m_code);
        m_reason->setFocus();
    } else {
        m_code->setFocus();
    }
    setTabOrder(m_code, m_ok);
}

void KillSwitchDialog::preview() {
    const QString level = m_level->currentData().toString();
    m_sector->setEnabled(level == QLatin1String("sector"));
    const QString sector =
        level == QLatin1String("sector") ? m_sector->currentData().toString() : QString();
    m_blast->setText(tr("Counting what this cuts…"));
    m_session->call(&partners::KillSwitchCalls::preview, level, sector)
        .then(this, [this, level](const db::Result<partners::KillSwitchPreview> &r) {
            if (level != m_level->currentData().toString())
                return;
            if (!r.isOk()) {
                m_blast->setText(errorText(r.error()));
                return;
            }
            m_blast->setText(tr("<b>This cuts %1 partners and %2 keys</b>, which served %3 calls "
                                "in the last hour.")
                                 .arg(r.value().partners)
                                 .arg(r.value().keys)
                                 .arg(QLocale().toString(r.value().callsLastHour)));
        });
}

void KillSwitchDialog::confirm() {
    const QString reason = m_reason ? m_reason->text() : QString();
    const QString level = m_level ? m_level->currentData().toString() : QString();
    const QString sector =
        level == QLatin1String("sector") ? m_sector->currentData().toString() : QString();
    const qint64 incident = m_state.incident;
    const auto closed = [this](const auto &) { accept(); };
    switch (m_step) {
    case Step::Engage:
        return m_action->run<qint64>(
            [this, level, sector, reason](qint64 attempt) {
                return m_session->call(&partners::KillSwitchCalls::engage, level, sector, reason,
                                       attempt);
            },
            closed);
    case Step::RequestRestore:
        return m_action->run<db::Done>(
            [this, incident, reason](qint64 attempt) {
                return m_session->call(&partners::KillSwitchCalls::requestRestore, incident, reason,
                                       attempt);
            },
            closed);
    case Step::ApproveRestore:
        return m_action->run<db::Done>(
            [this, incident](qint64 attempt) {
                return m_session->call(&partners::KillSwitchCalls::approveRestore, incident,
                                       attempt);
            },
            closed);
    }
}

} // namespace cowin::ui
