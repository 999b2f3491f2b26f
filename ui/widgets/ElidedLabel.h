// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>

namespace cowin::ui {

// One line of plain text that gives up width when the window is narrow, ending in "…" with the
// whole text in its tooltip: for a status line, where the window must fit the screen whatever
// the names and the text size.
class ElidedLabel : public QFrame {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    bool isElided() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateToolTip();

    QString m_text;
};

} // namespace cowin::ui
