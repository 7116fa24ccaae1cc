import { describe, expect, it } from "vitest";
import { pairedFtas } from "../../../../../server/extract/entities/paired-ftas";
import { worldCountries } from "../../../../../server/extract/entities/world-countries";
import { idsBy } from "../../../../support/rules";

// Invented sentences; the agreements found (catalog surfaces and world countries run first).
describe("entity rule paired-ftas", () => {
  const agreements = (text: string) =>
    idsBy([worldCountries, pairedFtas], text).filter((id) => id.startsWith("Agreement:"));

  it("names a free trade agreement written without its name by the pair of its clause", () => {
    expect(agreements("中国与智利今天签署了自由贸易协定。")).toEqual(["Agreement:中国-智利自由贸易协定"]);
    expect(agreements("秘鲁成为第三个与中国签署自贸协定的拉美国家。")).toEqual([
      "Agreement:中国-秘鲁自由贸易协定",
    ]);
    expect(agreements("中秘两国去年完成了自贸协定谈判。")).toEqual(["Agreement:中国-秘鲁自由贸易协定"]);
  });

  it("names none for several partners, a world region or a clause without China", () => {
    expect(agreements("中国已与智利、秘鲁等国签署自贸协定。")).toEqual([]);
    expect(agreements("这是中国与非洲国家签订的首个自贸协定。")).toEqual([]);
    expect(agreements("智利与秘鲁签署了自由贸易协定。")).toEqual([]);
  });

  it("reads no China party where China only locates one of its regions (中国香港, 中国台湾)", () => {
    expect(agreements("智利同中国香港特别行政区签署了自由贸易协定。")).toEqual([]);
    expect(agreements("格鲁吉亚与中国澳门商谈后签订了自贸协定。")).toEqual([]);
    expect(agreements("智利同中国签署了自由贸易协定。")).toEqual(["Agreement:中国-智利自由贸易协定"]);
  });

  it("names the pair of a fronted time frame and the subject of the next clause (release 22)", () => {
    expect(agreements("在与中国签署自由贸易协定后，尼加拉瓜对华出口大幅增长。")).toEqual([
      "Agreement:中国-尼加拉瓜自由贸易协定",
    ]);
    expect(agreements("自2010年同秘鲁签订自由贸易协定以来，中国对秘鲁投资不断扩大。")).toEqual([
      "Agreement:中国-秘鲁自由贸易协定",
    ]);
    // (none for several subjects, a region, a frame without China, or no frame)
    expect(agreements("在与中国签署自贸协定之后，智利、秘鲁的水果对华出口增加。")).toEqual([]);
    expect(agreements("在与中国签署自由贸易协定后，非洲对华出口增长。")).toEqual([]);
    expect(agreements("在与澳大利亚签署自由贸易协定后，新西兰扩大了出口。")).toEqual([]);
    expect(agreements("与中国签署自由贸易协定，尼加拉瓜对华出口增长。")).toEqual([]);
  });

  it("reads China joined to its partner past an adverb (中国也与冰岛…; release 22)", () => {
    expect(agreements("中国也同马尔代夫签署了自贸协定。")).toEqual(["Agreement:中国-马尔代夫自由贸易协定"]);
    expect(agreements("中国正式与柬埔寨签署自由贸易协定。")).toEqual(["Agreement:中国-柬埔寨自由贸易协定"]);
    expect(agreements("中国已与智利、秘鲁签署自贸协定。")).toEqual([]);
  });
});

// Release 22, mend of review22k: invented variants of the review's probes.
describe("paired-ftas fronted frames after review22k (release 22)", () => {
  const agreements = (text: string) =>
    idsBy([worldCountries, pairedFtas], text).filter((id) => id.startsWith("Agreement:"));

  it("takes no country that only qualifies the next clause's subject (X企业, X游客, X媒体)", () => {
    expect(agreements("在与中国签署自由贸易协定后，德国企业对该国的投资增加。")).toEqual([]);
    expect(agreements("自与中国签署自由贸易协定以来，法国游客大量涌入智利。")).toEqual([]);
    expect(agreements("在与中国签署自由贸易协定后，英国媒体纷纷报道。")).toEqual([]);
    // (a product of the country still names the party)
    expect(agreements("在与中国签署自由贸易协定后，智利葡萄酒对华出口大增。")).toEqual([
      "Agreement:中国-智利自由贸易协定",
    ]);
  });

  it("reads a bare title 《自由贸易协定》 with the pair of its clause", () => {
    expect(agreements("中国与尼加拉瓜签署《自由贸易协定》。")).toEqual([
      "Agreement:中国-尼加拉瓜自由贸易协定",
    ]);
    expect(agreements("两国签署《自由贸易协定》。")).toEqual([]);
  });

  it("reads a frame opened by 随着 without a closer (随着与中国的自由贸易协定生效，X…)", () => {
    expect(agreements("随着与中国的自由贸易协定生效，格鲁吉亚对华出口大增。")).toEqual([
      "Agreement:中国-格鲁吉亚自由贸易协定",
    ]);
  });
});

// Release 22, mend of review22n: invented variants of the review's probes.
describe("paired-ftas fronted frames after review22n (release 22)", () => {
  const agreements = (text: string) =>
    idsBy([worldCountries, pairedFtas], text).filter((id) => id.startsWith("Agreement:"));

  it("takes no subject joined to another party (X和Y都…, X同Y一道…)", () => {
    expect(agreements("在与中国签署自由贸易协定后，冰岛和挪威都扩大了出口。")).toEqual([]);
    expect(agreements("在与中国签署自由贸易协定后，秘鲁同智利一道扩大出口。")).toEqual([]);
    // (同比 is no joiner, and a subject joined to China is the pair itself)
    expect(agreements("在与中国签署自由贸易协定后，新西兰同比增长两成。")).toEqual([
      "Agreement:中国-新西兰自由贸易协定",
    ]);
    expect(agreements("在与中国签署自由贸易协定后，冰岛与中国的贸易额翻番。")).toEqual([
      "Agreement:中国-冰岛自由贸易协定",
    ]);
  });
});
