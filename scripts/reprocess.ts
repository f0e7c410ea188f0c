// `npm run reprocess`: the reprocess Lambda's work, run from a shell with AWS
// credentials: every article back onto the deployed process queue.
// LAKE_BUCKET and PROCESS_QUEUE_URL are the stack outputs BucketName and ProcessQueueUrl.
const missing = ["LAKE_BUCKET", "PROCESS_QUEUE_URL"].filter((name) => !process.env[name]);
if (missing.length > 0) {
  console.error(`reprocess: set ${missing.join(" and ")} from the stack outputs (see docs/aws.md).`);
  process.exit(2);
}

// Loaded only now: the handler module reads its configuration when it loads.
import("../lambdas/handlers/reprocess.js")
  .then(({ reprocessAll }) => reprocessAll())
  .then((count) => console.log(`${count} articles enqueued on ${process.env.PROCESS_QUEUE_URL}`))
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
