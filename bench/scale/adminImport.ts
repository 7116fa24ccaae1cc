/** Runs `neo4j-admin database import full` (AdminTool from the same Maven artifacts) into a fresh folder. */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ARRAY_DELIMITER, type CsvSet } from "../../server/load/csv";
import { resolveClasspath } from "../../server/neo4j/embedded";

export async function adminImport(
  csv: CsvSet,
  home: string,
  { heap = "2g", log = (_: string) => {} } = {},
): Promise<{ seconds: number; output: string }> {
  const conf = path.join(home, "conf");
  fs.mkdirSync(conf, { recursive: true });
  fs.writeFileSync(path.join(conf, "neo4j.conf"), "server.memory.pagecache.size=512m\n");
  const classpath = resolveClasspath(log);
  const args = [
    `-Xmx${heap}`,
    "-cp",
    classpath,
    "org.neo4j.cli.AdminTool",
    "database",
    "import",
    "full",
    `--array-delimiter=${ARRAY_DELIMITER}`,
    "--multiline-fields=true",
    "--threads=2",
    ...csv.nodes.map((f) => `--nodes=${f}`),
    ...csv.relationships.map((f) => `--relationships=${f}`),
    "--verbose=false",
    "neo4j",
  ];
  const t = performance.now();
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn("java", args, {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (b: Buffer) => {
      out += b.toString();
    });
    child.stderr.on("data", (b: Buffer) => {
      out += b.toString();
    });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`neo4j-admin import exited ${code}: ${out.slice(-2000)}`)),
    );
  });
  return { seconds: (performance.now() - t) / 1000, output };
}
