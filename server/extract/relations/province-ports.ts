import { typeOf } from "./context";
import type { RelationRule } from "./types";

/** A port written right after its province or city (抵达广西凭祥友谊关口岸) lies in it. */
export const provincePorts: RelationRule = {
  name: "province-ports",
  types: ["LOCATED_IN"],
  find({ ms, push }) {
    for (let i = 0; i + 1 < ms.length; i++) {
      const place = ms[i];
      const port = ms[i + 1];
      if (!place || !port || typeOf(port.id) !== "Port" || port.cs !== place.ce) continue;
      // (a port whose name holds its city is located by its name, the most specific place)
      if (!/^(Province|City)$/.test(typeOf(place.id)) || port.parts.length > 0) continue;
      push({
        type: "LOCATED_IN",
        source: port.id,
        target: place.id,
        method: "pattern",
        confidence: 0.85,
        cs: place.cs,
        ce: port.ce,
      });
    }
  },
};
