# Run at every build (target prodrome_git_revision): writes OUTPUT, a C++ file
# defining prodrome::gitRevision(), from `git rev-parse` of SOURCE_DIR, with
# "-dirty" when tracked files differ from HEAD. configure_file rewrites the
# file only when the text changes, so an unchanged revision rebuilds nothing.
# A run records this string (design.md §6): it must name the code that ran,
# not the code at the last configure.
execute_process(COMMAND git rev-parse --short=12 HEAD
  WORKING_DIRECTORY ${SOURCE_DIR}
  OUTPUT_VARIABLE revision OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE failed)
if(failed OR NOT revision)
  set(revision "unknown")
else()
  execute_process(COMMAND git diff-index --quiet HEAD --
    WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE dirty ERROR_QUIET)
  if(dirty)
    set(revision "${revision}-dirty")
  endif()
endif()
set(PRODROME_GIT_REVISION "${revision}")
configure_file(${TEMPLATE} ${OUTPUT} @ONLY)
