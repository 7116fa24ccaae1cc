/**
 * `zonegraph decisions export --out FILE.json` | `zonegraph decisions import FILE.json` | `zonegraph decisions apply`
 * Review decisions as a file a team can share; import stores the unknown ones and re-applies all.
 */
import fs from "node:fs";
import path from "node:path";
import { DecisionsFile } from "../../../contracts/ingest";
import type { Executor } from "../../neo4j/executor";
import { ReviewService } from "../../review/service";

export class DecisionsArgumentError extends Error {}

export function readDecisionsFile(file: string): DecisionsFile {
  if (!fs.existsSync(file)) throw new DecisionsArgumentError(`${file}: no such file`);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new DecisionsArgumentError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = DecisionsFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DecisionsArgumentError(
      `${file}: not a zonegraph decisions file at ${issue?.path.join(".") || "(root)"}: ${issue?.message} — nothing was imported`,
    );
  }
  return parsed.data;
}

export function parseDecisionsArgs(argv: string[]): { action: "export" | "import" | "apply"; file?: string } {
  const [action, ...rest] = argv;
  if (action === "export") {
    if (rest[0] !== "--out" || !rest[1] || rest.length > 2)
      throw new DecisionsArgumentError("usage: decisions export --out FILE.json");
    if (!fs.existsSync(path.dirname(path.resolve(rest[1]))))
      throw new DecisionsArgumentError(`--out ${rest[1]}: the folder does not exist`);
    return { action, file: rest[1] };
  }
  if (action === "import") {
    if (!rest[0] || rest.length > 1) throw new DecisionsArgumentError("usage: decisions import FILE.json");
    return { action, file: rest[0] };
  }
  if (action === "apply" && rest.length === 0) return { action };
  throw new DecisionsArgumentError(
    `decisions needs export, import or apply${action ? ` (got ${action})` : ""}`,
  );
}

export async function decisionsCommand(
  args: ReturnType<typeof parseDecisionsArgs>,
  ctx: { executor: Executor; out: NodeJS.WritableStream },
): Promise<number> {
  const review = new ReviewService(ctx.executor);
  if (args.action === "export" && args.file) {
    const file = await review.exportFile();
    fs.writeFileSync(args.file, `${JSON.stringify(file, null, 1)}\n`);
    ctx.out.write(`${file.decisions.length} decisions → ${path.resolve(args.file)}\n`);
  } else if (args.action === "import" && args.file) {
    const r = await review.importFile(readDecisionsFile(args.file));
    ctx.out.write(`${r.imported} decisions imported (${r.known} already known); ${r.applied} applied\n`);
  } else {
    const r = await review.applyAll();
    ctx.out.write(`${r.decisions} decisions, ${r.applied} applied\n`);
  }
  return 0;
}
