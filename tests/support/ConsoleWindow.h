// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the GUI tests share: a signed-in console with its main window shown (offscreen, real
// cluster), and the few ways they act on it as an operator would.
#include "db/Session.h"
#include "main/MainWindow.h"
#include "support/TestCluster.h"

#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QtTest>
#include <memory>

namespace cowin::test {

struct ConsoleWindow {
    TestOperator op;
    std::unique_ptr<db::Session> session;
    std::unique_ptr<ui::MainWindow> window;

    // A new operator in these groups, signed in with a code, the main window shown. False when
    // a step failed.
    bool open(const QString &prefix, const QStringList &groups) {
        op = TestCluster::createOperator(prefix, groups);
        session = std::make_unique<db::Session>();
        if (!session->connectAs(TestCluster::profile(), op.name, op.password).result().isOk())
            return false;
        auto verdict =
            session->call(&login::SignInCalls::submitOtp, TestCluster::code(op.secret)).result();
        if (!verdict.isOk() || !verdict.value().sessionOpened)
            return false;
        // Every test sees the window at its own size, not where an earlier one left it.
        QSettings().remove(QStringLiteral("windows"));
        window = std::make_unique<ui::MainWindow>(
            session.get(), session->call(&login::SignInCalls::status).result().value(),
            TestCluster::profile());
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }
    void close() {
        window.reset();
        if (session)
            session->call(&login::SignInCalls::logout).waitForFinished();
        session.reset();
    }
};

// The dialog of type T once it is shown in window (fatal after 5 s).
template <typename T> T *waitForDialog(QWidget *window) {
    T *d = nullptr;
    // Events are processed while waiting: the dialog opens when an answer arrives.
    if (!QTest::qWaitFor(
            [&] {
                d = window->findChild<T *>();
                return d && d->isVisible();
            },
            5000))
        qFatal("no dialog opened");
    return d;
}

inline void typeInto(QWidget *parent, const char *name, const QString &text) {
    auto *edit = parent->findChild<QLineEdit *>(QString::fromLatin1(name));
    if (!edit)
        qFatal("no field %s", name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

inline void clickButton(QWidget *parent, const char *name) {
    auto *button = parent->findChild<QPushButton *>(QString::fromLatin1(name));
    if (!button)
        qFatal("no button %s", name);
    QTest::mouseClick(button, Qt::LeftButton);
}

// Saves a picture of w when COWIN_SCREENSHOT_DIR names a folder.
inline void screenshot(QWidget *w, const QString &name) {
    const QString dir = qEnvironmentVariable("COWIN_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace cowin::test
