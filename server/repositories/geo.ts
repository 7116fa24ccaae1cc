/**
 * Pure {cypher, params} builders of the map (GET /api/geo) and the repository that runs them: the
 * graph's places, and each corridor's stations — its ON_CORRIDOR/CONNECTS neighbours that are places,
 * plus the areas of a zone that is on the corridor (a zone runs through its areas).
 */
import type { NodeType } from "../../contracts/graph";
import type { Executor, Query } from "../neo4j/executor";
import { type EntityRow, entityMap } from "./fragments";

/** Entity types placed on the map (DevZone, Industry, Agreement, Organization are not places here). */
export const PLACE_TYPES: NodeType[] = ["FreeTradeZone", "Area", "Province", "City", "Port", "Country"];

/** Labels are never parameters: `:A|B` from the checked constant above. */
const PLACE_LABELS = PLACE_TYPES.join("|");

export function placesQuery(): Query {
  return {
    cypher: `MATCH (n:${PLACE_LABELS}) RETURN ${entityMap("n")} AS place ORDER BY n.id`,
  };
}

export function corridorStationsQuery(): Query {
  return {
    cypher: `MATCH (c:Corridor)
CALL (c) {
  MATCH (c)-[:ON_CORRIDOR|CONNECTS]-(s:${PLACE_LABELS})
  RETURN s.id AS station
  UNION
  MATCH (c)-[:ON_CORRIDOR]-(:FreeTradeZone)<-[:PART_OF]-(s:Area)
  RETURN s.id AS station
}
WITH c, station ORDER BY station
RETURN ${entityMap("c")} AS corridor, collect(station) AS stations
ORDER BY corridor.id`,
  };
}

export interface CorridorStationsRow {
  corridor: EntityRow;
  stations: string[];
}

const TIMEOUT = { timeoutMs: 15_000 };

export class GeoRepository {
  constructor(private readonly executor: Executor) {}

  async places(): Promise<EntityRow[]> {
    const r = await this.executor.executeRead(placesQuery(), TIMEOUT);
    return r.records.map((rec) => rec.get("place") as EntityRow);
  }

  async corridorStations(): Promise<CorridorStationsRow[]> {
    const r = await this.executor.executeRead(corridorStationsQuery(), TIMEOUT);
    return r.records.map((rec) => rec.toObject() as CorridorStationsRow);
  }
}
