// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"
#include "partners/Partner.h"
#include "widgets/AuditedAction.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace cowin::ui {

class ShownOncePanel;

// Issues a key for a partner, or rotates one, and then shows the new key once (ShownOncePanel):
// neither the console nor the server can show it again, and the dialog wipes its copy when it
// closes.
class ApiKeyDialog : public QDialog {
    Q_OBJECT
public:
    // A new key for this partner, with some of its scopes.
    ApiKeyDialog(db::Session *session, const partners::PartnerDetail &partner,
                 QWidget *parent = nullptr);
    // A successor of this key, with its scopes; the old one is revoked now or after a grace.
    ApiKeyDialog(db::Session *session, const QString &partnerName, const partners::ApiKeyRow &key,
                 QWidget *parent = nullptr);

    bool keyShown() const;
    ShownOncePanel *shownOnce() const { return m_shown; }

public Q_SLOTS:
    void reject() override;
    void done(int result) override;

Q_SIGNALS:
    void issued(qint64 keyId);

private:
    void build(const QString &title, const QString &explanation);
    void submit();
    void showKey(const partners::IssuedKey &key);

    db::Session *m_session;
    FieldErrors m_errors;
    int m_partnerId = 0;
    qint64 m_rotating = 0;
    QStackedWidget *m_pages = nullptr;
    QListWidget *m_scopes = nullptr;
    QComboBox *m_grace = nullptr;
    QDateEdit *m_expires = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_submit = nullptr;
    AuditedAction *m_action = nullptr;
    ShownOncePanel *m_shown = nullptr;
};

} // namespace cowin::ui
