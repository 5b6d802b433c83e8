# Each file that includes LibTorch's headers costs 12-30 s to compile on the
# 2-core machines, nearly all of it parsing those headers and instantiating
# and optimising the same inline code again. Compiled in batches of eight
# (CMake's unity build), a target pays that once per batch: the LibTorch
# targets below took 1100 s of compiler time in a clean build, a third of
# that in batches. Only these targets: the rest of the tree compiles fast
# file by file, and names in anonymous namespaces of one batch must differ.
# -DPRODROME_BATCH_COMPILE=OFF compiles file by file (a one-file change then
# recompiles one file, not its batch).
option(PRODROME_BATCH_COMPILE "Compile the LibTorch targets in batches of files (unity build)" ON)

function(prodrome_batch_compile target)
  if(PRODROME_BATCH_COMPILE)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
  endif()
endfunction()
