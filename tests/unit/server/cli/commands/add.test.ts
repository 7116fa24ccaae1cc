import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AddArgumentError, formatChangeSet, parseAddArgs } from "../../../../../server/cli/commands/add";
import { parseDecisionsArgs } from "../../../../../server/cli/commands/decisions";

describe("zonegraph add arguments", () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "zg-add-")), "a.txt");
  fs.writeFileSync(file, "乌鲁木齐片区位于乌鲁木齐市。");
  it("takes files, metadata, --commit and --reject", () => {
    expect(parseAddArgs([file, "--title", "T", "--commit", "--reject", "A,B"])).toEqual({
      files: [file],
      meta: { title: "T" },
      commit: true,
      json: false,
      reject: ["A", "B"],
    });
  });
  it("names the problem: no file, missing file, unknown flag", () => {
    expect(() => parseAddArgs([])).toThrow("add needs one or more FILE arguments");
    expect(() => parseAddArgs(["nope.pdf"])).toThrow("nope.pdf: no such file");
    expect(() => parseAddArgs([file, "--colour"])).toThrow(AddArgumentError);
  });
  it("decisions needs export --out, import FILE or apply", () => {
    expect(() => parseDecisionsArgs([])).toThrow(/decisions needs export, import or apply/);
    expect(() => parseDecisionsArgs(["export"])).toThrow(/usage: decisions export --out FILE.json/);
    expect(parseDecisionsArgs(["import", "x.json"])).toEqual({ action: "import", file: "x.json" });
  });
  it("prints a change set line by line", () => {
    const text = formatChangeSet({
      document: {
        id: "doc:u",
        file: "a.pdf",
        type: "pdf",
        title: "T",
        author: "",
        date: "",
        kind: "pdf",
        chars: 10,
        pages: 2,
        sha256: "x",
      },
      missingMetadata: ["date"],
      newEntities: [{ id: "Area:a", type: "Area", name: "a" }],
      newRelations: [],
      newEvidence: [],
      candidateMerges: [],
      conflictingClaims: [],
    });
    expect(text).toContain('a.pdf (pdf, 2 page(s), 10 chars) → doc:u "T"');
    expect(text).toContain("missing metadata: date");
    expect(text).toContain("  + Area:a");
  });
});
