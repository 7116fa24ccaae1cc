import { describe, expect, it } from "vitest";
import { cleanView, looksLineBroken, normalize, segment } from "../../../../server/extract/text";

// Invented PDF-like text: lines broken mid-sentence, with a subtitle line between two paragraphs.
const lines = [
  "这是一段从报告中提取出来的文字它在行中间被折断了而且没有标点",
  "继续的部分仍然没有结束所以这一行也没有句末标点符号存在于此处",
  "这里终于结束了这一句话并且用句号作为结尾来表示完整的意思。",
  "江西自贸试验区建设提速",
  "赣州片区重点发展电子信息产业并且加快推进开放平台的建设进程，",
  "同时积极对接国际规则并推动贸易便利化改革不断走向深入发展。",
];

describe("text layer: PDF line breaks", () => {
  const text = lines.join("\n");

  it("rejoins lines broken mid-sentence", () => {
    expect(looksLineBroken(text)).toBe(true);
    const segs = segment(cleanView(text)).map((s) => s.clean);
    expect(segs[0]).toBe(lines.slice(0, 3).join(""));
  });

  it("ends a subtitle line (short, no punctuation, after a finished sentence) where it ends", () => {
    const segs = segment(cleanView(text)).map((s) => s.clean);
    expect(segs).toContain("江西自贸试验区建设提速");
    expect(segs).toContain(lines.slice(4).join(""));
  });

  it("still joins a short unpunctuated line inside a sentence", () => {
    const broken = [lines[0], lines[1], "片区之间", ...lines.slice(2)].join("\n");
    const segs = segment(cleanView(broken)).map((s) => s.clean);
    expect(segs[0]).toBe(`${lines[0]}${lines[1]}片区之间${lines[2]}`);
  });
});

describe("text layer: lines that each hold one name", () => {
  // Invented notice: one paragraph, then the issuing bodies one per line (a signature block).
  const bodies = [
    "江西省商务厅口岸管理办公室",
    "中国(江西)自由贸易试验区南昌片区管委会",
    "南昌市发展和改革委员会办公室",
    "南昌市交通运输局综合执法支队",
    "南昌海关驻南昌片区办事处",
    "江西省地方金融监督管理局",
  ];
  const notice = ["各有关单位：现将有关事项通知如下，请认真贯彻执行。", ...bodies, "2024年3月1日"].join("\n");

  it("are no wrapped sentences: a notice with a signature block is not read as a broken PDF", () => {
    expect(looksLineBroken(notice)).toBe(false);
    const segs = segment(cleanView(notice)).map((s) => s.clean);
    for (const b of bodies) expect(segs).toContain(b);
  });

  it("are no wrapped sentences after a list number either", () => {
    const list = ["首批合作园区名单", ...bodies.map((b, i) => `${i + 1}.${b}`)].join("\n");
    expect(looksLineBroken(list)).toBe(false);
  });

  it("leave a PDF whose long lines break mid-sentence a broken PDF", () => {
    expect(looksLineBroken([...lines, ...bodies].join("\n"))).toBe(true);
  });
});

describe("text layer: paragraph (news) line breaks", () => {
  it("rejoins an obvious mid-sentence break but never across an empty line", () => {
    const sub = "江西自贸试验区涵盖南昌、九江、赣州三个片区";
    const body = "着力建设内陆开放型经济高地。";
    expect(segment(cleanView(`${sub}\n${body}`)).map((s) => s.clean)).toEqual([`${sub}${body}`]);
    expect(segment(cleanView(`${sub}\n\n${body}`)).map((s) => s.clean)).toEqual([sub, body]);
  });
});

describe("text layer: normalisation", () => {
  it("reads every dash of a joined pair as a hyphen, keeping the length", () => {
    for (const d of ["—", "－", "–", "‐", "―"]) expect(normalize(`中国${d}秘鲁`)).toBe("中国-秘鲁");
  });

  it("changes only the characters that need it, wherever they stand, and keeps plain text as it is", () => {
    expect(normalize("青禾湾港开往南洋")).toBe("青禾湾港开往南洋");
    expect(normalize("（青禾灣）Ａ港")).toBe("(青禾湾)A港");
    expect(normalize("灣")).toBe("湾");
    expect(normalize("")).toBe("");
  });
});
