import { describe, expect, it } from "vitest";
import { ApiError } from "../../../client/src/api";
import {
  claimValue,
  docDateText,
  errorText,
  methodName,
  predicateName,
  typeCounts,
} from "../../../client/src/i18nMeta";

describe("methodName", () => {
  it("names every evidence method in both languages and passes an unknown one through", () => {
    expect(methodName("pattern", "zh")).toBe("句式规则");
    expect(methodName("pattern", "en")).toBe("pattern rule");
    expect(methodName("cooccurrence", "zh")).toBe("同句共现");
    expect(methodName("human", "en")).toBe("human review");
    expect(methodName("something-new", "zh")).toBe("something-new");
  });
});

describe("docDateText", () => {
  it("translates the open end of a date in Chinese and leaves exact dates alone", () => {
    expect(docDateText("2026-04 or later", "zh")).toBe("2026-04 或之后");
    expect(docDateText("2026-04 or later", "en")).toBe("2026-04 or later");
    expect(docDateText("2026-04-09", "zh")).toBe("2026-04-09");
  });
});

describe("errorText", () => {
  it("puts the translated meaning of the code before the server's message", () => {
    const e = new ApiError("CYPHER_TIMEOUT", "The query was stopped at its timeout of 5000 ms.", 408);
    expect(errorText(e, "zh")).toBe(
      "查询超时 (CYPHER_TIMEOUT): The query was stopped at its timeout of 5000 ms.",
    );
    expect(errorText(e, "en")).toBe(
      "Query timed out (CYPHER_TIMEOUT): The query was stopped at its timeout of 5000 ms.",
    );
  });
  it("keeps an unknown code and a plain error as they are", () => {
    expect(errorText(new ApiError("TEAPOT", "short and stout", 418), "zh")).toBe("TEAPOT: short and stout");
    expect(errorText(new Error("boom"), "zh")).toBe("boom");
  });
});

describe("typeCounts", () => {
  it("translates node types in the truncated-result summary", () => {
    expect(typeCounts({ FreeTradeZone: 2, Country: 1 }, "zh")).toBe("自贸试验区 2、国家 1");
    expect(typeCounts({ FreeTradeZone: 2, Country: 1 }, "en")).toBe("Free trade zone 2, Country 1");
  });
});

describe("dated claims", () => {
  it("rounds away the binary noise of computed amounts and groups the digits", () => {
    expect(claimValue(220669999999.99997, "CNY", "en")).toBe("220,670,000,000 CNY");
    expect(claimValue(14430000000.000002, "USD", "zh")).toBe("14,430,000,000 USD");
    expect(claimValue(119.74, "km2", "en")).toBe("119.74 km2");
    expect(claimValue("2013-09-29", null, "zh")).toBe("2013-09-29");
  });
  it("names the predicate in the UI language and keeps an unknown one", () => {
    expect(predicateName("trade_value", "zh")).toBe("贸易额");
    expect(predicateName("trade_value", "en")).toBe("trade value");
    expect(predicateName("new_predicate", "zh")).toBe("new_predicate");
  });
});
