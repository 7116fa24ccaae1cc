/**
 * A set of 32-bit key fingerprints for questions where a false "seen" is harmless: a fresh load's
 * "was this key written already?" (dedup.ts), whose false yes only sends a new record to the MERGE
 * statement, which writes it correctly. 4 bytes a slot at a load factor of at most 0.7, sized up
 * front from the record counts the validation gives (no doubling, no second table while it grows):
 * about 34 MB for 5M relationships, where the 53-bit IdSet (8 bytes a slot, load ≤ 0.5, doubling)
 * took 134 MB and 201 MB while it grew. A false yes needs the same 32 bits (the upper half of the
 * 53-bit hash) in the same probe run: about one in a billion lookups at this load.
 */
import { hash53, probeInsert, slotOf } from "./idset";

const MAX_LOAD = 0.7;
const MIN_SLOTS = 1024;

/** The power of two that holds `n` keys at MAX_LOAD. */
export function slotsFor(n: number): number {
  let slots = MIN_SLOTS;
  while (n > slots * MAX_LOAD) slots *= 2;
  return slots;
}

export class FingerprintSet {
  private table: Uint32Array;
  private used = 0;
  /** Set once the table grew: from then on slots come from the fingerprint alone (see grow). */
  private rehashed = false;

  /** `expected`: the number of keys it will hold (more only makes it grow). */
  constructor(expected = 0) {
    this.table = new Uint32Array(slotsFor(expected));
  }

  get size(): number {
    return this.used;
  }

  /** Bytes of its table. */
  get bytes(): number {
    return this.table.byteLength;
  }

  /** Adds the key; false when it (or a key with the same fingerprint in its probe run) was there. */
  add(key: string): boolean {
    if (this.used + 1 > this.table.length * MAX_LOAD) this.grow();
    const h = hash53(key);
    const fp = Math.floor(h / 0x200000) || 1;
    const added = probeInsert(this.table, this.rehashed ? slotOfFingerprint(fp) : slotOf(h), fp);
    if (added) this.used += 1;
    return added;
  }

  /**
   * Only when more keys come than announced. The full hashes are gone, so every slot is derived
   * from the fingerprint alone from then on: a false yes then needs only the same 32 bits (still
   * harmless, about n / 2³² per lookup; two keys that shared a fingerprint become one).
   */
  private grow(): void {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    this.rehashed = true;
    this.used = old.reduce(
      (n, fp) => n + (fp !== 0 && probeInsert(this.table, slotOfFingerprint(fp), fp) ? 1 : 0),
      0,
    );
  }
}

function slotOfFingerprint(fp: number): number {
  return slotOf(fp * 0x200000);
}
