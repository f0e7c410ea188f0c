// s3rver ships no types: the part of its API the test server uses.
declare module "s3rver" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  interface S3rverOptions {
    directory: string;
    silent?: boolean;
    configureBuckets?: { name: string }[];
  }

  class S3rver {
    constructor(options: S3rverOptions);
    configureBuckets(): Promise<void>;
    /** The request handler, for mounting in one's own HTTP server. */
    getMiddleware(): (req: IncomingMessage, res: ServerResponse) => void;
    store: {
      /** Rejects with ENOENT when the object does not exist; `etag` is quoted. */
      getMetadata(bucket: string, key: string): Promise<{ etag: string }>;
    };
  }

  export = S3rver;
}
