/**
 * Railway stations named after a port or a line (钦州港东站, 北仑港站, 贾拉拉巴德口岸站, 银川铁路南站) and railway
 * companies named after a line (青藏铁路公司): the port or the line is part of another name there, not a
 * mention of it. The station's place stays a relation target only (the annotations disagree on it as an
 * entity: 北仑 of 北仑港站 in set 7, none for 钦州港东火车站 in set 11).
 */
import type { Mention } from "./types";

/**
 * What turns a port's or a line's name into a station's (东站, 站, 火车站, 集装箱中心站; not 站台), the one
 * station pattern of the extractor.
 */
export const STATION_SUFFIX = "[东西南北]?(?:火车|客运|货运|集装箱)?(?:中心)?站(?![台稳])";
const STATION_AFTER = new RegExp(`^${STATION_SUFFIX}`);
/** What turns a line's name into a railway body's (公司, 局). */
const LINE_BODY_AFTER = /^(?:公司|局|集团)/;

/** Removes (in place) ports and railway lines whose name continues as a station's or a railway body's. */
export function dropStationNames(norm: string, out: Mention[]): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (!m) continue;
    const after = norm.slice(m.ce, m.ce + 8);
    const port = m.id.startsWith("Port:") && STATION_AFTER.test(after);
    const line =
      m.id.startsWith("Corridor:") &&
      norm.slice(m.ce - 2, m.ce) === "铁路" &&
      (STATION_AFTER.test(after) || LINE_BODY_AFTER.test(after));
    if (port || line) out.splice(k, 1);
  }
}
