#include "StoreTest.h"

#include "database/DatabaseError.h"

#include <sqlite3.h>

namespace prodrome::database::test {
namespace {

using SubjectStoreTest = StoreTest;

TEST_F(SubjectStoreTest, Crud) {
  SubjectStore store(db());
  const std::int64_t rat = store.add(Subject{0, "R07", Species::Rodent, "Kainate"});
  const std::int64_t human = store.add(Subject{0, "P01", Species::Human, ""});
  EXPECT_NE(rat, human);

  auto found = store.find(rat);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->code, "R07");
  EXPECT_EQ(found->species, Species::Rodent);
  EXPECT_EQ(found->notes, "Kainate");
  EXPECT_EQ(store.findByCode("P01")->id, human);
  EXPECT_FALSE(store.findByCode("nobody"));

  found->notes = "Kainate, 8 weeks";
  store.update(*found);
  EXPECT_EQ(store.find(rat)->notes, "Kainate, 8 weeks");

  const auto all = store.list();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].code, "P01") << "ordered by code";

  EXPECT_TRUE(store.remove(rat));
  EXPECT_FALSE(store.remove(rat));
  EXPECT_FALSE(store.find(rat));
  EXPECT_THROW(store.update(Subject{rat, "R07", Species::Rodent, ""}), ValidationError);
}

TEST_F(SubjectStoreTest, DuplicateCodeIsAConstraintError) {
  SubjectStore store(db());
  store.add(Subject{0, "P01", Species::Human, ""});
  try {
    store.add(Subject{0, "P01", Species::Rodent, ""});
    FAIL() << "duplicate code accepted";
  } catch (const DatabaseError& error) {
    EXPECT_EQ(error.extendedCode(), SQLITE_CONSTRAINT_UNIQUE);
  }
  EXPECT_EQ(store.list().size(), 1u);
  EXPECT_THROW(speciesFromString("cat"), ValidationError);
}

TEST_F(SubjectStoreTest, RemovingSubjectCascades) {
  const std::int64_t recording = addRecording(db(), "P02");
  Event event;
  event.recordingId = recording;
  event.onsetFrame = 5;
  EventStore(db()).add(event);
  SubjectStore(db()).remove(SubjectStore(db()).findByCode("P02")->id);
  EXPECT_FALSE(RecordingStore(db()).find(recording));
  EXPECT_TRUE(EventStore(db()).list().empty());
}

}  // namespace
}  // namespace prodrome::database::test
