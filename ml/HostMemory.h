#pragma once
// How the C library's allocator treats the large blocks LibTorch frees on
// the CPU, set once per process before model work.
//
// glibc serves a block above its mmap threshold (128 KiB, raised adaptively)
// with a fresh mmap and returns it with munmap, and trims the heap's top
// above 128 KiB. A vit-tiny forward over a batch of 16 windows allocates and
// frees dozens of 1-30 MB activations, so every batch had the kernel map,
// fault and zero them again: bench_forecast spent ~40 % of its time in the
// kernel and scored 7-10x real time; with the threshold at glibc's maximum
// and the trim threshold high it scores 35-50x on the same machine, minutes
// apart (GLIBC_TUNABLES, 100-s recording, 2 cores). The freed memory stays
// with the process for the next batch or step instead of going back to the
// system; the peak it keeps was needed anyway.

namespace prodrome::ml {

// Idempotent; a no-op where the C library is not glibc.
void keepFreedMemoryForReuse();

}  // namespace prodrome::ml
