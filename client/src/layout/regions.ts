/**
 * Where the first screen starts each province: its region (China's seven geographic regions) and its
 * capital's longitude/latitude (from data/catalog/coordinates.json). The seeded layout groups provinces by
 * region, north up, so the first screen reads like the country before ForceAtlas2 relaxes it.
 */
export type Region = "north" | "northeast" | "east" | "central" | "south" | "southwest" | "northwest";

export interface ProvincePlace {
  region: Region;
  lon: number;
  lat: number;
}

const TABLE: Record<string, [Region, number, number]> = {
  北京市: ["north", 116.4, 39.9],
  天津市: ["north", 117.2, 39.13],
  上海市: ["east", 121.47, 31.23],
  重庆市: ["southwest", 106.55, 29.56],
  河北省: ["north", 114.51, 38.04],
  山西省: ["north", 112.55, 37.87],
  辽宁省: ["northeast", 123.43, 41.8],
  吉林省: ["northeast", 125.32, 43.88],
  黑龙江省: ["northeast", 126.53, 45.8],
  江苏省: ["east", 118.8, 32.06],
  浙江省: ["east", 120.16, 30.27],
  安徽省: ["east", 117.23, 31.82],
  福建省: ["east", 119.3, 26.08],
  江西省: ["east", 115.86, 28.68],
  山东省: ["east", 117.0, 36.65],
  河南省: ["central", 113.63, 34.75],
  湖北省: ["central", 114.31, 30.59],
  湖南省: ["central", 112.94, 28.23],
  广东省: ["south", 113.26, 23.13],
  海南省: ["south", 110.35, 20.02],
  四川省: ["southwest", 104.07, 30.57],
  贵州省: ["southwest", 106.63, 26.65],
  云南省: ["southwest", 102.83, 24.88],
  陕西省: ["northwest", 108.94, 34.34],
  甘肃省: ["northwest", 103.83, 36.06],
  青海省: ["northwest", 101.78, 36.62],
  台湾省: ["east", 121.56, 25.04],
  内蒙古自治区: ["north", 111.75, 40.84],
  广西壮族自治区: ["south", 108.37, 22.82],
  西藏自治区: ["southwest", 91.11, 29.65],
  宁夏回族自治区: ["northwest", 106.23, 38.49],
  新疆维吾尔自治区: ["northwest", 87.62, 43.83],
  香港特别行政区: ["south", 114.17, 22.32],
  澳门特别行政区: ["south", 113.54, 22.2],
};

/** The province of a name ("广西壮族自治区", "广西") or a Province id, if known. */
export function provincePlace(nameOrId: string): ProvincePlace | null {
  const name = nameOrId.replace(/^Province:/, "");
  const row =
    TABLE[name] ?? Object.entries(TABLE).find(([full]) => name.length >= 2 && full.startsWith(name))?.[1];
  return row ? { region: row[0], lon: row[1], lat: row[2] } : null;
}

/** The mean capital position of each region and of the whole country (x = longitude, y = latitude). */
export function regionCentres(): {
  centres: Map<Region, { x: number; y: number }>;
  country: { x: number; y: number };
} {
  const sums = new Map<Region, { x: number; y: number; k: number }>();
  let x = 0;
  let y = 0;
  const rows = Object.values(TABLE);
  for (const [region, lon, lat] of rows) {
    const s = sums.get(region) ?? { x: 0, y: 0, k: 0 };
    sums.set(region, { x: s.x + lon, y: s.y + lat, k: s.k + 1 });
    x += lon;
    y += lat;
  }
  const centres = new Map([...sums].map(([r, s]) => [r, { x: s.x / s.k, y: s.y / s.k }] as const));
  return { centres, country: { x: x / rows.length, y: y / rows.length } };
}
