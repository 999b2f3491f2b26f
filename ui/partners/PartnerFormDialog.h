// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "partners/Partner.h"
#include "widgets/AuditedAction.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace cowin::ui {

class StaleNotice;

// Adds a partner, or edits one: name, sector, whitelisted, contact, granted scopes, IP
// allowlist (one range per line) and rate limit, with a reason. Each refusal appears at its
// field, naming the allowlist line that is wrong. When someone else changed the partner
// meanwhile (CW409), their version can be reloaded; what was typed stays.
class PartnerFormDialog : public QDialog {
    Q_OBJECT
public:
    PartnerFormDialog(db::Session *session, const QList<partners::ApiScope> &scopes,
                      QWidget *parent = nullptr);
    PartnerFormDialog(db::Session *session, const QList<partners::ApiScope> &scopes,
                      const partners::PartnerDetail &partner, QWidget *parent = nullptr);

    partners::PartnerDraft draft() const;
    int savedPartner() const { return m_savedId; }

Q_SIGNALS:
    void saved(int partnerId);

private:
    void build(const QList<partners::ApiScope> &scopes);
    void fill(const partners::PartnerDraft &draft);
    void save();
    void reloadTheirs();

    db::Session *m_session;
    FieldErrors m_errors;
    bool m_editing = false;
    partners::PartnerDetail m_partner;
    int m_savedId = 0;
    QLineEdit *m_name = nullptr;
    QComboBox *m_sector = nullptr;
    QCheckBox *m_whitelisted = nullptr;
    QLineEdit *m_contact = nullptr;
    QListWidget *m_scopes = nullptr;
    QPlainTextEdit *m_allowlist = nullptr;
    QSpinBox *m_rate = nullptr;
    QLineEdit *m_reason = nullptr;
    StaleNotice *m_stale = nullptr;
    QPushButton *m_save = nullptr;
    AuditedAction *m_action = nullptr;
};

} // namespace cowin::ui
