import { describe, expect, it } from "vitest";
import { departments } from "../../../../../server/extract/entities/departments";
import { extractDocument } from "../../../../../server/extract/index";
import { expectQuotesAtOffsets, hasNode } from "../../../../support/extracted";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
const node = hasNode;
const quotesOk = expectQuotesAtOffsets;

describe("entity rule departments", () => {
  it("reads departments of a catalogued body", () => {
    expect(mentionsBy([departments], "国务院办公厅印发通知，商务部外资司负责解读。")).toEqual([
      "Organization:国务院办公厅@国务院办公厅",
      "Organization:商务部外资司@商务部外资司",
    ]);
  });

  it("finds departments of a catalogued body and newspapers", () => {
    const text =
      "据商务部对外投资和经济合作司统计，《国务院办公厅关于促进外贸的意见》提出…。英国《经济学人周刊》与 Wired杂志均有报道。";
    const g = extractDocument("bodies2.txt", text);
    for (const o of ["商务部对外投资和经济合作司", "商务部", "国务院办公厅", "经济学人周刊", "Wired杂志"])
      expect(node(g, `Organization:${o}`), o).toBe(true);
    quotesOk(g, text);
  });

  it("reads no department across a conjunction or out of a company's 公司", () => {
    const orgs = (t: string) => mentionsBy([departments], t).map((m) => m.split("@")[1]);
    expect(orgs("商务部与远航物流公司签署协议。")).not.toContain("商务部与远航物流公司");
    expect(orgs("海关总署和一家贸易公司开展试点。")).not.toContain("海关总署和一家贸易公司");
    expect(orgs("国务院及下属投资公司负责。")).not.toContain("国务院及下属投资公司");
    expect(orgs("商务部下属的贸易公司已成立。").some((m) => m?.endsWith("公司"))).toBe(false);
    // no conjunction and no 的: only the company's 公司 tells it apart
    expect(orgs("海关总署牵头远洋航运公司开展试点。").some((m) => m?.endsWith("公司"))).toBe(false);
  });

  it("reads no department out of 司法 after a coordinating verb (会同, 联合, 协同)", () => {
    const orgs = (t: string) => mentionsBy([departments], t).map((m) => m.split("@")[1]);
    expect(orgs("商务部会同司法部发布了解读。").some((m) => m?.endsWith("司"))).toBe(false);
    expect(orgs("海关总署联合司法局开展培训。").some((m) => m?.endsWith("司"))).toBe(false);
    expect(orgs("国务院协同司法部门部署工作。").some((m) => m?.endsWith("司"))).toBe(false);
    expect(orgs("海关总署推动司法协作。").some((m) => m?.endsWith("司"))).toBe(false);
    expect(orgs("海关总署联合外资企业服务司开展调研。").some((m) => m?.startsWith("海关总署联合"))).toBe(
      false,
    );
  });

  it("keeps a department whose own name holds a conjunction", () => {
    expect(mentionsBy([departments], "商务部服务贸易和商贸服务业司发布通知。")).toContain(
      "Organization:商务部服务贸易和商贸服务业司@商务部服务贸易和商贸服务业司",
    );
  });
});
