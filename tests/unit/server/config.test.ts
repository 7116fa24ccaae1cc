import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, PROJECT_ROOT } from "../../../server/config";
import { credentialsFile } from "../../../server/neo4j/embedded";

describe("loadConfig", () => {
  it("applies defaults when nothing is set", () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.NEO4J_URI).toBeUndefined();
    expect(c.NEO4J_DATABASE).toBe("neo4j");
    expect(c.CYPHER_TIMEOUT_MS).toBe(5000);
    expect(c.LOAD_CORPUS_ON_START).toBe(true);
  });

  it("keeps the credentials in ZONEGRAPH_HOME, made absolute, and in .zonegraph/ by default", () => {
    expect(credentialsFile(loadConfig({}).ZONEGRAPH_HOME)).toBe(
      path.join(PROJECT_ROOT, ".zonegraph", "credentials.json"),
    );
    const home = loadConfig({ ZONEGRAPH_HOME: "elsewhere/zg" }).ZONEGRAPH_HOME;
    expect(home).toBe(path.resolve("elsewhere/zg"));
    expect(credentialsFile(home)).toBe(path.join(path.resolve("elsewhere/zg"), "credentials.json"));
    expect(loadConfig({ LOG_FILE: "logs/app.log" }).LOG_FILE).toBe("logs/app.log");
  });

  it("parses values from strings", () => {
    const c = loadConfig({ PORT: "8080", LOAD_CORPUS_ON_START: "false", CORS_ORIGINS: "http://a, http://b" });
    expect(c.PORT).toBe(8080);
    expect(c.LOAD_CORPUS_ON_START).toBe(false);
    expect(c.CORS_ORIGINS).toEqual(["http://a", "http://b"]);
  });

  it.each([
    ["PORT", "abc"],
    ["PORT", "70000"],
    ["NEO4J_URI", "http://localhost:7474"],
    ["NEO4J_DATABASE", "no spaces allowed"],
    ["NEO4J_HEAP", "lots"],
    ["LOAD_CORPUS_ON_START", "maybe"],
    ["API_KEY", "short"],
    ["CYPHER_TIMEOUT_MS", "-1"],
    ["UPLOAD_MAX_BYTES", "20MB"],
    ["SCENES_MAX", "0"],
    ["SCENES_MAX", "lots"],
    ["SCENES_EVICT", "lru"],
    ["API_KEY_NAME", "two words"],
  ])("rejects %s=%s with one line naming the variable", (name, value) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(name);
    expect(message).not.toContain("\n");
  });

  it("caps stored share scenes at 10,000 unless SCENES_MAX says otherwise", () => {
    expect(loadConfig({}).SCENES_MAX).toBe(10_000);
    expect(loadConfig({ SCENES_MAX: "250" }).SCENES_MAX).toBe(250);
    expect(loadConfig({}).SCENES_EVICT).toBe("none");
    expect(loadConfig({ SCENES_EVICT: "oldest-unused" }).SCENES_EVICT).toBe("oldest-unused");
  });
  it("defaults the upload limit to 32 MiB and decisions made with the key to 'api-key'", () => {
    expect(loadConfig({})).toMatchObject({ UPLOAD_MAX_BYTES: 32 * 1024 * 1024, API_KEY_NAME: "api-key" });
    expect(loadConfig({ UPLOAD_MAX_BYTES: "1000" }).UPLOAD_MAX_BYTES).toBe(1000);
  });

  it("accepts neo4j+s and bolt URIs", () => {
    expect(loadConfig({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io" }).NEO4J_URI).toBe(
      "neo4j+s://abc.databases.neo4j.io",
    );
    expect(loadConfig({ NEO4J_URI: "bolt://localhost:7687" }).NEO4J_URI).toBe("bolt://localhost:7687");
  });
});
