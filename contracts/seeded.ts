/**
 * mulberry32: a small seeded generator of floats in [0, 1) — same seed, same sequence. Shared by the
 * client (the seeded "random" layout) and the server (the learned layers' training order).
 */
export function seeded(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}
