import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { accessionProcess } from "../../../../../server/extract/relations/accession-process";
import { expectQuotesAtOffsets } from "../../../../support/extracted";
import { relationsBy } from "../../../../support/rules";

const CPTPP = "Agreement:全面与进步跨太平洋伙伴关系协定";
const DEPA = "Agreement:数字经济伙伴关系协定";

// Invented sentences: a party named by its accession process to an agreement of the sentence.
describe("relation rule accession-process", () => {
  it("aligns the party whose accession working group, talks or procedure the sentence names", () => {
    expect(relationsBy([accessionProcess], "CPTPP委员会去年同意设立秘鲁的入会工作组。")).toEqual([
      `ALIGNS_WITH:Country:秘鲁->${CPTPP}`,
    ]);
    expect(relationsBy([accessionProcess], "业界呼吁DEPA尽快启动台湾的入会谈判。")).toEqual([
      `ALIGNS_WITH:Province:台湾省->${DEPA}`,
    ]);
    // (the agreement may follow the party)
    expect(relationsBy([accessionProcess], "乌拉圭加入程序已在CPTPP框架下启动。")).toEqual([
      `ALIGNS_WITH:Country:乌拉圭->${CPTPP}`,
    ]);
  });

  it("gives nothing without an agreement in the sentence, or without an accession process", () => {
    expect(relationsBy([accessionProcess], "秘鲁的入会工作组已经成立。")).toEqual([]);
    expect(relationsBy([accessionProcess], "CPTPP成员国与秘鲁的贸易谈判取得进展。")).toEqual([]);
    expect(relationsBy([accessionProcess], "秘鲁加入CPTPP后出口增长。")).toEqual([]);
    // (finding 8: a completed procedure is an accession, not an application; the accession rule reads it)
    expect(relationsBy([accessionProcess], "DEPA各成员已完成韩国加入程序。")).toEqual([]);
  });

  it("records the stage applied and quotes the party with the agreement", () => {
    const text = "CPTPP委员会同意设立秘鲁的入会工作组。";
    const g = extractDocument("process.txt", text);
    const e = g.edges.find((x) => x.id === `ALIGNS_WITH:Country:秘鲁->${CPTPP}`);
    expect(e?.properties.stage).toBe("applied");
    expect(e?.evidence[0]?.quote).toBe("CPTPP委员会同意设立秘鲁的入会工作组");
    expectQuotesAtOffsets(g, text);
  });
});
