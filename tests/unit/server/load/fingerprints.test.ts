import { describe, expect, it } from "vitest";
import { FingerprintSet, slotsFor } from "../../../../server/load/fingerprints";

describe("slotsFor", () => {
  it("is the smallest power of two holding the keys at a load of at most 0.7", () => {
    expect(slotsFor(0)).toBe(1024);
    expect(slotsFor(716)).toBe(1024);
    expect(slotsFor(717)).toBe(2048);
    expect(slotsFor(5_000_000)).toBe(2 ** 23);
  });
});

describe("FingerprintSet", () => {
  it("says new once per key, sized up front for the keys announced", () => {
    const set = new FingerprintSet(60_000);
    const bytes = set.bytes;
    let added = 0;
    for (let i = 0; i < 60_000; i++) if (set.add(`PART_OF\u0000City:${i}\u0000Area:${i % 97}`)) added += 1;
    expect(added).toBe(60_000);
    expect(set.size).toBe(60_000);
    expect(set.bytes).toBe(bytes);
    expect(bytes).toBe(4 * 2 ** 17);
    let repeats = 0;
    for (let i = 0; i < 60_000; i++) if (!set.add(`PART_OF\u0000City:${i}\u0000Area:${i % 97}`)) repeats += 1;
    expect(repeats).toBe(60_000);
  });

  it("grows when more keys come than announced, and still knows every key", () => {
    const set = new FingerprintSet(10);
    for (let i = 0; i < 20_000; i++) set.add(`City:${i}`);
    expect(set.size).toBe(20_000);
    expect(set.bytes).toBeGreaterThan(4 * 20_000);
    let known = 0;
    for (let i = 0; i < 20_000; i++) if (!set.add(`City:${i}`)) known += 1;
    expect(known).toBe(20_000);
    let fresh = 0;
    for (let i = 20_000; i < 40_000; i++) if (set.add(`City:${i}`)) fresh += 1;
    // A false "seen" is allowed (it only sends a record to MERGE) but must stay rare.
    expect(fresh).toBeGreaterThanOrEqual(19_999);
  });
});
