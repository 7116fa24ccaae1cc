/** The analyst views' endpoints, validated against their shared contracts like every other call. */
import { EdgeDetail } from "../../../contracts/api";
import {
  AgreementMatrix,
  ChangesResponse,
  CorridorMatrix,
  DatedSubgraph,
  TimelineResponse,
} from "../../../contracts/views";
import type { Api } from "../api";

const enc = encodeURIComponent;

export class ViewsApi {
  constructor(readonly api: Api) {}

  timeline() {
    return this.api.request("/api/time/timeline", TimelineResponse);
  }
  at(date: string, limit = 500) {
    return this.api.request(`/api/time/graph?at=${enc(date)}&limit=${limit}`, DatedSubgraph);
  }
  changes(from: string, to: string) {
    return this.api.request(`/api/time/changes?from=${enc(from)}&to=${enc(to)}`, ChangesResponse);
  }
  agreements(rows: readonly string[]) {
    return this.api.request(`/api/matrix/agreements?rows=${enc(rows.join(","))}`, AgreementMatrix);
  }
  corridors() {
    return this.api.request("/api/matrix/corridors", CorridorMatrix);
  }
  edge(id: string) {
    return this.api.request(`/api/edges/${enc(id)}`, EdgeDetail);
  }
}
