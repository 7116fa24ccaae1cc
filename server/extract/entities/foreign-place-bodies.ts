import { bodiesAfterPlaces } from "./government-bodies";
import type { EntityRule } from "./types";

/**
 * Public bodies named after a foreign place that the place rules find after government-bodies.ts has run
 * (某外国城市市政府, 某边疆区政府, 某州经济发展厅, 某市商务发展中心): the same reading as government-bodies.ts
 * (the place opens the name and is its part, a head of public-body-heads.json closes it), for the cities and
 * divisions that no body has been read after yet.
 */
export const foreignPlaceBodies: EntityRule = {
  name: "foreign-place-bodies",
  type: "Organization",
  priority: 1,
  find(ctx) {
    const read = ctx.cands.filter((c) => c.id.startsWith("Organization:"));
    const places = ctx.cands.filter(
      (c) => /^(City|Province):/.test(c.id) && !read.some((o) => o.cs <= c.cs && o.ce > c.ce),
    );
    bodiesAfterPlaces(ctx, places);
  },
};
