/**
 * A set of UTF-16 code units as a bitset: a cheap test on `charCodeAt` before a look-up by
 * character in a Map or an object (which would hash a new one-character string at every position).
 */
export class CodeSet {
  private readonly bits = new Uint32Array(0x10000 / 32);

  /** The set of the one-code-unit strings of `chars` (longer strings are left out: no character is one). */
  static of(chars: Iterable<string>): CodeSet {
    const set = new CodeSet();
    for (const c of chars) if (c.length === 1) set.add(c.charCodeAt(0));
    return set;
  }

  add(code: number): void {
    this.bits[code >>> 5] = (this.bits[code >>> 5] as number) | (1 << (code & 31));
  }

  /** Whether the code unit is in the set (false for NaN, the code of no character). */
  has(code: number): boolean {
    return code >= 0 && code < 0x10000 && ((this.bits[code >>> 5] as number) & (1 << (code & 31))) !== 0;
  }

  /** Whether `ch` is one code unit of the set. */
  hasChar(ch: string): boolean {
    return ch.length === 1 && this.has(ch.charCodeAt(0));
  }
}
