// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/DbError.h"

#include <QMap>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace cowin::ui {

// The error labels of a form: one under each field, and one for the form as a whole. A
// refusal that names a field (CW422 with HINT field:NAME) appears under that field, which
// takes the focus; what was typed stays.
class FieldErrors {
public:
    // Labels are named prefix + "_" + field, and prefix for the general one.
    FieldErrors(QWidget *owner, const QString &objectPrefix);

    void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &key);
    // The error label of a field laid out by its owner; the owner places it under the field.
    QLabel *attach(QWidget *field, const QString &key);
    // A second field in a row laid out with addRow: its problems show under that row, and it
    // takes the focus.
    void addToRow(const QString &rowKey, QWidget *field, const QString &key);
    QLabel *general() const { return m_general; }
    // A message about the whole form (or progress through it); empty hides the line.
    void setGeneral(const QString &message);
    // The field that takes the focus when a refusal names no field of this form.
    void setGeneralField(QWidget *field) { m_generalField = field; }
    void clear();
    void show(const db::DbError &error);
    void show(const QString &key, const QString &message);

private:
    QWidget *m_owner;
    QString m_prefix;
    QLabel *m_general;
    QMap<QString, QLabel *> m_labels;
    QMap<QString, QWidget *> m_fields;
    QWidget *m_generalField = nullptr;
};

} // namespace cowin::ui
