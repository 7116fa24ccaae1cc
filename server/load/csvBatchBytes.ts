/**
 * The texts of a batch of records for the CSV worker thread (csvEncoder.ts), as the UTF-8 bytes of
 * one JSON array, `[text,text,…]`, encoded straight into a buffer of its own that is then transferred
 * to the worker (csvBatch.ts): no array of strings, no joined copy, no structured clone.
 */
const INITIAL_BYTES = 512 << 10;
const OPEN = 0x5b;
const COMMA = 0x2c;
const CLOSE = 0x5d;
const NEWLINE = 0x0a;

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

/**
 * Ready-made CSV lines of a batch (PLAIN_EDGE_ROW records, csvBatch.ts), encoded straight into a
 * buffer of their own, each followed by its newline, with the byte offset where each one ends; the
 * worker copies them into its file's buffer without decoding them.
 */
export class RowBytes {
  private bytes = Buffer.allocUnsafeSlow(INITIAL_BYTES);
  private used = 0;
  private ends = new Int32Array(1024);
  private count = 0;

  /** Appends one line (without its newline). */
  add(line: string): void {
    const need = this.used + line.length * 3 + 1;
    if (need > this.bytes.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(need, this.bytes.length * 2));
      this.bytes.copy(bigger, 0, 0, this.used);
      this.bytes = bigger;
    }
    this.used += this.bytes.write(line, this.used);
    this.bytes[this.used] = NEWLINE;
    this.used += 1;
    if (this.count === this.ends.length) {
      const more = new Int32Array(this.ends.length * 2);
      more.set(this.ends);
      this.ends = more;
    }
    this.ends[this.count] = this.used;
    this.count += 1;
  }

  /** The lines' bytes, length and ends; this object starts a new, empty batch. */
  take(): { rows: Uint8Array; rowsLength: number; rowEnds: Int32Array } {
    // No line: an empty array of its own (the buffer, kept, must not be transferred).
    const rows = this.used > 0 ? new Uint8Array(this.bytes.buffer, 0, this.used) : new Uint8Array(0);
    const taken = { rows, rowsLength: this.used, rowEnds: this.ends.slice(0, this.count) };
    if (this.used > 0) this.bytes = Buffer.allocUnsafeSlow(Math.max(INITIAL_BYTES, this.bytes.length));
    this.used = 0;
    this.count = 0;
    return taken;
  }
}
