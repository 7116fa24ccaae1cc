import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { readLexicon } from "../../../../../server/extract/lexicon";
import { agreementParties } from "../../../../../server/extract/relations/agreement-parties";
import { expectQuotesAtOffsets, hasEdge, hasNode } from "../../../../support/extracted";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
const has = hasEdge;
const node = hasNode;
const quotesOk = expectQuotesAtOffsets;

describe("relation rule agreement-parties", () => {
  it("aligns both parties of a signed bilateral agreement", () => {
    expect(
      relationsBy([agreementParties], "《中国-新西兰自由贸易协定》签署以来，双边贸易快速增长。"),
    ).toEqual([
      "ALIGNS_WITH:Country:中国->Agreement:中国-新西兰自由贸易协定",
      "ALIGNS_WITH:Country:新西兰->Agreement:中国-新西兰自由贸易协定",
      "COOPERATES_WITH:Country:中国->Country:新西兰",
    ]);
  });

  it("gives ALIGNS_WITH to the parties of a signed agreement, also those named by abbreviations", () => {
    const text =
      "加拿大通过签署《美墨加协定》巩固北美市场，而智利则通过参与《DEPA》探索数字规则。德国对欧盟规则的讨论不算加入协定。";
    const g = extractDocument("parties.txt", text);
    for (const c of ["美国", "墨西哥", "加拿大"])
      expect(has(g, `ALIGNS_WITH:Country:${c}->Agreement:美墨加协定`), c).toBe(true);
    expect(has(g, "ALIGNS_WITH:Country:智利->Agreement:数字经济伙伴关系协定")).toBe(true);
    expect(node(g, "Country:墨西哥")).toBe(true);
    quotesOk(g, text);
  });

  it("aligns the parties when the clause signs, ratifies or negotiates the agreement, before or after its name", () => {
    const aligned = (text: string) =>
      relationsBy([agreementParties], text).filter((r) => r.startsWith("ALIGNS_WITH"));
    expect(aligned("双方代表签署了这份《中华人民共和国政府和智利共和国政府自由贸易协定》。")).toEqual([
      "ALIGNS_WITH:Country:中国->Agreement:中国-智利自由贸易协定",
      "ALIGNS_WITH:Country:智利->Agreement:中国-智利自由贸易协定",
    ]);
    expect(aligned("双方宣布启动中国—秘鲁自由贸易协定谈判。")).toHaveLength(2);
    expect(aligned("中国—秘鲁自由贸易协定为两国企业带来实惠。")).toEqual([]);
  });

  it("gives the two parties of a bilateral agreement COOPERATES_WITH, from the one its name writes first", () => {
    const coop = (text: string) =>
      relationsBy([agreementParties], text).filter((r) => r.startsWith("COOPERATES_WITH"));
    expect(coop("中国—秘鲁自由贸易协定明年生效。")).toEqual(["COOPERATES_WITH:Country:中国->Country:秘鲁"]);
    expect(coop("秘鲁—中国自由贸易协定明年生效。")).toEqual(["COOPERATES_WITH:Country:秘鲁->Country:中国"]);
    expect(coop("《美墨加协定》已经生效。")).toEqual([]);
  });

  it("reads the pair of a title written with 与/和 and a numbered round as no party (release 22)", () => {
    expect(relationsBy([agreementParties], "双方签署了《中国和新加坡投资保护协定》。")).toEqual([
      "ALIGNS_WITH:Country:中国->Agreement:中国和新加坡投资保护协定",
      "ALIGNS_WITH:Country:新加坡->Agreement:中国和新加坡投资保护协定",
      "COOPERATES_WITH:Country:中国->Country:新加坡",
    ]);
    expect(relationsBy([agreementParties], "双方签署《中国与某国经贸合作协议》。")).toEqual([]);
    // (a numbered round of talks keeps the pair's cooperation only)
    expect(relationsBy([agreementParties], "中国—挪威自由贸易协定第十六轮谈判于上月结束。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:挪威",
    ]);
  });

  it("gives no party nor pair for an agreement hoped for, set as a condition or asked about (mend25k)", () => {
    const partyEdges = (text: string) =>
      extractDocument("p.txt", text)
        .edges.filter((e) => e.type === "ALIGNS_WITH" || e.type === "COOPERATES_WITH")
        .map((e) => `${e.type}:${e.source}->${e.target}`);
    for (const text of [
      "一旦《中华人民共和国政府和冰岛政府自由贸易协定》签署，渔业将受益。",
      "两国部长希望中国—冰岛自由贸易协定早日生效。",
      "业界期待《中华人民共和国政府和哥斯达黎加共和国政府自由贸易协定》尽快达成。",
      "假如中国—冰岛自由贸易协定年内签署，渔业将受益。",
      "如果明年中国—冰岛自由贸易协定生效，渔业将受益。",
      "中国—哥斯达黎加自由贸易协定生效了吗？",
    ]) {
      expect.soft(partyEdges(text), text).toEqual([]);
    }
    // (the subject's own 批准 is another rule's; the name's pair is no party of a question)
    expect(partyEdges("冰岛是否批准中国—冰岛自由贸易协定升级议定书？")).not.toContain(
      "ALIGNS_WITH:Country:中国->Agreement:中国-冰岛自由贸易协定",
    );
    // a question about what the agreement brought leaves it stated (的 between: no open question of the agreement)
    expect(partyEdges("中国—冰岛自由贸易协定的生效是否扩大了渔业出口，仍有待观察。")).toContain(
      "ALIGNS_WITH:Country:冰岛->Agreement:中国-冰岛自由贸易协定",
    );
    expect(partyEdges("中国—冰岛自由贸易协定已于2014年生效。")).toContain(
      "ALIGNS_WITH:Country:冰岛->Agreement:中国-冰岛自由贸易协定",
    );
  });

  it("reads the kinds and joins of a bilateral title from fta-names.json (mend25k)", () => {
    const lex = readLexicon<{ bilateralTitleKinds: string[]; bilateralTitleJoins: string[] }>(
      "fta-names.json",
    );
    expect(lex.bilateralTitleKinds).toEqual(["自由贸易", "自贸", "经贸合作", "经济合作", "投资"]);
    expect(lex.bilateralTitleJoins).toEqual(["-", "与", "和"]);
  });
});
