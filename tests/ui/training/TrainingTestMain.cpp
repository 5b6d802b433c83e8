// One executable, several Qt Test classes, each run in turn under one
// QApplication; any failure fails the run.

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

std::unique_ptr<QObject> makeBinaryCurvesTest();
std::unique_ptr<QObject> makeTrainingActionsTest();
std::unique_ptr<QObject> makeTrainingDialogsTest();

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName("ProdromeTests");
  QStandardPaths::setTestModeEnabled(true);  // settings away from the user's
  // The Train dialogs remember their fields: every run starts from their defaults.
  QSettings().remove(QStringLiteral("dialogs"));
  int failures = 0;
  std::unique_ptr<QObject> tests[] = {makeBinaryCurvesTest(), makeTrainingDialogsTest(), makeTrainingActionsTest()};
  for (auto& test : tests) failures += QTest::qExec(test.get(), argc, argv);
  return failures == 0 ? 0 : 1;
}
