// One executable, two Qt Test classes: each runs in turn under one
// QApplication, and any failure fails the run.

#include <QApplication>
#include <QStandardPaths>
#include <QTest>

#include <memory>

std::unique_ptr<QObject> makeAnnotationControllerTest();
std::unique_ptr<QObject> makeEventListPanelTest();

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName("ProdromeTests");
  QStandardPaths::setTestModeEnabled(true);  // settings (the list's columns) away from the user's
  int failures = 0;
  std::unique_ptr<QObject> tests[] = {makeAnnotationControllerTest(), makeEventListPanelTest()};
  for (auto& test : tests) failures += QTest::qExec(test.get(), argc, argv);
  return failures == 0 ? 0 : 1;
}
