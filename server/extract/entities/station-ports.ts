import type { Mention } from "./types";

/** A station's head right after a port's name: 钦州港东站, 北仑港站, 贾拉拉巴德口岸站, 钦州港东火车站. */
const STATION = /^[东西南北]?(?:火车)?站/;

/**
 * Ports read inside a station's name (从钦州港东站开出, 铁路北仑港站, 贾拉拉巴德口岸站) are stations, not
 * ports: such mentions are dropped (in place). The station's place stays a relation target only (the
 * annotations disagree on it as an entity: 北仑 of 北仑港站 in set 7, none for 钦州港东火车站 in set 11).
 */
export function dropStationPorts(norm: string, out: Mention[]): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (!m?.id.startsWith("Port:") || !STATION.test(norm.slice(m.ce))) continue;
    out.splice(k, 1);
  }
}
