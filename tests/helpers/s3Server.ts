// Starts a real S3-compatible HTTP server on 127.0.0.1 (s3rver, plus the
// conditional writes it lacks) in a child process, with a fresh folder.
// A child process, because s3rver's paginated listings need Node's
// --openssl-legacy-provider flag, which the test workers should not need.
import { fork, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { S3Store } from "../../lambdas/storage/s3Store";
import type { FromServer, ToServer } from "./s3ServerProcess";

export interface TestS3Server {
  readonly endpoint: string;
  readonly bucket: string;
  /** What a Lambda or the CLI would see: bucket, endpoint, region and the server's fixed credentials. */
  readonly env: Record<string, string>;
  /** A store on the server's bucket; `pageSize` forces paginated listings. */
  store(options?: { pageSize?: number }): S3Store;
  /** The next `count` requests get this S3 error instead of an answer. */
  failNext(status: number, code: string, count?: number): Promise<void>;
  /** The next `count` requests get a 200 whose body breaks off midway. */
  cutNextBody(count?: number): Promise<void>;
  close(): Promise<void>;
}

// s3rver checks signatures against its one fixed account.
const CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
const REGION = "us-east-1";

export async function startS3Server(bucket = "lake"): Promise<TestS3Server> {
  const directory = await mkdtemp(path.join(tmpdir(), "s3rver-"));
  const child = fork(path.join(__dirname, "s3ServerProcess.ts"), [directory, bucket], {
    execArgv: ["--openssl-legacy-provider", "--import", "tsx"],
  });
  const { port } = (await nextMessage(child)) as { port: number };
  const endpoint = `http://127.0.0.1:${port}`;

  return {
    endpoint,
    bucket,
    env: {
      LAKE_BUCKET: bucket,
      LAKE_S3_ENDPOINT: endpoint,
      LAKE_S3_PATH_STYLE: "true",
      AWS_REGION: REGION,
      AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    },
    store: (options = {}) =>
      new S3Store({ bucket, endpoint, forcePathStyle: true, region: REGION, pageSize: options.pageSize, clientConfig: { credentials: CREDENTIALS } }),
    async failNext(status, code, count = 1) {
      child.send({ type: "fault", status, code, count } satisfies ToServer);
      await nextMessage(child);
    },
    async cutNextBody(count = 1) {
      child.send({ type: "cut-body", count } satisfies ToServer);
      await nextMessage(child);
    },
    async close() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill();
      await exited;
      await rm(directory, { recursive: true, force: true });
    },
  };
}

function nextMessage(child: ChildProcess): Promise<FromServer> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`test S3 server exited (${code})`));
    child.once("exit", onExit);
    child.once("message", (message: FromServer) => {
      child.off("exit", onExit);
      resolve(message);
    });
  });
}
