/**
 * Entity rows of the bulk CSVs, which must carry `degree` and `typeCounts` (entityCounts.ts), known
 * only after the last relationship. Each row is first written, without them, to a `.part` file of
 * its shape, with its entity ordinal and byte length kept apart (9 bytes a row); `finish` then
 * streams the part file into the final CSV, appending to each row its degree, type counts and labels
 * (labels last, so that nothing before them changes). An entity with no entity neighbour gets an
 * empty `typeCounts` cell, which neo4j-admin leaves unset: absent means empty, in both loaders.
 */
import fs from "node:fs";
import { NODE_TYPES } from "../../contracts/graph";
import { ARRAY_DELIMITER, csvCell } from "./csvCells";
import { CsvFile } from "./csvFile";
import { type EntityTallies, grown } from "./entityCounts";

export const ENTITY_SUFFIX_HEADER = ",degree:long,typeCounts:string[],:LABEL";
const FLUSH_BYTES = 4 << 20;

export class EntityCsvFile {
  private readonly out: CsvFile;
  private ordinals = new Int32Array(256);
  private lengths = new Int32Array(256);
  private labels = new Uint8Array(256);
  private rows = 0;
  readonly part: string;

  constructor(
    readonly file: string,
    private readonly header: string,
  ) {
    this.part = `${file}.part`;
    this.out = new CsvFile(this.part);
  }

  /** A row without its suffix: the first record of the entity of this ordinal. */
  line(text: string, ordinal: number, type: string): void {
    const i = this.rows;
    this.ordinals = grown(this.ordinals, i + 1, (n) => new Int32Array(n));
    this.lengths = grown(this.lengths, i + 1, (n) => new Int32Array(n));
    this.labels = grown(this.labels, i + 1, (n) => new Uint8Array(n));
    this.ordinals[i] = ordinal;
    this.lengths[i] = this.out.line(text);
    this.labels[i] = NODE_TYPES.indexOf(type as (typeof NODE_TYPES)[number]);
    this.rows = i + 1;
  }

  /** Closes the part file without a final CSV (a refusal or an error). */
  abandon(): void {
    this.out.close();
    fs.rmSync(this.part, { force: true });
  }

  /** The final CSV: every row with its degree, type counts and labels; the part file removed. */
  finish(tallies: EntityTallies): void {
    this.out.close();
    const input = fs.openSync(this.part, "r");
    const output = fs.openSync(this.file, "w");
    try {
      fs.writeSync(output, `${this.header}${ENTITY_SUFFIX_HEADER}\n`);
      this.copyRows(input, output, tallies);
    } finally {
      fs.closeSync(input);
      fs.closeSync(output);
      fs.rmSync(this.part, { force: true });
    }
  }

  private copyRows(input: number, output: number, tallies: EntityTallies): void {
    let buf = Buffer.allocUnsafe(FLUSH_BYTES);
    let filled = 0;
    let pos = 0;
    const out = Buffer.allocUnsafe(FLUSH_BYTES * 2);
    let used = 0;
    for (let i = 0; i < this.rows; i++) {
      const length = this.lengths[i] as number;
      if (pos + length > filled) {
        if (length > buf.length) {
          const bigger = Buffer.allocUnsafe(length * 2);
          buf.copy(bigger, 0, pos, filled);
          buf = bigger;
        } else buf.copy(buf, 0, pos, filled);
        filled -= pos;
        pos = 0;
        while (filled < length) {
          const read = fs.readSync(input, buf, filled, buf.length - filled, null);
          if (read === 0) throw new Error(`${this.part} ended before its row ${i}`);
          filled += read;
        }
      }
      const suffix = this.suffix(i, tallies);
      if (used + length + suffix.length * 3 > out.length) {
        fs.writeSync(output, out, 0, used);
        used = 0;
      }
      if (length + suffix.length * 3 > out.length) {
        fs.writeSync(output, buf, pos, length - 1);
        fs.writeSync(output, `${suffix}\n`);
      } else {
        used += buf.copy(out, used, pos, pos + length - 1);
        used += out.write(`${suffix}\n`, used);
      }
      pos += length;
    }
    if (used > 0) fs.writeSync(output, out, 0, used);
  }

  private suffix(row: number, tallies: EntityTallies): string {
    const { degree, typeCounts } = tallies.of(this.ordinals[row] as number);
    const labels = `Entity${ARRAY_DELIMITER}${NODE_TYPES[this.labels[row] as number]}`;
    return `,${degree},${typeCounts.length > 0 ? csvCell(typeCounts) : ""},${labels}`;
  }
}
