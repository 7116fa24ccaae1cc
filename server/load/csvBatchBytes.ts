/**
 * The texts of a batch of records for the CSV worker thread (csvEncoder.ts), as the UTF-8 bytes of
 * one JSON array, `[text,text,…]`, encoded straight into a buffer of its own that is then transferred
 * to the worker (csvBatch.ts): no array of strings, no joined copy, no structured clone.
 */
const INITIAL_BYTES = 512 << 10;
const OPEN = 0x5b;
const COMMA = 0x2c;
const CLOSE = 0x5d;

export class BatchBytes {
  private bytes = Buffer.allocUnsafeSlow(INITIAL_BYTES);
  private used = 0;
  private count = 0;

  get records(): number {
    return this.count;
  }

  /** Appends one record's JSON text. */
  add(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8; one more for the separator, one for "]".
    const need = this.used + text.length * 3 + 2;
    if (need > this.bytes.length) this.grow(need);
    this.bytes[this.used] = this.count === 0 ? OPEN : COMMA;
    this.used += 1 + this.bytes.write(text, this.used + 1);
    this.count += 1;
  }

  /** The batch's bytes and length (the array closed); this object starts a new, empty batch. */
  take(): { bytes: Uint8Array; length: number } {
    if (this.count === 0) {
      this.bytes[0] = OPEN;
      this.used = 1;
    }
    this.bytes[this.used] = CLOSE;
    const taken = { bytes: new Uint8Array(this.bytes.buffer, 0, this.used + 1), length: this.used + 1 };
    this.bytes = Buffer.allocUnsafeSlow(Math.max(INITIAL_BYTES, this.bytes.length));
    this.used = 0;
    this.count = 0;
    return taken;
  }

  private grow(need: number): void {
    const bigger = Buffer.allocUnsafeSlow(Math.max(need, this.bytes.length * 2));
    this.bytes.copy(bigger, 0, 0, this.used);
    this.bytes = bigger;
  }
}
