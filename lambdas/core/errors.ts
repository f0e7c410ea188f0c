// One error family for the pipeline: users see `reason`, logs also see `cause`.

export class PipelineError extends Error {
  override name = "PipelineError";
  constructor(
    message: string,
    readonly context: { sourceKey?: string; reason?: string } = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** An input that cannot become an article: stored under errors/ with this reason. */
export class RejectedInputError extends PipelineError {
  override name = "RejectedInputError";
  constructor(
    readonly reason: RejectReason,
    detail: string,
    sourceKey: string,
    options?: { cause?: unknown },
  ) {
    super(detail, { sourceKey, reason }, options);
  }
}

export const REJECT_REASONS = [
  "empty",
  "binary",
  "invalid-encoding",
  "too-large",
  "unsupported-type",
  "invalid-metadata",
  "invalid-key",
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** A conditional write lost: the object exists (create-only) or changed (if-match). */
export class PreconditionFailedError extends PipelineError {
  override name = "PreconditionFailedError";
  constructor(readonly key: string) {
    super(`precondition failed for ${key}`);
  }
}

/** A mistake by the person at the command line: printed as one line, no stack. */
export class UsageError extends PipelineError {
  override name = "UsageError";
}
