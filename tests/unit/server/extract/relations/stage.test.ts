import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { Recognizer } from "../../../../../server/extract/recognize";
import { findRelations } from "../../../../../server/extract/relations";
import { alignsWith } from "../../../../../server/extract/relations/aligns-with";
import { stageIn } from "../../../../../server/extract/relations/stage";
import { normalize } from "../../../../../server/extract/text";

/** "source->target stage" of the ALIGNS_WITH relations of aligns-with on one invented sentence. */
function staged(text: string): string[] {
  const norm = normalize(text);
  const rec = new Recognizer(loadCatalog());
  const ms = rec.recognize(norm, text);
  return findRelations(norm, ms, rec.cat, { abbr: rec.abbreviations(norm, ms), rules: [alignsWith] }).map(
    (r) => `${r.source}->${r.target} ${r.properties?.stage ?? "-"}`,
  );
}

// Invented sentences.
describe("stage words", () => {
  it("reads a party's own pursuit of accession as applying (stages.json applied)", () => {
    expect(stageIn("该国政府积极争取加入该协定")).toBe("applied");
    expect(stageIn("该地区正稳步推进加入该协定")).toBe("applied");
    expect(stageIn("两国表示将争取尽早加入")).toBe("applied");
    // (one list of time adverbs, stages.json accessionAdverbs, shared with the hoped-for party: mend23i)
    expect(stageIn("该国表示争取将来加入该协定")).toBe("applied");
    expect(staged("乌拉圭积极争取加入CPTPP。")).toEqual([
      "Country:乌拉圭->Agreement:全面与进步跨太平洋伙伴关系协定 applied",
    ]);
  });

  it("does not read support sought from others as the party's pursuit", () => {
    // (the seeker asks others to back another's accession: no step of its own)
    expect(stageIn("代表团将争取各方支持其加入该协定")).toBeUndefined();
    // (joining as the time of what follows, and a negated intention: mend23d)
    expect(stageIn("该国正推进加入该协定后的关税减让工作")).toBeUndefined();
    expect(stageIn("该国不打算争取加入该协定")).toBeUndefined();
    expect(stageIn("该国不准备申请加入该协定")).toBeUndefined();
    expect(stageIn("该国争取加入该协定后续谈判")).toBe("applied");
    expect(stageIn("争取更多企业加入联盟")).toBeUndefined();
    // (the agreement only qualifies what is pursued: 加入X相关的… names no joining, mend23i)
    expect(stageIn("某省推进加入该协定相关的园区合作")).toBeUndefined();
    expect(stageIn("该国争取加入该协定相关的人才交流")).toBeUndefined();
  });
});
