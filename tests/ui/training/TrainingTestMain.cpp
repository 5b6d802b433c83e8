// One executable, several Qt Test classes, each run in turn under one
// QApplication; any failure fails the run.

#include <QApplication>
#include <QTest>

#include <memory>

std::unique_ptr<QObject> makeBinaryCurvesTest();
std::unique_ptr<QObject> makeJobQueueTest();
std::unique_ptr<QObject> makeTrainingActionsTest();

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  int failures = 0;
  std::unique_ptr<QObject> tests[] = {makeBinaryCurvesTest(), makeJobQueueTest(), makeTrainingActionsTest()};
  for (auto& test : tests) failures += QTest::qExec(test.get(), argc, argv);
  return failures == 0 ? 0 : 1;
}
