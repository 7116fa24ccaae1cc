/**
 * A compact set of string ids for validating references in files of any size: each id is kept as a
 * 53-bit hash in an open-addressing Float64Array (8–16 bytes per id instead of the string). Two
 * different ids collide with probability ~n²/2⁵⁴ (≈ 10⁻⁴ at 100M ids): a collision can only make a
 * dangling reference pass validation, which the loader's own MATCH then skips.
 */
export function hash53(s: string): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  const h = (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
  return h === 0 ? 1 : h;
}

/** A well-mixed 32-bit slot hash of a 53-bit hash (both halves, murmur3's finaliser). */
export function slotOf(h: number): number {
  let x = (Math.floor(h / 0x200000) ^ Math.imul(h % 0x200000, 0x9e3779b1)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * Open addressing with linear probing, shared by IdSet and FingerprintSet: puts `value` (never 0) in
 * the first free slot from `slot` on; false when it is there already. The table is never full.
 */
export function probeInsert(table: Float64Array | Uint32Array, slot: number, value: number): boolean {
  const mask = table.length - 1;
  for (let i = slot & mask; ; i = (i + 1) & mask) {
    const v = table[i];
    if (v === value) return false;
    if (v === 0) {
      table[i] = value;
      return true;
    }
  }
}

export class IdSet {
  private table = new Float64Array(1024);
  private used = 0;

  get size(): number {
    return this.used;
  }

  /** Adds the id; false when it was already there. */
  add(id: string): boolean {
    if ((this.used + 1) * 2 > this.table.length) this.grow();
    return this.insert(hash53(id));
  }

  has(id: string): boolean {
    const h = hash53(id);
    const mask = this.table.length - 1;
    for (let i = slotOf(h) & mask; ; i = (i + 1) & mask) {
      const v = this.table[i];
      if (v === 0) return false;
      if (v === h) return true;
    }
  }

  private insert(h: number): boolean {
    const added = probeInsert(this.table, slotOf(h), h);
    if (added) this.used += 1;
    return added;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2);
    this.used = 0;
    for (const v of old) if (v !== 0) this.insert(v);
  }
}
