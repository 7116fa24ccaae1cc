import { describe, expect, it } from "vitest";
import { portLists } from "../../../../../server/extract/entities/port-lists";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule port-lists", () => {
  it("reads catalogued places before 等边境口岸", () => {
    expect(mentionsBy([portLists], "打通至霍尔果斯、阿拉山口等边境口岸的通道。")).toEqual([
      "Port:霍尔果斯口岸@霍尔果斯",
      "Port:阿拉山口口岸@阿拉山口",
    ]);
  });

  it("reads unseen names after the verb", () => {
    expect(mentionsBy([portLists], "联动红其拉甫、伊尔克什坦、吐尔尕特等边境口岸。")).toEqual([
      "Port:红其拉甫口岸@红其拉甫",
      "Port:伊尔克什坦口岸@伊尔克什坦",
      "Port:吐尔尕特口岸@吐尔尕特",
    ]);
  });
});
