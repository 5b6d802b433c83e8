#include "StoreTest.h"

#include "database/DatabaseError.h"
#include "database/ModelStore.h"

namespace prodrome::database::test {
namespace {

using ModelStoreTest = StoreTest;

TEST_F(ModelStoreTest, CrudAndParentLink) {
  ModelStore store(db());
  const std::int64_t base =
      store.add(Model{0, "vit-small-pt", R"({"preset":"vit-small"})", "/m/pt.safetensors", std::nullopt, ""});
  const std::int64_t tuned = store.add(Model{0, "vit-small-ft", "{}", "/m/ft.safetensors", base, ""});
  auto found = store.find(tuned);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->parentId, base);
  EXPECT_EQ(found->weightsPath, "/m/ft.safetensors");
  EXPECT_EQ(store.findByName("vit-small-pt")->architecture, R"({"preset":"vit-small"})");
  store.updateWeightsPath(tuned, "/m/ft2.safetensors");
  EXPECT_EQ(store.find(tuned)->weightsPath, "/m/ft2.safetensors");
  EXPECT_THROW(store.add(Model{0, "orphan", "{}", "", 999, ""}), DatabaseError) << "missing parent accepted";
  EXPECT_EQ(store.list().size(), 2u);

  EXPECT_TRUE(store.remove(base));
  ASSERT_TRUE(store.find(tuned));
  EXPECT_FALSE(store.find(tuned)->parentId) << "child not detached from its deleted parent";
}

}  // namespace
}  // namespace prodrome::database::test
