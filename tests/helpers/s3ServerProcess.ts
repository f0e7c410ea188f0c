// The test S3 server, run as its own process by s3Server.ts: s3rver behind a
// small HTTP layer that adds what s3rver lacks and S3 has.
//   - Conditional PUTs: If-None-Match: * and If-Match answer 412 (404 for If-Match
//     on a missing key), checked and written under a per-key lock like S3 does.
//   - Atomic replacement: reads and writes of one key take turns, so a read never
//     sees a half-written object.
//   - Injected faults (503 SlowDown, 409 ConditionalRequestConflict) for the next
//     requests, so the client's retries are exercised over HTTP; or a response
//     whose body breaks off midway, as when a connection drops.
// Started with --openssl-legacy-provider: s3rver's ListObjectsV2 continuation
// tokens use DES, so paginated listings fail without it.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import S3rver from "s3rver";

export type ToServer = { type: "fault"; status: number; code: string; count: number } | { type: "cut-body"; count: number };
export type FromServer = { type: "ready"; port: number } | { type: "ack" };

const [directory, bucket] = process.argv.slice(2) as [string, string];
const s3rver = new S3rver({ directory, silent: true, configureBuckets: [{ name: bucket }] });
const forward = s3rver.getMiddleware();
type Fault = { status: number; code: string } | "cut-body";
const faults: Fault[] = [];
const locks = new Map<string, Promise<void>>();

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const fault = faults.shift();
  if (fault === "cut-body") return cutBody(res);
  if (fault) return reply(req, res, fault.status, fault.code);

  const ifNoneMatch = req.headers["if-none-match"];
  const ifMatch = req.headers["if-match"];
  const key = keyOf(req.url ?? "/");
  if (key === null) return forwarded(req, res);
  // S3 replaces an object at once: a read sees the old body or the new one. s3rver writes the file in place,
  // so a read during a write could see it half written; every request on a key takes the key's lock.
  if (req.method !== "PUT" || (!ifNoneMatch && !ifMatch)) return withLock(key, () => forwarded(req, res));

  await withLock(key, async () => {
    const etag = await s3rver.store.getMetadata(bucket, key).then((m) => m.etag, () => null);
    if (ifNoneMatch === "*" && etag !== null) return reply(req, res, 412, "PreconditionFailed");
    if (ifMatch && etag === null) return reply(req, res, 404, "NoSuchKey");
    if (ifMatch && unquote(ifMatch) !== unquote(etag!)) return reply(req, res, 412, "PreconditionFailed");
    await forwarded(req, res);
  });
}

/** Path-style `/<bucket>/<key>`, as the SDK sends it with forcePathStyle. */
function keyOf(url: string): string | null {
  const path = url.split("?")[0]!;
  const prefix = `/${bucket}/`;
  return path.startsWith(prefix) ? decodeURIComponent(path.slice(prefix.length)) : null;
}

const unquote = (etag: string) => etag.replace(/^"|"$/g, "");

function forwarded(req: IncomingMessage, res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    res.on("close", resolve);
    forward(req, res);
  });
}

/** An S3-shaped error, sent once the request body has been read (as S3 does). */
function reply(req: IncomingMessage, res: ServerResponse, status: number, code: string): Promise<void> {
  return new Promise((resolve) => {
    req.resume().on("end", () => {
      res.writeHead(status, { "content-type": "application/xml" });
      res.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${code}</Message></Error>`, resolve);
    });
  });
}

/** A 200 that promises 64 bytes, sends 8 and drops the connection. */
function cutBody(res: ServerResponse): void {
  res.writeHead(200, { "content-type": "text/plain", "content-length": "64", etag: '"cut"' });
  res.write("partial ", () => res.destroy());
}

async function withLock(key: string, critical: () => Promise<void>): Promise<void> {
  const previous = locks.get(key) ?? Promise.resolve();
  const current = previous.then(critical);
  const settled = current.catch(() => {});
  locks.set(key, settled);
  try {
    await current;
  } finally {
    if (locks.get(key) === settled) locks.delete(key);
  }
}

const send = (message: FromServer) => process.send!(message);

process.on("message", (message: ToServer) => {
  for (let i = 0; i < message.count; i++) faults.push(message.type === "cut-body" ? "cut-body" : { status: message.status, code: message.code });
  send({ type: "ack" });
});
// The parent went away (test run ended or crashed): so do we.
process.on("disconnect", () => process.exit(0));

void (async () => {
  await s3rver.configureBuckets();
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      res.destroy();
    });
  });
  server.listen(0, "127.0.0.1", () => send({ type: "ready", port: (server.address() as AddressInfo).port }));
})();
