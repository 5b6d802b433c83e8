// Signals from EDF/BDF (issue 14 §2): every signal at its own rate in
// physical units, placed by the file's start time when the video's is known,
// a file that is no EDF refused with nothing stored. The EDF files are
// written here with EDFlib's own writer.

#include "core/signals/EdfSignalImporter.h"
#include "database/PeriodStore.h"
#include "database/RecordingStore.h"
#include "database/Schema.h"
#include "database/SignalStore.h"
#include "database/SubjectStore.h"

#include <edflib.h>
#include <gtest/gtest.h>

#include <unistd.h>

#include <cmath>
#include <fstream>

using namespace prodrome;

namespace {

constexpr double kPi = 3.14159265358979323846;

class EdfImport : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("prodrome-edf-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_.emplace(database::openProject((dir_ / "s.prodrome").string()));
    const auto subject = database::SubjectStore(*db_).add({0, "P1", database::Species::Human, ""});
    database::Recording r{};
    r.subjectId = subject;
    r.path = std::string("/nowhere/p1.mp4");
    r.fingerprint = std::string("fingerprint-p1");
    r.fps = 25;
    r.frameCount = 25 * 60;
    recording_ = database::RecordingStore(*db_).add(r);
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  // 10 s of EEG Fz (a 10 Hz sine of 100 uV at 256 Hz) and heart rate (1 Hz),
  // starting 2026-03-01 22:00:05 (EDF's clock: local time).
  std::filesystem::path writeEdf() {
    const auto path = dir_ / "night.edf";
    const int h = edfopen_file_writeonly(path.c_str(), EDFLIB_FILETYPE_EDFPLUS, 2);
    EXPECT_GE(h, 0);
    const int rates[2] = {256, 1};
    const char* labels[2] = {"EEG Fz", "HR"};
    const char* units[2] = {"uV", "bpm"};
    for (int s = 0; s < 2; ++s) {
      edf_set_samplefrequency(h, s, rates[s]);
      edf_set_physical_maximum(h, s, s == 0 ? 200.0 : 250.0);
      edf_set_physical_minimum(h, s, s == 0 ? -200.0 : 0.0);
      edf_set_digital_maximum(h, s, 32767);
      edf_set_digital_minimum(h, s, -32768);
      edf_set_label(h, s, labels[s]);
      edf_set_physical_dimension(h, s, units[s]);
    }
    edf_set_startdatetime(h, 2026, 3, 1, 22, 0, 5);
    std::vector<double> eeg(256), hr(1);
    for (int second = 0; second < 10; ++second) {
      for (int i = 0; i < 256; ++i) eeg[i] = 100.0 * std::sin(2 * kPi * 10 * (second + i / 256.0));
      hr[0] = 60 + second;
      EXPECT_EQ(edfwrite_physical_samples(h, eeg.data()), 0);
      EXPECT_EQ(edfwrite_physical_samples(h, hr.data()), 0);
    }
    // EDF+ annotations, in units of 100 us: "lights off" at 2.5 s for 1 s,
    // "button" at 7 s without a duration.
    EXPECT_EQ(edfwrite_annotation_utf8(h, 25000, 10000, "lights off"), 0);
    EXPECT_EQ(edfwrite_annotation_utf8(h, 70000, -1, "button"), 0);
    edfclose_file(h);
    return path;
  }

  std::filesystem::path dir_;
  std::optional<database::Database> db_;
  std::int64_t recording_ = 0;
};

TEST_F(EdfImport, EverySignalAtItsRatePlacedByTheFilesClock) {
  database::PeriodStore(*db_).setStart(recording_, std::string("2026-03-01T22:00:00"));  // local, as EDF's
  const auto imported = core::importSignalFile(*db_, recording_, writeEdf(), "polygraph ");
  ASSERT_EQ(imported.signalIds.size(), 2u);
  database::SignalStore store(*db_);
  const auto eeg = store.load(imported.signalIds[0]);
  const auto hr = store.load(imported.signalIds[1]);
  ASSERT_TRUE(eeg && hr);
  EXPECT_EQ(eeg->info.name, "polygraph EEG Fz");
  EXPECT_EQ(hr->info.name, "polygraph HR");
  EXPECT_EQ(eeg->info.source, "night.edf");
  ASSERT_EQ(eeg->samples.size(), 2560u);
  ASSERT_EQ(hr->samples.size(), 10u);
  EXPECT_DOUBLE_EQ(*eeg->info.sampleRate, 256.0);
  EXPECT_DOUBLE_EQ(*hr->info.sampleRate, 1.0);
  EXPECT_DOUBLE_EQ(eeg->info.startSeconds, 5.0);
  EXPECT_DOUBLE_EQ(hr->timeOf(3), 8.0);
  // Physical units, to the file's resolution (400 uV over 16 bits).
  for (int i : {0, 6, 100, 2559})
    EXPECT_NEAR(eeg->samples[static_cast<std::size_t>(i)], 100.0 * std::sin(2 * kPi * 10 * (i / 256.0)), 0.01) << i;
  EXPECT_NEAR(hr->samples[9], 69.0, 0.01);
  // The annotations are markers of the first signal, on its clock.
  EXPECT_EQ(imported.markers, 2);
  ASSERT_EQ(eeg->markers.size(), 2u);
  EXPECT_TRUE(hr->markers.empty());
  EXPECT_EQ(eeg->markers[0].label, "lights off");
  EXPECT_NEAR(eeg->markers[0].seconds, 7.5, 1e-6);
  EXPECT_EQ(eeg->markers[0].duration, std::optional<double>(1.0));
  EXPECT_EQ(eeg->markers[1].label, "button");
  EXPECT_NEAR(eeg->markers[1].seconds, 12.0, 1e-6);
  EXPECT_FALSE(eeg->markers[1].duration);
}

TEST_F(EdfImport, WithoutAVideoClockTheSignalStartsWithTheVideo) {
  const auto imported = core::importSignalEdf(*db_, recording_, writeEdf());
  EXPECT_DOUBLE_EQ(database::SignalStore(*db_).load(imported.signalIds[0])->info.startSeconds, 0.0);
}

TEST_F(EdfImport, AFileThatIsNoEdfIsRefusedAndNothingStored) {
  // A CSV saved under an EDF name: long enough for a header, which it breaks.
  const auto bad = dir_ / "notes.EDF";
  {
    std::ofstream out(bad);
    out << "time,hr\n";
    for (int i = 0; i < 100; ++i) out << i << ",60\n";
  }
  try {
    core::importSignalFile(*db_, recording_, bad);
    ADD_FAILURE() << "imported a text file as EDF";
  } catch (const core::ImportError& e) {
    EXPECT_NE(std::string(e.what()).find("notes.EDF: not a valid EDF/BDF file"), std::string::npos) << e.what();
  }
  // Shorter than a header.
  const auto stub = dir_ / "stub.edf";
  std::ofstream(stub) << "0       ";
  try {
    core::importSignalFile(*db_, recording_, stub);
    ADD_FAILURE() << "imported an 8-byte file as EDF";
  } catch (const core::ImportError& e) {
    EXPECT_NE(std::string(e.what()).find("stub.edf: could not be read: shorter than an EDF header"), std::string::npos)
        << e.what();
  }
  // A recording cut short in copying: its header promises more data records.
  const auto cut = writeEdf();
  std::filesystem::resize_file(cut, std::filesystem::file_size(cut) - 100);
  try {
    core::importSignalFile(*db_, recording_, cut);
    ADD_FAILURE() << "imported a truncated EDF";
  } catch (const core::ImportError& e) {
    EXPECT_NE(std::string(e.what()).find("night.edf: "), std::string::npos) << e.what();
  }
  EXPECT_THROW(core::importSignalEdf(*db_, 99, bad), core::ImportError);
  EXPECT_THROW(core::importSignalEdf(*db_, recording_, dir_ / "absent.edf"), core::ImportError);
  EXPECT_TRUE(database::SignalStore(*db_).list().empty());
}

}  // namespace
