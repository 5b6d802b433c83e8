// One executable, several Qt Test classes under one QApplication; any failure
// fails the run.

#include <QApplication>
#include <QStandardPaths>
#include <QTest>

#include <memory>

std::unique_ptr<QObject> makeReviewTest();
std::unique_ptr<QObject> makeRealForecastTest();
std::unique_ptr<QObject> makeReviewInputTest();

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName("ProdromeTests");
  QStandardPaths::setTestModeEnabled(true);  // settings (the annotator's name) away from the user's
  int failures = 0;
  std::unique_ptr<QObject> tests[] = {makeReviewTest(), makeRealForecastTest(), makeReviewInputTest()};
  for (auto& test : tests) failures += QTest::qExec(test.get(), argc, argv);
  return failures == 0 ? 0 : 1;
}
