// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace cowin::ui {

// Secrets the server returns once (an API key; a new operator's password and enrolment code):
// each in a read-only monospace field with a Copy button, a warning, and a confirmation that
// they were handed over before Close is enabled. A minute after a copy the clipboard is
// cleared if it still holds the secret (the timer outlives the panel and keeps only a hash).
// wipe() overwrites the panel's copies.
class ShownOncePanel : public QWidget {
    Q_OBJECT
public:
    ShownOncePanel(const QString &warning, const QString &confirmation, QWidget *parent = nullptr);
    ~ShownOncePanel() override;

    // Adds a secret; its field is named objectName and its Copy button objectName + "_copy".
    void addSecret(const QString &label, const QString &value, const QString &objectName);
    bool confirmed() const;
    // Whether the panel may close: asks first when the secrets were not confirmed.
    bool mayClose();
    void wipe();
    void setClipboardClearDelay(int ms) { m_clipboardClearMs = ms; }

Q_SIGNALS:
    void closeRequested();

private:
    void copy(int index);

    QVBoxLayout *m_secrets;
    QLabel *m_copied;
    QCheckBox *m_confirm;
    QPushButton *m_close;
    QList<QLineEdit *> m_fields;
    QList<QString> m_values;
    int m_clipboardClearMs = 60 * 1000;
};

} // namespace cowin::ui
