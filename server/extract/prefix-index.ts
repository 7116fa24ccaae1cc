/**
 * Surface forms indexed by their first two code units (as numbers: no string is made per position),
 * so that a scan tries at each position only the forms that can start there. Forms of two or more
 * code units are tried before those of one, each group in the order given: the order of a list
 * sorted longest first.
 */
const PAIR_BITS = 1 << 16;
/** (NaN, after the last code unit, hashes like 0: the maps decide.) */
const pairHash = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ (b | 0)) & (PAIR_BITS - 1);

export class PrefixIndex {
  /** Forms of two or more code units by their first two (a << 16 | b: one small-integer key). */
  private readonly two = new Map<number, string[]>();
  private readonly one = new Map<number, string[]>();
  /** A bit per hash of the first two code units of the longer forms: most positions stop at it. */
  private readonly pairs = new Uint32Array(PAIR_BITS / 32);
  /** How many forms the index holds. */
  size = 0;

  /**
   * `forms` in the order they are tried; `compare`, when given, is that order, and `insert` keeps it
   * (without it a form inserted goes last among those of its start).
   */
  constructor(
    forms: Iterable<string>,
    private readonly compare?: (x: string, y: string) => number,
  ) {
    for (const f of forms) this.insert(f);
  }

  /** Adds a form at its place in the order. */
  insert(f: string): void {
    if (f.length === 0) return;
    this.size++;
    const a = f.charCodeAt(0);
    if (f.length === 1) {
      place(this.one, a, f, this.compare);
      return;
    }
    place(this.two, (a << 16) | f.charCodeAt(1), f, this.compare);
    const h = pairHash(a, f.charCodeAt(1));
    this.pairs[h >>> 5] = (this.pairs[h >>> 5] as number) | (1 << (h & 31));
  }

  /** The first form written at `pos` of `text` that `accept` takes (every form when it is absent). */
  firstAt(
    text: string,
    pos: number,
    accept?: (form: string, text: string, pos: number) => boolean,
  ): string | undefined {
    const a = text.charCodeAt(pos);
    if (Number.isNaN(a)) return undefined;
    const b = text.charCodeAt(pos + 1);
    const h = pairHash(a, b);
    const long = (this.pairs[h >>> 5] as number) & (1 << (h & 31)) ? this.two.get((a << 16) | b) : undefined;
    if (long)
      for (const f of long) if (text.startsWith(f, pos) && (!accept || accept(f, text, pos))) return f;
    const short = this.one.get(a);
    if (short) for (const f of short) if (!accept || accept(f, text, pos)) return f;
    return undefined;
  }

  /**
   * The forms written in `text`, left to right, each search going on after the last form found: what
   * `text.matchAll` gives for a global regex that is the alternation of the forms in this order.
   */
  matchAll(text: string, accept?: (form: string, text: string, pos: number) => boolean): LiteralMatch[] {
    const out: LiteralMatch[] = [];
    for (let i = 0; i < text.length; ) {
      const f = this.firstAt(text, i, accept);
      if (f === undefined) i++;
      else {
        out.push({ 0: f, index: i });
        i += f.length;
      }
    }
    return out;
  }
}

/** A form found in a text (shaped like a regex match: the form, its index). */
export interface LiteralMatch {
  0: string;
  index: number;
}

function place(
  index: Map<number, string[]>,
  key: number,
  form: string,
  compare: ((x: string, y: string) => number) | undefined,
): void {
  const list = index.get(key);
  if (!list) index.set(key, [form]);
  else if (!compare) list.push(form);
  else {
    const at = list.findIndex((x) => compare(form, x) < 0);
    list.splice(at < 0 ? list.length : at, 0, form);
  }
}
