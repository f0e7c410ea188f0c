// The bucket: the same keys as the local lake, with S3's own conditional writes.
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from "@aws-sdk/client-s3";
import { setTimeout as sleep } from "node:timers/promises";
import { PreconditionFailedError } from "../core/errors";
import type { PutOptions, Storage, StoredObject } from "./storage";

/** A connection can drop while the body streams in; the whole GET is tried this many times. */
const BODY_READ_ATTEMPTS = 3;

export interface S3StoreOptions {
  readonly bucket: string;
  /** For S3-compatible servers; unset means AWS's own endpoint for the region. */
  readonly endpoint?: string;
  /** Unset: the SDK's default chain (AWS_REGION, profile). */
  readonly region?: string;
  readonly forcePathStyle?: boolean;
  /** Keys per ListObjectsV2 page (S3's maximum is 1000); small values only for tests. */
  readonly pageSize?: number;
  /** Anything else for the client, e.g. credentials in tests. */
  readonly clientConfig?: S3ClientConfig;
}

/** S3 answers 409 when a conditional write races another; AWS says to retry it. */
const CONFLICT_ATTEMPTS = 5;
const CONFLICT_BASE_DELAY_MS = 25;

export class S3Store implements Storage {
  readonly location: string;
  readonly bucket: string;
  readonly client: S3Client;
  private readonly pageSize: number | undefined;

  constructor(options: S3StoreOptions) {
    this.bucket = options.bucket;
    this.location = `s3://${options.bucket}`;
    this.pageSize = options.pageSize;
    this.client = new S3Client({
      endpoint: options.endpoint,
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      // Throttling (503 SlowDown) and transient errors: retried with exponential
      // backoff and jitter, up to 6 attempts (the SDK's default is 3).
      retryMode: "standard",
      maxAttempts: 6,
      ...options.clientConfig,
    });
  }

  async get(key: string): Promise<StoredObject | null> {
    for (let attempt = 1; ; attempt++) {
      let response;
      try {
        response = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      } catch (error) {
        if (statusOf(error) === 404) return null;
        throw error;
      }
      try {
        // The body is a stream: collected here, since every object in the lake is small.
        const bytes = await response.Body!.transformToByteArray();
        return { key, body: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), etag: response.ETag ?? "" };
      } catch (error) {
        // The SDK retries requests, not a body that breaks off mid-stream: read it again.
        if (attempt >= BODY_READ_ATTEMPTS) throw error;
      }
    }
  }

  async put(key: string, body: string | Uint8Array, options: PutOptions = {}): Promise<{ etag: string }> {
    const command = new PutObjectCommand({
      Bucket: this.bucket,
      Key: key,
      Body: typeof body === "string" ? Buffer.from(body, "utf8") : body,
      ContentType: options.contentType,
      IfNoneMatch: options.ifNoneMatch,
      IfMatch: options.ifMatch,
    });
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await this.client.send(command);
        return { etag: response.ETag ?? "" };
      } catch (error) {
        const status = statusOf(error);
        // 412: the condition failed. 404 on If-Match: there is no object to match.
        if (status === 412 || (status === 404 && options.ifMatch !== undefined)) throw new PreconditionFailedError(key);
        if (status !== 409 || attempt >= CONFLICT_ATTEMPTS) throw error;
        await sleep(CONFLICT_BASE_DELAY_MS * 2 ** (attempt - 1) * (0.5 + Math.random()));
      }
    }
  }

  async *list(prefix: string): AsyncIterable<string> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, MaxKeys: this.pageSize, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) if (object.Key !== undefined) yield object.Key;
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  async delete(key: string): Promise<void> {
    // S3 answers 204 for a missing key too.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}

/** The HTTP status of a failed request (duck-typed: errors without a parsable body are not S3ServiceExceptions). */
const statusOf = (error: unknown): number | undefined => (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
