// SPDX-License-Identifier: Apache-2.0
#include "widgets/WindowMemory.h"

#include <QEvent>
#include <QSettings>
#include <QSplitter>
#include <QWidget>

namespace cowin::ui {

namespace {
QString keyOf(const QWidget *window, const QString &part) {
    return QStringLiteral("windows/%1/%2").arg(window->objectName(), part);
}
} // namespace

WindowMemory::WindowMemory(QWidget *window)
    : QObject(window)
    , m_window(window) {
    Q_ASSERT(!window->objectName().isEmpty());
    window->installEventFilter(this);
}

void WindowMemory::restore() {
    m_restored = true;
    const QSettings settings;
    const QByteArray geometry =
        settings.value(keyOf(m_window, QStringLiteral("geometry"))).toByteArray();
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    const auto splitters = m_window->findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters) {
        if (splitter->objectName().isEmpty())
            continue;
        const QByteArray state =
            settings.value(keyOf(m_window, QStringLiteral("splitter/") + splitter->objectName()))
                .toByteArray();
        if (!state.isEmpty())
            splitter->restoreState(state);
    }
}

void WindowMemory::keep() const {
    QSettings settings;
    settings.setValue(keyOf(m_window, QStringLiteral("geometry")), m_window->saveGeometry());
    const auto splitters = m_window->findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters)
        if (!splitter->objectName().isEmpty())
            settings.setValue(keyOf(m_window, QStringLiteral("splitter/") + splitter->objectName()),
                              splitter->saveState());
}

bool WindowMemory::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_window && m_restored &&
        (event->type() == QEvent::Hide || event->type() == QEvent::Close))
        keep();
    return QObject::eventFilter(watched, event);
}

} // namespace cowin::ui
