import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../../../server/extract/index";
import { membership } from "../../../../../server/extract/relations/membership";
import { stageIn } from "../../../../../server/extract/relations/stage";
import { relationsBy } from "../../../../support/rules";

const RCEP = "Agreement:区域全面经济伙伴关系协定";
const CPTPP = "Agreement:全面与进步跨太平洋伙伴关系协定";

// Invented sentences: members of an agreement and the stage of their membership.
describe("relation rule membership", () => {
  it("makes every listed country a member", () => {
    expect(relationsBy([membership], "泰国、越南、新加坡等国已完成RCEP核准程序。")).toEqual([
      `ALIGNS_WITH:Country:泰国->${RCEP}`,
      `ALIGNS_WITH:Country:越南->${RCEP}`,
      `ALIGNS_WITH:Country:新加坡->${RCEP}`,
    ]);
  });

  it("records the stage: applied, ratified, signed, in force", () => {
    const stage = (text: string, id: string) =>
      extractDocument("stage.txt", text).edges.find((e) => e.id === id)?.properties.stage;
    expect(stage("英国已正式申请加入CPTPP。", `ALIGNS_WITH:Country:英国->${CPTPP}`)).toBe("applied");
    expect(stage("泰国已完成RCEP核准程序。", `ALIGNS_WITH:Country:泰国->${RCEP}`)).toBe("ratified");
    expect(stage("日本与韩国签署了RCEP。", `ALIGNS_WITH:Country:日本->${RCEP}`)).toBe("signed");
    expect(stage("越南宣布RCEP对其正式生效。", `ALIGNS_WITH:Country:越南->${RCEP}`)).toBe("in_force");
  });

  it("gives zones that adopt rules the stage pilots, and countries that only comment nothing", () => {
    const g = extractDocument("pilots.txt", "江西自贸试验区积极对接RCEP规则。美国对RCEP表示关注。");
    expect(
      g.edges.find((e) => e.id.startsWith("ALIGNS_WITH:FreeTradeZone:中国（江西）"))?.properties.stage,
    ).toBe("pilots");
    expect(g.edges.some((e) => e.id === `ALIGNS_WITH:Country:美国->${RCEP}`)).toBe(false);
  });
});

describe("membership of the addressee", () => {
  it("does not make the place of the act a member", () => {
    expect(relationsBy([membership], "智利和秘鲁在越南河内签署了CPTPP。")).toEqual([
      "ALIGNS_WITH:Country:智利->Agreement:全面与进步跨太平洋伙伴关系协定",
      "ALIGNS_WITH:Country:秘鲁->Agreement:全面与进步跨太平洋伙伴关系协定",
    ]);
  });

  it("keeps the depositary an act is addressed to a party, without the stage of the act", () => {
    expect(relationsBy([membership], "秘鲁已向新西兰提出加入DEPA的申请。")).toEqual([
      "ALIGNS_WITH:Country:秘鲁->Agreement:数字经济伙伴关系协定",
      "ALIGNS_WITH:Country:新西兰->Agreement:数字经济伙伴关系协定",
    ]);
    const g = extractDocument("addressee.txt", "秘鲁已向新西兰提出加入DEPA的申请。");
    const stage = (c: string) =>
      g.edges.find((e) => e.id === `ALIGNS_WITH:Country:${c}->Agreement:数字经济伙伴关系协定`)?.properties
        .stage;
    expect(stage("秘鲁")).toBe("applied");
    expect(stage("新西兰")).toBeUndefined();
  });
});

describe("membership stages (relations/stage.ts)", () => {
  it("reads no stage from a negated stage word (尚未批准, 未生效)", () => {
    expect(stageIn("澳洲尚未批准该协定")).toBeUndefined();
    expect(stageIn("该协定未生效，但英国已签署")).toBe("signed");
    expect(stageIn("文莱已批准该协定")).toBe("ratified");
  });
  it("keeps countries listed inside one field item with the agreement's act (finding 6 of review18c)", () => {
    expect(relationsBy([membership], "研究院在支持印尼、菲律宾完成RCEP核准程序等方面发挥了作用。")).toEqual([
      "ALIGNS_WITH:Country:印度尼西亚->Agreement:区域全面经济伙伴关系协定",
      "ALIGNS_WITH:Country:菲律宾->Agreement:区域全面经济伙伴关系协定",
    ]);
  });
  it("gives nothing when the country and the agreement are only items of a list of fields (在…等方面)", () => {
    expect(relationsBy([membership], "研讨会聚焦在泰国大米贸易、RCEP生效实施等领域的机遇。")).toEqual([]);
    expect(
      relationsBy([membership], "双方将在大米、泰国榴莲进口、RCEP正式生效后的旅游等领域加强交流。"),
    ).toEqual([]);
    expect(relationsBy([membership], "论坛在咖啡、马来西亚棕榈油、CPTPP正式生效等方面展开讨论。")).toEqual(
      [],
    );
  });

  it("keeps a country acting before the list of fields, in the same item as the agreement, or with no such list", () => {
    expect(relationsBy([membership], "越南在农业、服务业等方面已批准RCEP。")).toEqual([
      `ALIGNS_WITH:Country:越南->${RCEP}`,
    ]);
    expect(relationsBy([membership], "泰国已完成RCEP核准程序。")).toEqual([
      `ALIGNS_WITH:Country:泰国->${RCEP}`,
    ]);
  });
});

// Release 22 (rel-agree11): the latest step wins; talks about an agreement state none of its steps.
describe("stages of several steps and of talks (release 22)", () => {
  const stage = (text: string, id: string) =>
    extractDocument("stage.txt", text).edges.find((e) => e.id === id)?.properties.stage;

  it("reads the latest step a clause states (in force over ratified over signed over applied)", () => {
    expect(stageIn("冰岛已完成国内核准程序，协定正式生效")).toBe("in_force");
    expect(stageIn("阿曼先提交申请，后签署了加入议定书")).toBe("signed");
    expect(stageIn("智利签署并批准了该协定")).toBe("ratified");
    // (生效 that only qualifies a ratification or the agreement is no step of the party)
    expect(stageIn("柬埔寨已完成协定生效核准")).toBe("ratified");
    expect(stageIn("韩国申请加入已生效的该协定")).toBe("applied");
  });

  it("gives no stage when the agreement is only the object of talks", () => {
    expect(
      stage("秘鲁与智利共同签署关于启动CPTPP升级谈判的备忘录。", `ALIGNS_WITH:Country:秘鲁->${CPTPP}`),
    ).toBeUndefined();
    expect(relationsBy([membership], "越南与泰国签署RCEP第三轮谈判纪要。")).toEqual([]);
    // (a step of the agreement itself keeps its stage)
    expect(stage("越南与泰国签署了RCEP。", `ALIGNS_WITH:Country:越南->${RCEP}`)).toBe("signed");
  });
});

// Release 22, mend of review22k: invented variants of the review's probes.
describe("membership after review22k (release 22)", () => {
  const DEPA = "Agreement:数字经济伙伴关系协定";
  const member = (text: string, id: string) =>
    extractDocument("member.txt", text).edges.find((e) => e.id === id && e.properties.stage !== undefined)
      ?.properties.stage;

  it("reads the act of the second agreement after the first one (签署A并申请加入B)", () => {
    expect(member("马来西亚签署RCEP并申请加入DEPA。", `ALIGNS_WITH:Country:马来西亚->${DEPA}`)).toBe(
      "applied",
    );
    expect(member("马来西亚签署RCEP并申请加入DEPA。", `ALIGNS_WITH:Country:马来西亚->${RCEP}`)).toBe(
      "signed",
    );
  });

  it("makes no member of a country a benefit only helps toward the act (有助于X签署, 为X批准…奠定基础)", () => {
    expect(relationsBy([membership], "这有助于老挝签署RCEP。")).toEqual([]);
    expect(relationsBy([membership], "此举将为墨西哥批准DEPA奠定基础。")).toEqual([]);
    expect(relationsBy([membership], "柬埔寨、老挝已签署RCEP。")).toHaveLength(2);
  });

  it("reads no stage when an adverb or modal stands between the negator and the act (尚未正式签署)", () => {
    expect(stageIn("尚未正式签署")).toBeUndefined();
    expect(stageIn("未能批准")).toBeUndefined();
    expect(relationsBy([membership], "英国尚未正式签署DEPA。")).toEqual([]);
  });
});

// Release 22, mend of review22n: invented variants of the review's probes.
describe("stages after review22n (release 22)", () => {
  const DEPA = "Agreement:数字经济伙伴关系协定";
  const member = (text: string, id: string) =>
    extractDocument("member.txt", text).edges.find((e) => e.id === id && e.properties.stage !== undefined)
      ?.properties.stage;

  it("reads a signing verb whose object is an application as applying (签署了申请加入…的文件, 加入…的申请书)", () => {
    expect(stageIn("签署了申请加入该协定的正式文件")).toBe("applied");
    expect(stageIn("签署了加入该协定的申请书")).toBe("applied");
    expect(member("乌拉圭外长签订了申请加入CPTPP的文件。", `ALIGNS_WITH:Country:乌拉圭->${CPTPP}`)).toBe(
      "applied",
    );
    expect(member("巴拿马总统签署加入DEPA的请求函。", `ALIGNS_WITH:Country:巴拿马->${DEPA}`)).toBe("applied");
    // (a signing joined to an application by 并, 后 or a comma is a step of its own)
    expect(stageIn("已签署该协定并申请加入另一协定")).toBe("signed");
    expect(stageIn("提交申请后签署了加入议定书")).toBe("signed");
    expect(stageIn("签署了加入该协定的议定书")).toBe("signed");
  });

  it("reads 生效 before 的 + a member noun as in force, not 生效 of a condition, a procedure or what comes before it", () => {
    expect(member("文莱是RCEP率先生效的成员国之一。", `ALIGNS_WITH:Country:文莱->${RCEP}`)).toBe("in_force");
    expect(member("智利是DEPA最早生效的缔约方。", `ALIGNS_WITH:Country:智利->${DEPA}`)).toBe("in_force");
    expect(stageIn("完成了协定生效所需的核准程序")).toBe("ratified");
    expect(stageIn("完成了协定生效前的各项准备")).toBeUndefined();
    expect(stageIn("完成协定生效所必需的国内程序")).toBeUndefined();
    expect(stageIn("完成了协定生效的国内程序")).toBeUndefined();
    expect(stageIn("批准了协定，协定生效的条件已经具备")).toBe("ratified");
  });

  it("keeps the act's stage when talks only date or place what is acted on (协商后的条款, 谈判时确定的规则)", () => {
    expect(member("新西兰批准了CPTPP协商后的最终条款。", `ALIGNS_WITH:Country:新西兰->${CPTPP}`)).toBe(
      "ratified",
    );
    expect(member("泰国签署了RCEP谈判时确定的规则。", `ALIGNS_WITH:Country:泰国->${RCEP}`)).toBe("signed");
    expect(member("老挝签署了RCEP谈判中形成的全部文本。", `ALIGNS_WITH:Country:老挝->${RCEP}`)).toBe(
      "signed",
    );
  });

  it("makes no member of a country after a denied copula (不再是…的签署国)", () => {
    expect(relationsBy([membership], "加拿大不再是TPP的签署国。")).toEqual([]);
    expect(relationsBy([membership], "加拿大是TPP的签署国。")).toHaveLength(1);
  });

  it("makes no member of a country only supported toward the act, nor of who supports it (表示支持X批准)", () => {
    expect(relationsBy([membership], "越南表示支持老挝批准RCEP。")).toEqual([]);
    expect(relationsBy([membership], "新西兰支持并批准了CPTPP。")).toHaveLength(1);
  });
});

// Release 22, mend after review22u: invented variants of the review's probes.
describe("stages after review22u (release 22)", () => {
  const DEPA = "Agreement:数字经济伙伴关系协定";
  const stages = (text: string) =>
    extractDocument("member.txt", text)
      .edges.filter((e) => e.type === "ALIGNS_WITH")
      .map((e) => `${e.source}:${e.properties.stage ?? "-"}`)
      .sort();

  it("keeps the applying of a party another supports, and makes no party of the supporter", () => {
    expect(stages("新西兰支持乌拉圭申请加入CPTPP。")).toEqual(["Country:乌拉圭:applied"]);
    expect(stages("智利表示支持秘鲁申请加入DEPA。")).toEqual(["Country:秘鲁:applied"]);
    // (joining only supported, or a benefit word before 支持推动, states nothing)
    expect(stages("新西兰支持乌拉圭加入CPTPP。")).toEqual([]);
    expect(stages("这有助于秘鲁申请加入DEPA。")).toEqual([]);
  });

  it("reads a signed application with a long quoted agreement name as applying", () => {
    expect(stageIn("签署了加入《某某地区全面经济伙伴关系协定》的申请书")).toBe("applied");
    expect(
      extractDocument("member.txt", "秘鲁签署了加入《数字经济伙伴关系协定》的申请书。").edges.find(
        (e) => e.id === `ALIGNS_WITH:Country:秘鲁->${DEPA}`,
      )?.properties.stage,
    ).toBe("applied");
    // (a title holding a stage word keeps it when no application is signed)
    expect(stageIn("通过了《关于批准某协定的决定》")).toBe("ratified");
  });
});
