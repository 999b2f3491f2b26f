// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace cowin::ui {

// The ten recovery codes, shown once: copy, save to a file, and confirm they are kept.
class RecoveryCodesPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kClipboardLifetimeMs = 60 * 1000;

    explicit RecoveryCodesPage(QWidget *parent = nullptr);
    void setCodes(const QStringList &codes);
    QStringList codes() const { return m_codes; }
    // Seam for tests: where "Save to file…" writes without asking.
    void setSavePathForTesting(const QString &path) { m_testSavePath = path; }

Q_SIGNALS:
    void done();

private:
    QString codesAsText() const;
    void save();

    QStringList m_codes;
    QString m_testSavePath;
    QLabel *m_list;
    QLabel *m_status;
    QCheckBox *m_kept;
    QPushButton *m_continue;
};

} // namespace cowin::ui
