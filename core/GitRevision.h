#pragma once
// The git revision of the code in this binary, taken at build time (not at
// configure time: an incremental build after a commit must not record the
// previous revision), "-dirty" when it had uncommitted changes, "unknown"
// outside a git checkout. Recorded with every run (RunRecord).

namespace prodrome {

const char* gitRevision();

}  // namespace prodrome
