// S3 event notifications as they arrive in SQS message bodies: only the fields
// the pipeline reads are checked.
import * as z from "zod/mini";
import { decodeS3Key } from "./s3Key";

const S3EventRecord = z.object({
  eventName: z.string(),
  s3: z.object({
    bucket: z.object({ name: z.string() }),
    object: z.object({ key: z.string(), sequencer: z.optional(z.string()) }),
  }),
});

/** S3 sends `s3:TestEvent` once when notifications are configured: no Records. */
const S3Notification = z.union([z.object({ Records: z.array(S3EventRecord) }), z.object({ Event: z.literal("s3:TestEvent") })]);

export interface ObjectEvent {
  eventName: string;
  /** The object key as stored, decoded. */
  key: string;
  sequencer: string | undefined;
}

/** The object events in one message body; none for a test event. Throws on anything else. */
export function objectEventsOf(body: string): ObjectEvent[] {
  const notification = S3Notification.parse(JSON.parse(body));
  if (!("Records" in notification)) return [];
  return notification.Records.map((record) => ({
    eventName: record.eventName,
    key: decodeS3Key(record.s3.object.key),
    sequencer: record.s3.object.sequencer,
  }));
}
