// Help ▸ User Guide (issue 16 §7): the guide opens from the Help menu, holds
// the four jobs, and every picture it shows is in the resources and decodes
// (a renamed screenshot would otherwise leave a silent hole in the guide).

#include <QAction>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTest>
#include <QTextBrowser>

#include <memory>

#include "ui/MainWindow.h"
#include "ui/dialogs/UserGuideDialog.h"

using namespace prodrome;

class UserGuideTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void theGuideCoversTheFourJobsWithItsPictures() {
    ui::UserGuideDialog guide;
    const QString text = guide.browser()->toPlainText();
    for (const char* heading : {"Getting started", "1. Annotate", "2. Curate clips", "3. Train", "4. Review forecasts"})
      QVERIFY2(text.contains(QString::fromUtf8(heading)), heading);

    QFile html(":/prodrome/guide/guide.html");
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString source = QString::fromUtf8(html.readAll());
    int pictures = 0;
    for (const auto& match : QRegularExpression(QStringLiteral("src=\"qrc:([^\"]+)\"")).globalMatch(source)) {
      const QImage image(QLatin1Char(':') + match.captured(1));
      QVERIFY2(!image.isNull(), qPrintable(match.captured(1)));
      QVERIFY(image.width() >= 600);  // a screenshot, readable at the guide's width
      ++pictures;
    }
    QCOMPARE(pictures, 5);
  }

  void theHelpMenuOpensIt() {
    ui::MainWindow w;
    w.show();
    QAction* open = nullptr;
    for (QAction* menu : w.menuBar()->actions())
      if (menu->menu() && menu->text() == "&Help")
        for (QAction* a : menu->menu()->actions())
          if (a->text() == "User &Guide") open = a;
    QVERIFY(open);
    open->trigger();
    auto* guide = w.findChild<ui::UserGuideDialog*>();
    QVERIFY(guide);
    QVERIFY(guide->isVisible());
    guide->close();
  }
};

std::unique_ptr<QObject> makeUserGuideTest() { return std::make_unique<UserGuideTest>(); }

#include "UserGuideTest.moc"
