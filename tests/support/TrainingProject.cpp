#include "tests/support/TrainingProject.h"

#include "core/clips/ClipSetService.h"
#include "core/synth/SynthProject.h"
#include "database/Schema.h"

namespace prodrome::test {

TrainingProject makeTrainingProject(const std::filesystem::path& dir, int humans, double minutes) {
  TrainingProject p;
  std::filesystem::create_directories(dir);
  p.file = dir / "training.prodrome";
  auto db = database::openProject(p.file);
  core::synth::SynthOptions o;
  o.species = "human";
  o.subjects = humans;
  o.minutes = minutes;
  o.seizures = 1;
  o.seed = 5;
  o.width = 64;
  o.height = 48;
  o.fps = 10;
  o.outputDir = dir / "videos";
  const auto people = core::synth::synthesize(db, o).recordings;
  o.species = "rodent";
  o.subjects = 1;
  core::synth::synthesize(db, o);
  core::ClipSetParams params;
  params.postIctalSeconds = params.humanGapSeconds = params.rodentGapSeconds = 10;
  params.normalStrideSeconds = 2;
  params.buildPreictal = false;
  params.buildIctal = true;
  core::ClipSetService clips(db);
  p.rodentSet = clips.build("rodents", params).clipSetId;
  params.buildPreictal = true;
  params.buildIctal = false;
  core::SubjectSplit split;
  const std::size_t n = people.size();
  for (std::size_t i = 0; i < n; ++i)
    split[people[i].subjectId] = i + 1 == n   ? core::kTestSplit
                                 : i + 2 == n ? core::kValidationSplit
                                              : core::kTrainSplit;
  p.humanSet = clips.build("humans", params, split).clipSetId;
  p.recordingId = people.back().recordingId;
  return p;
}

}  // namespace prodrome::test
