import { describe, expect, it } from "vitest";
import { corridorRoleCopula } from "../../../../../server/extract/relations/corridor-role-copula";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule corridor-role-copula", () => {
  it("puts a name the copula makes a member, project or node of a corridor on it", () => {
    expect(relationsBy([corridorRoleCopula], "老挝是“一带一路”倡议中的关键国家，两国往来密切。")).toEqual([
      "ON_CORRIDOR:Country:老挝->Corridor:一带一路",
    ]);
    expect(relationsBy([corridorRoleCopula], "中老铁路是两国共同推进的“一带一路”标志性工程。")).toEqual([
      "ON_CORRIDOR:Corridor:中老铁路->Corridor:一带一路",
    ]);
    expect(relationsBy([corridorRoleCopula], "钦州港已成为西部陆海新通道的重要节点之一。")).toEqual([
      "ON_CORRIDOR:Port:钦州港->Corridor:西部陆海新通道",
    ]);
  });

  it("reads a copula clause that goes on from the clause the name opens (甲是乙，也是…)", () => {
    expect(relationsBy([corridorRoleCopula], "蒙古国是中国的近邻，也是“一带一路”沿线的重要国家。")).toEqual([
      "ON_CORRIDOR:Country:蒙古国->Corridor:一带一路",
    ]);
  });

  it("reads nothing when the head is no member noun, another name follows the corridor, or no copula", () => {
    // a forum or an outcome is no member of the corridor
    expect(relationsBy([corridorRoleCopula], "泰国是“一带一路”国际合作高峰论坛的参与方。")).toEqual([]);
    expect(relationsBy([corridorRoleCopula], "这次签约是“一带一路”合作的重要成果。")).toEqual([]);
    // another name after the corridor heads the predicate
    expect(relationsBy([corridorRoleCopula], "老挝是“一带一路”和东盟的重要国家。")).toEqual([]);
    // no copula: the name only modifies
    expect(relationsBy([corridorRoleCopula], "老挝推进“一带一路”重点项目。")).toEqual([]);
    // the copula's subject is another clause's, not the name
    expect(relationsBy([corridorRoleCopula], "记者从老挝获悉，这是“一带一路”的重要项目。")).toEqual([]);
  });
  it("reads nothing when the predicate denies, excludes, opposes or asks (no member of the corridor)", () => {
    for (const text of [
      "秘鲁是少数没有加入“一带一路”的国家。",
      "智利是“一带一路”之外的国家。",
      "挪威是唯一拒绝参与“一带一路”的周边国家。",
      "希腊是唯一签署后又退出“一带一路”合作文件的国家。",
      "瑞典是反对“一带一路”的主要国家。",
      "加拿大是遏制“一带一路”的主要国家。",
      "墨西哥是批评“一带一路”最多的国家之一。",
      "韩国是“一带一路”的竞争国家。",
      "泰国是否是“一带一路”的重要国家，尚无定论。",
      "贵阳还是不是中欧班列的重要枢纽？",
    ]) {
      expect.soft(relationsBy([corridorRoleCopula], text), text).toEqual([]);
    }
  });

  it("keeps a predicate whose words only hold a negator or a word of opposing (不断, 不同, 竞争力, 未来)", () => {
    expect(relationsBy([corridorRoleCopula], "越南是不断深化“一带一路”合作的重要国家。")).toEqual([
      "ON_CORRIDOR:Country:越南->Corridor:一带一路",
    ]);
    expect(relationsBy([corridorRoleCopula], "成都是带动不同地区融入“一带一路”的重要枢纽。")).toEqual([
      "ON_CORRIDOR:City:成都->Corridor:一带一路",
    ]);
    expect(relationsBy([corridorRoleCopula], "贵阳是“一带一路”上最具竞争力的枢纽。")).toEqual([
      "ON_CORRIDOR:City:贵阳->Corridor:一带一路",
    ]);
    expect(relationsBy([corridorRoleCopula], "贵阳是未来“一带一路”的重要枢纽。")).toEqual([
      "ON_CORRIDOR:City:贵阳->Corridor:一带一路",
    ]);
    expect(relationsBy([corridorRoleCopula], "泰国不仅是东盟成员，也是“一带一路”的重要国家。")).toEqual([
      "ON_CORRIDOR:Country:泰国->Corridor:一带一路",
    ]);
  });
  it("reads each member head: a project (项目) and a channel of any modifier (通道: 战略通道, 主要通道)", () => {
    expect(relationsBy([corridorRoleCopula], "卡拉奇港是中巴经济走廊的早期收获项目。")).toEqual([
      "ON_CORRIDOR:Port:卡拉奇港->Corridor:中巴经济走廊",
    ]);
    expect(relationsBy([corridorRoleCopula], "霍尔果斯口岸是丝绸之路经济带上的战略通道。")).toEqual([
      "ON_CORRIDOR:Port:霍尔果斯口岸->Corridor:丝绸之路经济带",
    ]);
    expect(relationsBy([corridorRoleCopula], "满洲里是中欧班列的主要通道之一。")).toEqual([
      "ON_CORRIDOR:City:满洲里->Corridor:中欧班列",
    ]);
  });
  it("reads the copulas of on-corridor.ts, 作为 too (甲作为“乙”的重要项目，…)", () => {
    expect(relationsBy([corridorRoleCopula], "卡拉奇港作为中巴经济走廊的旗舰项目，吸引了大量投资。")).toEqual(
      ["ON_CORRIDOR:Port:卡拉奇港->Corridor:中巴经济走廊"],
    );
  });
  it("reads no stance toward the corridor as a membership: only building or joining it before it (mend25k)", () => {
    for (const text of [
      "日本是对“一带一路”心存疑虑的国家。",
      "澳大利亚是公开抵制“一带一路”的国家。",
      "美国是“一带一路”的头号对手国家。",
      "印度是对中巴经济走廊持观望态度的国家。",
      "立陶宛是质疑“一带一路”的国家。",
    ]) {
      expect.soft(relationsBy([corridorRoleCopula], text), text).toEqual([]);
    }
    expect(relationsBy([corridorRoleCopula], "老挝是积极参与“一带一路”的重要国家。")).toEqual([
      "ON_CORRIDOR:Country:老挝->Corridor:一带一路",
    ]);
    expect(relationsBy([corridorRoleCopula], "瓜达尔港是两国共建“一带一路”的标志性项目。")).toEqual([
      "ON_CORRIDOR:Port:瓜达尔港->Corridor:一带一路",
    ]);
    expect(relationsBy([corridorRoleCopula], "昆明是面向南亚的“一带一路”重要门户。")).toEqual([
      "ON_CORRIDOR:City:昆明->Corridor:一带一路",
    ]);
  });
});
