// Object keys as S3 writes them in event notifications: form-encoded, so `+`
// is a space and everything else non-safe is percent-encoded UTF-8.
// A module of its own so that re-processing does not bundle the event schema (zod).

export const decodeS3Key = (key: string) => decodeURIComponent(key.replace(/\+/g, " "));

/** The inverse, for events this project builds itself (re-processing). */
export const encodeS3Key = (key: string) => encodeURIComponent(key).replace(/%2F/g, "/").replace(/%20/g, "+");
