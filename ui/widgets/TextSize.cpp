// SPDX-License-Identifier: Apache-2.0
#include "widgets/TextSize.h"

#include "widgets/Style.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFont>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QWidget>
#include <algorithm>
#include <functional>

namespace cowin::ui {

namespace {
const QString kKey = QStringLiteral("view/textSize");

// The desktop's font as the application started, before any step was applied.
QFont &baseFont() {
    static QFont base = QApplication::font();
    return base;
}

int percentNow = 100;

// Re-applies the scaled fonts whenever the application's font changes. Qt tells only the
// application object and top-level windows, and a child with a font of its own does not follow
// its window; so one watcher on the application keeps them all.
class ScaledFonts : public QObject {
public:
    static ScaledFonts &instance() {
        static auto *fonts = new ScaledFonts(qApp);
        return *fonts;
    }

    void keep(QWidget *w, qreal scale, bool monospace) {
        forgetTheGone(); // dialogs come and go; the lists keep only what lives
        m_kept.append({w, scale, monospace});
        apply(m_kept.last());
    }
    void onChange(QObject *owner, std::function<void()> changed) {
        forgetTheGone();
        m_listeners.append({owner, std::move(changed)});
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (watched == qApp && event->type() == QEvent::ApplicationFontChange) {
            forgetTheGone();
            // Copies: a handler may open a window that asks to be kept too.
            const QList<Kept> kept = m_kept;
            for (const Kept &k : kept)
                if (!k.widget.isNull())
                    apply(k);
            const QList<Listener> listeners = m_listeners;
            for (const Listener &l : listeners)
                if (!l.owner.isNull())
                    l.changed();
        }
        return false;
    }

private:
    struct Kept {
        QPointer<QWidget> widget;
        qreal scale;
        bool monospace;
    };

    explicit ScaledFonts(QObject *parent)
        : QObject(parent) {
        qApp->installEventFilter(this);
    }

    void forgetTheGone() {
        m_kept.removeIf([](const Kept &k) { return k.widget.isNull(); });
        m_listeners.removeIf([](const Listener &l) { return l.owner.isNull(); });
    }

    static void apply(const Kept &k) {
        QFont font = k.widget->font();
        if (k.monospace)
            font = codeFont(1.0);
        font.setPointSizeF(QApplication::font().pointSizeF() * k.scale);
        k.widget->setFont(font);
    }

    struct Listener {
        QPointer<QObject> owner;
        std::function<void()> changed;
    };

    QList<Kept> m_kept;
    QList<Listener> m_listeners;
};
} // namespace

QList<int> TextSize::steps() {
    return {100, 115, 130, 150};
}

int TextSize::current() {
    return percentNow;
}

void TextSize::restore() {
    baseFont();
    set(QSettings().value(kKey, 100).toInt());
}

void TextSize::set(int percent) {
    const QList<int> all = steps();
    const int step = *std::min_element(all.begin(), all.end(), [percent](int a, int b) {
        return qAbs(a - percent) < qAbs(b - percent);
    });
    QFont font = baseFont();
    font.setPointSizeF(baseFont().pointSizeF() * step / 100.0);
    percentNow = step;
    QApplication::setFont(font);
    // A widget with a style sheet of its own keeps the font it was polished with unless it is
    // told as a window is.
    QEvent change(QEvent::ApplicationFontChange);
    for (QWidget *w : QApplication::allWidgets())
        if (!w->isWindow() && w->testAttribute(Qt::WA_StyleSheet))
            QCoreApplication::sendEvent(w, &change);
    QSettings settings;
    if (step == 100)
        settings.remove(kKey);
    else
        settings.setValue(kKey, step);
}

bool TextSize::larger() {
    const QList<int> all = steps();
    const int i = all.indexOf(percentNow);
    if (i < 0 || i + 1 >= all.size())
        return false;
    set(all.at(i + 1));
    return true;
}

bool TextSize::smaller() {
    const QList<int> all = steps();
    const int i = all.indexOf(percentNow);
    if (i <= 0)
        return false;
    set(all.at(i - 1));
    return true;
}

void TextSize::reset() {
    set(100);
}

void TextSize::addActions(QWidget *window, QMenu *menu) {
    auto *larger = new QAction(tr("&Larger text"), window);
    larger->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    larger->setObjectName(QStringLiteral("largerTextAction"));
    auto *smaller = new QAction(tr("&Smaller text"), window);
    smaller->setShortcut(QKeySequence::ZoomOut);
    smaller->setObjectName(QStringLiteral("smallerTextAction"));
    auto *normal = new QAction(tr("&Normal text size"), window);
    normal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    normal->setObjectName(QStringLiteral("normalTextAction"));
    const auto enableSteps = [larger, smaller, normal] {
        larger->setEnabled(current() < steps().last());
        smaller->setEnabled(current() > steps().first());
        normal->setEnabled(current() != 100);
    };
    // Every window's actions follow a change made in any of them.
    QObject::connect(larger, &QAction::triggered, window, [] { TextSize::larger(); });
    QObject::connect(smaller, &QAction::triggered, window, [] { TextSize::smaller(); });
    QObject::connect(normal, &QAction::triggered, window, [] { TextSize::reset(); });
    for (QAction *a : {larger, smaller, normal}) {
        a->setShortcutContext(Qt::WindowShortcut);
        window->addAction(a);
        if (menu)
            menu->addAction(a);
    }
    ScaledFonts::instance().onChange(window, enableSteps);
    enableSteps();
}

void keepScaledFont(QWidget *w, qreal scale, bool monospace) {
    ScaledFonts::instance().keep(w, scale, monospace);
}

} // namespace cowin::ui
