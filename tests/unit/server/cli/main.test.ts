import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../../server/cli/main";

function io(env: NodeJS.ProcessEnv = {}) {
  let out = "";
  let err = "";
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, cb) {
        append(String(chunk));
        cb();
      },
    });
  return {
    io: { out: sink((s) => (out += s)), err: sink((s) => (err += s)), env },
    text: () => ({ out, err }),
  };
}

describe("zonegraph CLI argument errors (no Neo4j needed)", () => {
  it.each([
    [["frobnicate"], /unknown command: frobnicate/],
    [["extract"], /extract needs --corpus DIR/],
    [["extract", "--corpus", "data/corpus"], /extract needs --out FILE.json/],
    [
      ["extract", "--corpus", "no/such/folder", "--out", "x.json"],
      /--corpus no\/such\/folder: no such folder/,
    ],
    [
      ["extract", "--corpus", "data/corpus", "--out", "no/such/dir/x.json"],
      /--out no\/such\/dir\/x.json: the folder does not exist/,
    ],
    [["extract", "--bogus"], /Unknown option '--bogus'/],
    [["load", "--corpus", "a", "--graph", "b"], /load takes --corpus or --graph, not both/],
    [["load", "--graph", "no-such-file.json"], /--graph no-such-file.json: no such file/],
    [["load", "--graph", "data"], /--graph data: not a file/],
    [["load", "--allow-empty"], /--allow-empty only makes sense with --reset/],
    [["load", "--batch-size", "0"], /--batch-size 0: expected an integer from 1 to 100000/],
    [["load", "--batch-size", "many"], /--batch-size many: expected an integer/],
    [["import", "--graph", "x.json"], /import needs --graph FILE and --out DIR \(or --finish\)/],
    [["import", "--graph", "no-such.json", "--out", "d"], /--graph no-such.json: no such file/],
    [["export", "--format", "pdf", "--out", "x"], /--format pdf: expected one of json, graphml, gexf, csv/],
    [["export", "--format", "json"], /export needs --out PATH/],
    [["neo4j", "restart"], /neo4j needs one of start, stop, status \(got restart\)/],
  ])("%j → exit 2 with a clear message", async (argv, message) => {
    const t = io();
    const code = await runCli(argv, t.io);
    expect(code).toBe(2);
    expect(t.text().err).toMatch(message);
    expect(t.text().err.split("\n").filter(Boolean)).toHaveLength(1);
  });

  it("names a bad environment variable", async () => {
    const t = io({ PORT: "eighty" });
    expect(await runCli(["neo4j", "status"], t.io)).toBe(2);
    expect(t.text().err).toMatch(/Invalid PORT/);
  });

  it("prints usage for help", async () => {
    const t = io();
    expect(await runCli(["help"], t.io)).toBe(0);
    expect(t.text().out).toContain("extract --corpus DIR --out FILE.json");
  });
});
