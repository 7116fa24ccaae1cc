/**
 * An output file of the bulk CSVs: lines encoded straight into one reused 4 MB buffer and written
 * when it is full (no array of strings, no joined copy of it: the CSV pass allocates less, and the
 * garbage collector was a sixth of its time). A line longer than the buffer is written on its own.
 */
import fs from "node:fs";

const BUFFER_BYTES = 4 << 20;

export class CsvFile {
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  private readonly fd: number;

  constructor(
    readonly file: string,
    header?: string,
  ) {
    this.fd = fs.openSync(file, "w");
    if (header !== undefined) this.line(header);
  }

  /** Appends `text` and a newline; returns the bytes written (UTF-8, newline included). */
  line(text: string): number {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (this.used + text.length * 3 + 1 > BUFFER_BYTES) {
      this.flush();
      if (text.length * 3 + 1 > BUFFER_BYTES) {
        const bytes = Buffer.from(`${text}\n`);
        fs.writeSync(this.fd, bytes);
        return bytes.length;
      }
    }
    const n = this.buffer.write(text, this.used);
    this.buffer[this.used + n] = 10;
    this.used += n + 1;
    return n + 1;
  }

  flush(): void {
    let at = 0;
    while (at < this.used) at += fs.writeSync(this.fd, this.buffer, at, this.used - at);
    this.used = 0;
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}
