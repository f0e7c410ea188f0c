// Download (Lambda function URL, IAM auth):
//   GET /versions                        → the published versions, oldest first, and which is latest
//   GET /versions/<id|latest>            → that version's manifest
//   GET /versions/<id|latest>/<file>     → 302 to a presigned S3 URL, valid 5 minutes
import { GetObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import type { APIGatewayProxyStructuredResultV2 as Response, Context, LambdaFunctionURLEventWithIAMAuthorizer as Request } from "aws-lambda";
import { UsageError } from "../core/errors";
import { versionKey } from "../pipeline/keys";
import type { Manifest } from "../pipeline/publish";
import { latestVersion, listVersions, resolveVersion } from "../pipeline/versions";
import { s3StoreFromEnv } from "../storage/fromEnv";
import { getJson } from "../storage/storage";
import { createLogger, type Logger } from "./log";

const storage = s3StoreFromEnv();
const logger = createLogger({ function: "download" });
const URL_TTL_SECONDS = 300;

export const handler = async (event: Request, context: Context): Promise<Response> =>
  route(
    event.requestContext.http.method,
    event.rawPath,
    logger.with({ requestId: context.awsRequestId, path: event.rawPath, caller: event.requestContext.authorizer.iam.userArn }),
  );

async function route(method: string, path: string, log: Logger): Promise<Response> {
  if (method !== "GET") return json(405, { error: "only GET is supported" });
  const [root, requested, file, ...rest] = path.split("/").filter(Boolean);
  if (root !== "versions" || rest.length > 0) return json(404, { error: "not found: try GET /versions" });
  try {
    if (!requested) {
      const versions = await listVersions(storage);
      return json(200, {
        latest: await latestVersion(storage),
        versions: versions.map((m) => ({ version: m.version, created: m.created, rows: m.rows, files: m.files.map((f) => f.path) })),
      });
    }
    const version = await resolveVersion(storage, requested);
    const manifest = (await getJson<Manifest>(storage, versionKey(version, "manifest.json")))!;
    if (!file) return json(200, manifest);
    const files = [...manifest.files.map((f) => f.path), "datapackage.json", "manifest.json"];
    if (!files.includes(file)) return json(404, { error: `no file ${file} in version ${version}`, files });
    const url = await getSignedUrl(
      storage.client,
      new GetObjectCommand({
        Bucket: storage.bucket,
        Key: versionKey(version, file),
        ResponseContentDisposition: `attachment; filename="${version}-${file}"`,
      }),
      { expiresIn: URL_TTL_SECONDS },
    );
    log.info("download redirected", { version, file });
    return { statusCode: 302, headers: { location: url, "cache-control": "no-store" } };
  } catch (error) {
    // Unknown or malformed version ids: the caller's mistake, said plainly.
    if (error instanceof UsageError) return json(404, { error: error.message });
    throw error;
  }
}

const json = (statusCode: number, body: unknown): Response => ({
  statusCode,
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body, null, 2),
});
