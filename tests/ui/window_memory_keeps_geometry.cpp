// SPDX-License-Identifier: Apache-2.0
// A window comes back where the operator left it: its size and its splitters, kept in the
// settings when it closes and restored before it is shown again.
#include "widgets/WindowMemory.h"

#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtTest>
#include <memory>

using namespace cowin;

namespace {
std::unique_ptr<QWidget> makeWindow() {
    auto window = std::make_unique<QWidget>();
    window->setObjectName(QStringLiteral("memoryTestWindow"));
    auto *split = new QSplitter(window.get());
    split->setObjectName(QStringLiteral("memoryTestSplit"));
    split->addWidget(new QLabel(QStringLiteral("left"), split));
    split->addWidget(new QLabel(QStringLiteral("right"), split));
    (new QVBoxLayout(window.get()))->addWidget(split);
    window->resize(400, 300);
    return window;
}
} // namespace

class WindowMemoryKeepsGeometry : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("windows/memoryTestWindow"));
    }

    void sizeAndSplittersComeBack() {
        QList<int> kept;
        {
            auto window = makeWindow();
            (new ui::WindowMemory(window.get()))->restore();
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            QCOMPARE(window->size(), QSize(400, 300));
            window->resize(620, 410);
            auto *split = window->findChild<QSplitter *>();
            split->setSizes({150, 450});
            QTRY_COMPARE(window->size(), QSize(620, 410));
            kept = split->sizes();
            window->close();
        }
        QVERIFY(QSettings().contains(QStringLiteral("windows/memoryTestWindow/geometry")));
        auto again = makeWindow();
        (new ui::WindowMemory(again.get()))->restore();
        again->show();
        QVERIFY(QTest::qWaitForWindowExposed(again.get()));
        QCOMPARE(again->size(), QSize(620, 410));
        QCOMPARE(again->findChild<QSplitter *>()->sizes(), kept);
    }
};

QTEST_MAIN(WindowMemoryKeepsGeometry)
#include "window_memory_keeps_geometry.moc"
