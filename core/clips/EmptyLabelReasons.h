#pragma once
// Why a clip set would hold no windows of a label it was asked for (issue
// 16 §6: with the demo's 5-minute recordings and the 30-minute human gap,
// every normal window was excluded, silently). Read from the same
// recordings and parameters as ClipSetBuilder, after a build came back
// without that label; the builder itself stays a pure window generator.
//
// The sentences are for people: translated in the GUI (tr() under the
// context "prodrome::core::EmptyLabelReasons"), English on the command line.

#include "core/clips/ClipSetBuilder.h"

#include <QStringList>

#include <span>

namespace prodrome::core {

// One sentence per label that was asked for and came out empty, naming the
// cause and the field to change; empty when every asked-for label has windows.
QStringList emptyLabelReasons(const ClipSetParams& params, std::span<const RecordingTimeline> recordings,
                              const ClipSetBuild& build);

}  // namespace prodrome::core
