// SPDX-License-Identifier: Apache-2.0
#include "vaccinators/VaccinatorFormDialog.h"

#include "ErrorText.h"
#include "vaccinators/PlaceChooser.h"
#include "vaccinators/VaccinatorCalls.h"
#include "widgets/StaleNotice.h"
#include "widgets/Style.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cowin::ui {

using namespace vaccinators;
using vaccinators::VaccinatorCalls;

VaccinatorFormDialog::VaccinatorFormDialog(db::Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_errors(this, QStringLiteral("formError")) {
    build();
    setWindowTitle(tr("New vaccinator account"));
    PlaceChooser{QStringLiteral("state"), {}, {}, {}}.fill(m_session, m_state);
}

VaccinatorFormDialog::VaccinatorFormDialog(db::Session *session, const VaccinatorDetail &account,
                                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_errors(this, QStringLiteral("formError"))
    , m_editing(true)
    , m_account(account) {
    build();
    setWindowTitle(tr("Edit %1").arg(account.row.loginId));
    m_login->setText(account.row.loginId);
    m_login->setEnabled(false); // shown, not offered for typing
    m_login->setToolTip(tr("A login id never changes."));
    m_name->setText(account.row.fullName);
    // The stored number is not shown: typing a new one replaces it.
    m_mobile->setPlaceholderText(tr("%1 — leave empty to keep it").arg(account.row.mobileMasked));
    PlaceChooser{QStringLiteral("state"), {}, {}, account.row.stateCode}.fill(m_session, m_state);
}

void VaccinatorFormDialog::build() {
    setObjectName(QStringLiteral("vaccinatorForm"));
    setMinimumWidth(520);
    m_login = new QLineEdit(this);
    m_name = new QLineEdit(this);
    m_mobile = new QLineEdit(this);
    m_state = new QComboBox(this);
    m_district = new QComboBox(this);
    m_centre = new QComboBox(this);
    m_reason = new QLineEdit(this);
    m_stale = new StaleNotice(QStringLiteral("form"), this);
    m_login->setObjectName(QStringLiteral("formLogin"));
    m_login->setPlaceholderText(tr("e.g. ka.blr.asha.k"));
    m_name->setObjectName(QStringLiteral("formName"));
    m_name->setMaxLength(200);
    m_mobile->setObjectName(QStringLiteral("formMobile"));
    m_mobile->setPlaceholderText(tr("10 digits, starting with 6, 7, 8 or 9"));
    m_state->setObjectName(QStringLiteral("formState"));
    m_district->setObjectName(QStringLiteral("formDistrict"));
    m_centre->setObjectName(QStringLiteral("formCentre"));
    m_reason->setObjectName(QStringLiteral("formReason"));
    m_reason->setPlaceholderText(tr("optional, kept in the audit trail"));

    auto *form = new QFormLayout;
    const auto row = [&](const QString &label, QWidget *field, const QString &key) {
        m_errors.addRow(form, label, field, key);
    };
    row(tr("&Login ID:"), m_login, QStringLiteral("login_id"));
    row(tr("&Name:"), m_name, QStringLiteral("full_name"));
    row(tr("&Mobile:"), m_mobile, QStringLiteral("mobile"));
    form->addRow(tr("&State:"), m_state);
    form->addRow(tr("&District:"), m_district);
    row(tr("&Centre:"), m_centre, QStringLiteral("centre"));
    row(tr("&Reason:"), m_reason, QStringLiteral("reason"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("formSave"));
    m_action = new AuditedAction(m_session, &m_errors, m_save);
    m_stale->watch(m_action, tr("Someone else changed this account after you opened it. Reload "
                                "their version: what you typed stays here, and Save then applies "
                                "it on top of their change."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stale);
    layout->addLayout(form);
    layout->addWidget(m_errors.general());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &VaccinatorFormDialog::save);
    connect(m_stale, &StaleNotice::reloadRequested, this, &VaccinatorFormDialog::reloadTheirs);
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        PlaceChooser{QStringLiteral("district"),
                     m_state->currentData().toString(),
                     {},
                     m_editing ? QString::number(m_account.row.districtId) : QString()}
            .fill(m_session, m_district);
    });
    connect(m_district, &QComboBox::currentIndexChanged, this, [this] {
        PlaceChooser{QStringLiteral("centre"),
                     m_district->currentData().toString(),
                     {},
                     m_editing ? QString::number(m_account.row.centreId) : QString()}
            .fill(m_session, m_centre);
    });
}

VaccinatorDraft VaccinatorFormDialog::draft() const {
    VaccinatorDraft d;
    d.loginId = m_login->text().trimmed();
    d.fullName = m_name->text().trimmed();
    d.mobile = m_mobile->text().trimmed();
    d.centreId = m_centre->currentData().toInt();
    return d;
}

void VaccinatorFormDialog::showProblem(const db::DbError &error) {
    m_errors.show(error);
}

void VaccinatorFormDialog::save() {
    const VaccinatorDraft d = draft();
    const QString reason = m_reason->text().trimmed();
    const auto finished = [this](qint64 id) {
        m_savedId = id;
        Q_EMIT saved(m_savedId);
        accept();
    };
    if (!m_editing) {
        m_action->run<qint64>(
            [this, d, reason](qint64) {
                return m_session->call(&VaccinatorCalls::create, d, reason);
            },
            finished);
        return;
    }
    // An empty mobile keeps the stored number, which only the server knows. The version is
    // the one read last: after "Reload their version", Save applies the typing on top.
    m_action->run<int>(
        [this, d, reason](qint64) {
            return m_session->call(&VaccinatorCalls::update, m_account.row.id,
                                   m_account.row.version, d, reason);
        },
        [this, finished](int) { finished(m_account.row.id); });
}

void VaccinatorFormDialog::reloadTheirs() {
    const qint64 id = m_account.row.id;
    m_stale->setReloading(true);
    m_session->call(&VaccinatorCalls::detail, id)
        .then(this, [this](const db::Result<VaccinatorDetail> &r) {
            m_stale->setReloading(false);
            if (!r.isOk())
                return showProblem(r.error());
            m_account = r.value();
            m_stale->reloaded(tr("Reloaded. Their version: %1, mobile %2, %3. Your typing is "
                                 "unchanged; Save to apply it.")
                                  .arg(m_account.row.fullName, m_account.row.mobileMasked,
                                       m_account.row.centreName));
        });
}

} // namespace cowin::ui
