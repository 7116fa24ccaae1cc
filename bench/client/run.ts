/** `npx tsx bench/client/run.ts`: the client rendering benchmark as a table (see index.ts). */
import { formatClientBench, runClientBench } from "./index";

const rows = await runClientBench();
process.stdout.write(`${formatClientBench(rows)}\n`);
if (rows.some((r) => r.frozen)) process.exitCode = 1;
