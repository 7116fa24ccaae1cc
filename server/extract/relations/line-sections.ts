import { SECTION_JOIN } from "../entities/section-ends";
import type { Mention } from "../entities/types";
import { type RelationContext, typeOf } from "./context";
import { pushStop } from "./stops";
import type { RelationRule } from "./types";

/** The places a section of a line is named by (a port or zone on it lies on the line). */
const END = /^(City|Port|Country|Province|DevZone)$/;
/** What joins the two ends of a section (entities/section-ends.ts SECTION_JOIN). */
const JOIN = new RegExp(`^(${SECTION_JOIN})$`);

/** The place mention starting at `pos`, if any. */
const endAt = (rc: RelationContext, pos: number): Mention | undefined =>
  rc.ms.find((m) => m.cs === pos && END.test(typeOf(m.id)));

/**
 * A section of a line named by its two ends right after the line's name, bare or in brackets, and
 * closed by 段: 中老高速公路万象至万荣段, 南宁至防城港铁路钦州至防城港段, 白沙瓦至卡拉奇高速公路（木尔坦至
 * 苏库尔段）. Both ends lie on the line: CONNECTS to a city, province or country, ON_CORRIDOR for a port
 * or zone.
 */
export const lineSections: RelationRule = {
  name: "line-sections",
  types: ["CONNECTS", "ON_CORRIDOR"],
  find(rc) {
    const { norm } = rc;
    if (!norm.includes("段")) return;
    for (const line of rc.of("Corridor")) {
      const open = /^[(（]/.test(norm[line.ce] ?? "") ? 1 : 0;
      const x = endAt(rc, line.ce + open);
      if (!x) continue;
      const join = JOIN.exec(norm[x.ce] ?? "");
      const y = join ? endAt(rc, x.ce + 1) : undefined;
      if (!y || y.id === x.id || norm[y.ce] !== "段") continue;
      const span = { cs: line.cs, ce: y.ce + 1 };
      for (const end of [x, y])
        pushStop(rc.push, line.id, end.id, /^(Port|DevZone)$/.test(typeOf(end.id)), span);
    }
  },
};
