// A recording SQS endpoint on 127.0.0.1: answers SendMessage and
// SendMessageBatch (AWS JSON 1.0 protocol, as @aws-sdk/client-sqs speaks it)
// and keeps the messages, so tests can hand them to the next function.
// The SDK sends to the host of the queue URL, so queue URLs point here.
import { createHash, randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface SentMessage {
  queue: string;
  body: string;
  groupId: string | undefined;
}

export interface TestSqsServer {
  queueUrl(name: string): string;
  /** Messages sent so far, oldest first; `take` also forgets them. */
  take(queue: string): SentMessage[];
  close(): Promise<void>;
}

interface Entry {
  Id?: string;
  MessageBody: string;
  MessageGroupId?: string;
}

export async function startSqsServer(): Promise<TestSqsServer> {
  let sent: SentMessage[] = [];
  const accept = (queueUrl: string, entry: Entry) => {
    sent.push({ queue: queueUrl.split("/").pop()!, body: entry.MessageBody, groupId: entry.MessageGroupId });
    // The SDK checks this digest against the body it sent.
    return { MessageId: randomUUID(), MD5OfMessageBody: createHash("md5").update(entry.MessageBody).digest("hex") };
  };

  const server = createServer((req, res) => {
    let text = "";
    req.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
    req.on("end", () => {
      const input = JSON.parse(text) as { QueueUrl: string; Entries?: Entry[] } & Entry;
      const operation = String(req.headers["x-amz-target"]).replace("AmazonSQS.", "");
      const output =
        operation === "SendMessage"
          ? accept(input.QueueUrl, input)
          : operation === "SendMessageBatch"
            ? { Successful: input.Entries!.map((entry) => ({ Id: entry.Id, ...accept(input.QueueUrl, entry) })), Failed: [] }
            : null;
      res.writeHead(output ? 200 : 400, { "content-type": "application/x-amz-json-1.0" });
      res.end(JSON.stringify(output ?? { __type: "com.amazonaws.sqs#UnsupportedOperation", message: operation }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    queueUrl: (name) => `http://127.0.0.1:${port}/123456789012/${name}`,
    take(queue) {
      const mine = sent.filter((m) => m.queue === queue);
      sent = sent.filter((m) => m.queue !== queue);
      return mine;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
