import { describe, expect, it } from "vitest";
import type { ExtractedGraph } from "../../../../../contracts/graph";
import { extractDocument } from "../../../../../server/extract/index";

const coop = (g: ExtractedGraph, a: string, b: string) =>
  g.edges.some(
    (e) =>
      e.type === "COOPERATES_WITH" &&
      ((e.source === a && e.target === b) || (e.source === b && e.target === a)),
  );
const graph = (lines: string[]) => extractDocument("halt.txt", lines.join("\n"), { date: "2026-05-02" });

describe("cooperation or trade its last clause says is halted or banned (relations/halted.ts, applied in relations.ts)", () => {
  it("gives nothing when the trade or exchange is suspended, banned or controlled", () => {
    for (const line of [
      "江西对日本进口冷冻海鲜实施全面暂停。",
      "江西对朝鲜出口的机械物项一律禁止。",
      "江西与日本的友好城市交流活动暂停。",
      "江西与马来西亚的研学交流因台风影响中断。",
    ]) {
      const g = graph(["一周要闻", line]);
      expect(
        g.edges.some((e) => e.type === "COOPERATES_WITH"),
        line,
      ).toBe(false);
    }
  });

  it("keeps cooperation when the stop word stands in an earlier clause", () => {
    const g = graph(["一周要闻", "面对他国的制裁压力，江西与东盟持续加强经贸合作。"]);
    expect(coop(g, "Province:江西省", "Country:东盟")).toBe(true);
    const again = graph(["一周要闻", "航线暂停两年后，江西与日本重新签署友城合作协议。"]);
    expect(coop(again, "Province:江西省", "Country:日本")).toBe(true);
  });

  it("keeps cooperation when the stop word is denied, lifted or names a thing (review20k 1)", () => {
    for (const line of [
      "江西与日本解除制裁并加强经贸合作。",
      "江西与日本签署禁止非法野生动物贸易的合作协议。",
      "江西与日本在禁毒和出入境管制方面开展合作。",
      "江西与日本的合作项目没有因疫情暂停。",
      "江西与日本的合作从未中断。",
      "江西与日本开展空中交通管制人员培训合作。",
      "江西与日本恢复暂停三年的友好城市交流。",
      "江西与日本合作开展禁止童工专项行动。",
      "江西与日本的经贸合作在中断两年后全面恢复。",
      "江西与日本的合作不受外部制裁影响。",
      "江西与日本合作加强出口管制合规培训。",
      "江西与日本合作查获管制刀具。",
      "江西与日本合作打击走私管制药品。",
      "江西对日本出口在暂停半年后恢复增长。",
      "江西与日本就解除出口管制开展合作磋商。",
      "江西与日本合作建设的项目未受中断影响。",
    ]) {
      const g = graph(["一周要闻", line]);
      expect(coop(g, "Province:江西省", "Country:日本"), line).toBe(true);
    }
  });

  it("gives nothing when a negator or a word of refusal stands right before 与/同", () => {
    for (const line of [
      "江西省政府不与日本签署相关合作协议。",
      "江西省拒绝与马来西亚某公司合作。",
      "江西至今尚未与东盟签署合作备忘录。",
      "江西决定终止与日本的友城合作。",
      "江西未同意与日本开展合作。",
      "江西省没有同东盟签署任何协议。",
      // (an adverb between the negator and 与: mend22u)
      "江西省从未真正与日本开展合作。",
    ]) {
      const g = graph(["一周要闻", line]);
      expect(
        g.edges.some((e) => e.type === "COOPERATES_WITH"),
        line,
      ).toBe(false);
    }
  });

  it("keeps cooperation after 不断与, 未来与 and a denied halt (从未与…中断)", () => {
    expect(coop(graph(["一周要闻", "江西不断与东盟深化经贸合作。"]), "Province:江西省", "Country:东盟")).toBe(
      true,
    );
    expect(coop(graph(["一周要闻", "江西未来与日本加强经贸合作。"]), "Province:江西省", "Country:日本")).toBe(
      true,
    );
    expect(coop(graph(["一周要闻", "江西从未与日本中断经贸合作。"]), "Province:江西省", "Country:日本")).toBe(
      true,
    );
  });

  it("reads 不同 as different, a double negative as affirmed, and a refused 与 only for its own partner (review22g 1, 2)", () => {
    const kept: [string, string, string][] = [
      ["辽宁省在不同领域与日本开展务实合作。", "Province:辽宁省", "Country:日本"],
      ["江西同不同国家开展合作，其中与日本合作最为密切。", "Province:江西省", "Country:日本"],
      ["江西从不同层面同东盟开展合作。", "Province:江西省", "Country:东盟"],
      ["广东省无不与东盟国家保持往来，与泰国合作密切。", "Province:广东省", "Country:泰国"],
      ["江西不得不与日本重新谈判合作协议。", "Province:江西省", "Country:日本"],
      ["山西省没有与德国签署协议，而是与法国签署了合作备忘录。", "Province:山西省", "Country:法国"],
      ["江西未与日本而是同东盟签署了合作协议。", "Province:江西省", "Country:东盟"],
    ];
    for (const [line, a, b] of kept) {
      expect(coop(graph(["一周要闻", line]), a, b), line).toBe(true);
    }
    const g = graph(["一周要闻", "山西省没有与德国签署协议，而是与法国签署了合作备忘录。"]);
    expect(coop(g, "Province:山西省", "Country:德国")).toBe(false);
  });

  it("refuses 与/同 with an adverb or modal after the negator (未曾与, 不会与, 没能同, 尚未正式与; review22n 4)", () => {
    const refused: [string, string, string][] = [
      ["江西省未曾与巴西签署合作协议。", "Province:江西省", "Country:巴西"],
      ["浙江省不会与波兰开展合作。", "Province:浙江省", "Country:波兰"],
      ["河南省没能同肯尼亚达成合作意向。", "Province:河南省", "Country:肯尼亚"],
      ["湖南省尚未正式与埃及签署协议。", "Province:湖南省", "Country:埃及"],
    ];
    for (const [line, a, b] of refused) {
      expect(coop(graph(["一周要闻", line]), a, b), line).toBe(false);
    }
    const g = graph(["一周要闻", "山西省未能同文莱开展合作，但同马来西亚签署了协议。"]);
    expect(coop(g, "Province:山西省", "Country:文莱")).toBe(false);
    expect(coop(g, "Province:山西省", "Country:马来西亚")).toBe(true);
    // (a double negative and a plain 曾与 still cooperate)
    expect(coop(graph(["一周要闻", "山东省不能不与日本加强合作。"]), "Province:山东省", "Country:日本")).toBe(
      true,
    );
    expect(
      coop(graph(["一周要闻", "海南省曾与新加坡签署合作协议。"]), "Province:海南省", "Country:新加坡"),
    ).toBe(true);
  });

  it("gives nothing for a cooperation only wished or proposed before its 与 (round rel-coop19)", () => {
    for (const line of [
      "海南省希望今后与新加坡在航运领域深化合作。",
      "多位政协委员建议，福建省加强与菲律宾的渔业合作。",
      "云南省希望进一步扩大开放，与老挝加强电力合作。",
      "江西省呼吁与老挝共同建设农业园区。",
      "黑龙江省盼望同俄罗斯扩大边境贸易合作。",
    ]) {
      const g = graph(["一周要闻", line]);
      expect(
        g.edges.some((e) => e.type === "COOPERATES_WITH"),
        line,
      ).toBe(false);
    }
  });

  it("gives nothing after 期待, 渴望 or 倡议, nor after 应/根据 that do not make the word a noun (round mend26f)", () => {
    for (const line of [
      "內蒙古自治區期待與蒙古國擴大能源合作。",
      "青海省渴望与尼泊尔开展旅游合作。",
      "上海市倡议与新加坡共同建设航运数据平台。",
      "根据协议湖南省希望与肯尼亚扩大农业技术合作。",
      "湖南省代表表示，应建议同肯尼亚加强农业技术合作。",
    ]) {
      const g = graph(["一周要闻", line]);
      expect(
        g.edges.some((e) => e.type === "COOPERATES_WITH"),
        line,
      ).toBe(false);
    }
  });

  it("keeps an act that took place after a wish or proposal noun, a comma after other words or 已/了 (round mend26f)", () => {
    for (const [line, a, b] of [
      ["浙江省希望成为对外开放高地，已连续三年与日本开展跨境电商合作。", "Province:浙江省", "Country:日本"],
      ["湖北省在希望与德国合作的同时，已与法国签署了汽车产业合作协议。", "Province:湖北省", "Country:法国"],
      ["重庆市满怀希望，与卢森堡签署了航空物流合作协议。", "Province:重庆市", "Country:卢森堡"],
      ["在省政府建议和推动下，河南省与卢森堡签署了航空合作协议。", "Province:河南省", "Country:卢森堡"],
      ["这一提议得到积极响应，辽宁省与蒙古国随后签署了物流合作协议。", "Province:辽宁省", "Country:蒙古国"],
      ["在听取专家建议后，黑龙江省与俄罗斯签署了边境贸易合作协议。", "Province:黑龙江省", "Country:俄罗斯"],
      ["经双方提议，吉林省与韩国签署了物流合作协议。", "Province:吉林省", "Country:韩国"],
      ["青海省在希望小学援建中与尼泊尔开展了教育合作。", "Province:青海省", "Country:尼泊尔"],
      ["吉林省发出呼吁书后，与朝鲜签署了旅游合作协议。", "Province:吉林省", "Country:朝鲜"],
      ["山西省提交建议书后，与蒙古国签署了煤炭物流合作协议。", "Province:山西省", "Country:蒙古国"],
      ["代表們提出建議，甘肅省與新加坡簽署了冷鏈物流合作協議。", "Province:甘肃省", "Country:新加坡"],
      // round mendmain26h: a later clause states what the sides did together
      ["广西希望与越南共建边境物流园，目前双方已签署合作备忘录。", "Province:广西壮族自治区", "Country:越南"],
      [
        "内蒙古期待同蒙古国共建口岸经济区，去年两地签署了框架协议。",
        "Province:内蒙古自治区",
        "Country:蒙古国",
      ],
    ]) {
      const g = graph(["一周要闻", line as string]);
      expect(coop(g, a as string, b as string), line).toBe(true);
    }
  });

  it("keeps cooperation when the wish is in another sentence, far before, after the act or a noun (round rel-coop19)", () => {
    for (const [line, a, b] of [
      ["甘肃省与新加坡签署冷链物流合作协议，希望进一步扩大贸易。", "Province:甘肃省", "Country:新加坡"],
      ["双方希望加深友谊。甘肃省与新加坡签署冷链物流合作协议。", "Province:甘肃省", "Country:新加坡"],
      [
        "会上代表们提出建议，会后各方分头行动，甘肃省与新加坡签署了冷链物流合作协议。",
        "Province:甘肃省",
        "Country:新加坡",
      ],
      ["根据双方建议，甘肃省与新加坡签署了冷链物流合作协议。", "Province:甘肃省", "Country:新加坡"],
      ["在专家建议下，甘肃省与新加坡签署了冷链物流合作协议。", "Province:甘肃省", "Country:新加坡"],
      ["应新加坡方面的提议，甘肃省与新加坡签署了冷链物流合作协议。", "Province:甘肃省", "Country:新加坡"],
    ]) {
      const g = graph(["一周要闻", line as string]);
      expect(coop(g, a as string, b as string), line).toBe(true);
    }
  });

  it("gives nothing for a cooperation only aimed at before its 与, whatever verb follows the aim (round mend28e)", () => {
    for (const line of [
      "这项联合研究计划旨在进一步加强湖北与法国在光电领域的合作。",
      "本届博览会意在进一步推动陕西与哈萨克斯坦扩大农产品贸易。",
      "新成立的研究院致力于深化天津与蒙古国的物流合作。",
      "两国海关互认协定的实施，将有助于扩大海南与泰国之间的农产品贸易。",
    ]) {
      const g = graph(["一周要闻", line]);
      expect(
        g.edges.some((e) => e.type === "COOPERATES_WITH"),
        line,
      ).toBe(false);
    }
  });

  it("keeps cooperation after 成为了, a purpose of the subject's own, or a purpose done (round mend28e)", () => {
    for (const [line, a, b] of [
      ["洋山港早已成为了上海与新加坡合作的样板。", "Province:上海市", "Country:新加坡"],
      ["为了黑龙江的振兴，积极同俄罗斯开展木材加工合作。", "Province:黑龙江省", "Country:俄罗斯"],
      ["为了拓展市场，重庆市与卢森堡签署了航空物流合作协议。", "Province:重庆市", "Country:卢森堡"],
      ["该园区为推动甘肃与新加坡合作发挥了重要作用。", "Province:甘肃省", "Country:新加坡"],
    ]) {
      const g = graph(["一周要闻", line as string]);
      expect(coop(g, a as string, b as string), line).toBe(true);
    }
  });
});
