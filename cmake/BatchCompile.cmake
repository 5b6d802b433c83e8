# A file that includes LibTorch's headers takes 12-30 s to compile on the
# 2-core machines, most of it parsing those headers and instantiating and
# optimising the same inline code again; Qt's headers cost the same way, less.
# Compiled in batches of eight files (CMake's unity build), a target pays that
# once per batch. In a clean build on the Zen 3 machine the LibTorch targets
# took 1170 s of compiler time file by file and 430 s in batches, core/ and
# ui/ 370 s and 160 s. The libraries and the test suites of several files
# use it: a GoogleTest file spends most of its 4-10 s in the same GoogleTest,
# Qt and project headers as its neighbours. In each
# target, two files may not give a name in their anonymous namespaces
# different meanings (the compiler says so when they do): a helper two test
# files share belongs in a header of the suite (tests/app/CliRunner.h).
# prodrome_cli's command files share names (runList, runExport, kCommand ...),
# so it is compiled file by file.
# -DPRODROME_BATCH_COMPILE=OFF compiles file by file: a one-file change then
# recompiles that file, not its batch.
option(PRODROME_BATCH_COMPILE "Compile the large targets in batches of files (unity build)" ON)

function(prodrome_batch_compile target)
  if(PRODROME_BATCH_COMPILE)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
    # GCC takes a batch's files for headers and warns that a TEST_F's fixture
    # in an anonymous namespace could differ between the files including
    # them. Each is included once, into one batch: nothing can differ.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
      target_compile_options(${target} PRIVATE -Wno-subobject-linkage)
    endif()
  endif()
endfunction()
