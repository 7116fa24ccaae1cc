/** Streams and bodies captured as text, for tests of CLI commands and downloads. */
import { PassThrough } from "node:stream";
import type { Test } from "supertest";

/** An out and an err stream that keep what is written to them. */
export function capturedStreams() {
  const out = new PassThrough();
  const err = new PassThrough();
  const seen = { stdout: "", stderr: "" };
  out.on("data", (c) => {
    seen.stdout += String(c);
  });
  err.on("data", (c) => {
    seen.stderr += String(c);
  });
  return { out, err, seen };
}

/** A supertest request whose body is read as UTF-8 text, whatever the content type (a download). */
export function asText(req: Test): Test {
  return req.buffer(true).parse((r, cb) => {
    let data = "";
    r.setEncoding("utf8");
    r.on("data", (c: string) => {
      data += c;
    });
    r.on("end", () => cb(null, data));
  });
}
