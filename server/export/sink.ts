/**
 * Where an export is written: an HTTP response or a file. `write` waits while the receiver is slow
 * (backpressure), so what is held in memory is one page; `closed` turns true when the receiver went away
 * (a client that disconnected), and the export then stops reading.
 */
import { once } from "node:events";
import fs from "node:fs";
import type { Response } from "express";

export interface ExportSink {
  write(text: string): Promise<void>;
  readonly closed: boolean;
  /** Bytes written so far. */
  readonly bytes: number;
}

async function writeTo(stream: NodeJS.WritableStream & { destroyed: boolean }, text: string): Promise<void> {
  if (stream.destroyed || stream.write(text)) return;
  const done = new AbortController();
  const { signal } = done;
  await Promise.race([once(stream, "drain", { signal }), once(stream, "close", { signal })]).finally(() =>
    done.abort(),
  );
}

/** Writes to `res`; the status and headers are sent with the first piece. */
export function httpSink(res: Response, contentType: string, filename: string): ExportSink {
  let closed = false;
  let bytes = 0;
  res.once("close", () => {
    closed = true;
  });
  return {
    get closed() {
      return closed || res.destroyed;
    },
    get bytes() {
      return bytes;
    },
    async write(text) {
      if (!res.headersSent) res.status(200).type(contentType).attachment(filename);
      bytes += Buffer.byteLength(text);
      await writeTo(res, text);
    },
  };
}

/** Writes to a new file; `finish` closes it, `abandon` closes and deletes it. */
export function fileSink(file: string): ExportSink & { finish(): Promise<void>; abandon(): Promise<void> } {
  const stream = fs.createWriteStream(file, { flags: "wx" });
  let bytes = 0;
  let failure: Error | null = null;
  stream.on("error", (error) => {
    failure = error;
  });
  const check = () => {
    if (failure) throw new Error(`Cannot write ${file}: ${failure.message}`);
  };
  const ended = async () => {
    check();
    await new Promise<void>((resolve) => stream.end(() => resolve()));
    check();
  };
  return {
    get closed() {
      return stream.destroyed;
    },
    get bytes() {
      return bytes;
    },
    async write(text) {
      check();
      bytes += Buffer.byteLength(text);
      await writeTo(stream, text);
      check();
    },
    finish: ended,
    async abandon() {
      stream.destroy();
      await fs.promises.rm(file, { force: true });
    },
  };
}
