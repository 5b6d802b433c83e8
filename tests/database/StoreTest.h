#pragma once

#include "TempProject.h"

#include <optional>

namespace prodrome::database::test {

// A fresh project per test, open for the test's whole body.
class StoreTest : public TempProject {
 protected:
  void SetUp() override {
    TempProject::SetUp();
    database_.emplace(openProject(file_));
  }
  void TearDown() override {
    database_.reset();
    TempProject::TearDown();
  }
  Database& db() { return *database_; }

  std::optional<Database> database_;
};

}  // namespace prodrome::database::test
