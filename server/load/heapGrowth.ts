/**
 * V8's heap growth while a load runs in a process of its own (`zonegraph load`). After each full
 * garbage collection V8 lets the heap grow to up to 4× what survived before the next one (its
 * dynamic factor, on a machine with a few GB for the heap), and a loader allocates fast and keeps
 * little: on the 100k bench file the validation kept ~25 MB alive and peaked at a 107 MB heap,
 * the write pass kept 55–71 MB and peaked at 224 MB (`--trace-gc`). Most of the loader's RSS
 * above its idle baseline was that headroom. A fixed factor of 1.5 makes the full collections
 * come sooner (more of them, each as small as the live set); no hard limit is set, so a load that
 * really needs more memory still gets it. Set at run time (V8 reads the flag at each new limit);
 * the API server, whose heap is its caches, keeps V8's default.
 */
import v8 from "node:v8";

export const LOAD_HEAP_GROWING_PERCENT = 50;

export function limitHeapGrowth(percent = LOAD_HEAP_GROWING_PERCENT): void {
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
