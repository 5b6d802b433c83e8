#pragma once
// The demo report's figures: balanced accuracy per shot (with and without
// stage 1) and the held-out recording's probability timeline against the
// true onsets. Built only with the GUI layer (it has the painter); without
// it the report keeps its CSV files and says the plots are missing.

#include "core/pipeline/Demo.h"

#include <QString>

namespace prodrome::app {

// Writes fewshot.png, probe.png (where the demo probed stage 1 along its
// steps) and timeline.png beside the report; returns an error message, empty
// on success.
QString writeDemoPlots(const core::DemoResult& result);

}  // namespace prodrome::app
