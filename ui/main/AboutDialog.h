// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Session.h"

#include <QDialog>

class QLabel;

namespace cowin::ui {

// What a support call asks first: which console, built on what, talking to which server.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    AboutDialog(db::Session *session, const QString &serverName, QWidget *parent = nullptr);

    QString facts() const;

private:
    QLabel *m_facts;
};

} // namespace cowin::ui
