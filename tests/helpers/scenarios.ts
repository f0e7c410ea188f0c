// Robustness scenarios as plain functions returning what they observed.
// Tests assert on the observations; scripts/checkRobustness.ts prints them.
import { performance } from "node:perf_hooks";
import type { PlainArticle } from "../../lambdas/core/article";
import { extractDocument } from "../../lambdas/extraction/extract";
import { syncArticle, type IngestOutcome, type RejectionRecord } from "../../lambdas/pipeline/ingest";
import { errorKey, extractionKey, PREFIX, textKey } from "../../lambdas/pipeline/keys";
import { getJson, listAll, type Storage } from "../../lambdas/storage/storage";
import type { BadInput } from "./badInputs";
import { extractionProblems } from "./records";
import type { StressInput } from "./stressInputs";

export interface BadInputResult {
  outcome: IngestOutcome;
  rejection: RejectionRecord | null;
  text: string | null;
  /** Broken promises for this input; empty when it was handled as expected. */
  problems: string[];
}

export const keyOf = (input: BadInput) => PREFIX.incoming + input.name;

/** Uploads a bad input (when a folder can hold its key), then delivers its event. */
export async function uploadBadInput(storage: Storage, input: BadInput): Promise<string> {
  const key = keyOf(input);
  if (input.body) await storage.put(key, input.body);
  if (input.meta !== undefined) await storage.put(`${key}.meta.json`, input.meta);
  return key;
}

/** What the lake holds for an input after its event, checked against what it should. */
export async function checkBadInput(storage: Storage, input: BadInput, outcome: IngestOutcome): Promise<BadInputResult> {
  const key = keyOf(input);
  const rejection = await getJson<RejectionRecord>(storage, errorKey(key));
  const text = outcome.status === "extracted" || outcome.status === "unchanged" ? (await storage.get(textKey(outcome.articleId)))!.body.toString("utf8") : null;
  const problems: string[] = [];
  const { expect } = input;
  if (outcome.status !== expect.status) problems.push(`status ${outcome.status}, expected ${expect.status}`);
  if (expect.status === "rejected") {
    if (!rejection) problems.push(`no ${errorKey(key)}`);
    else {
      if (rejection.reason !== expect.reason) problems.push(`reason ${rejection.reason}, expected ${expect.reason}`);
      if (!rejection.detail || /[\r\n]/.test(rejection.detail)) problems.push("detail is not one line");
      if (rejection.source_key !== key || !rejection.at) problems.push("error record lacks source_key or at");
    }
  } else {
    if (rejection) problems.push(`unexpected error record: ${rejection.reason}`);
    for (const part of expect.textHas ?? []) if (!text?.includes(part)) problems.push(`text lacks ${JSON.stringify(part)}`);
    for (const part of expect.textLacks ?? []) if (text?.includes(part)) problems.push(`text contains ${JSON.stringify(part)}`);
    if (outcome.status === "extracted") {
      const doc = await getJson(storage, extractionKey(outcome.articleId));
      problems.push(...extractionProblems(doc, text ?? ""));
    }
  }
  return { outcome, rejection, text, problems };
}

export async function ingestBadInput(storage: Storage, input: BadInput): Promise<BadInputResult> {
  const key = await uploadBadInput(storage, input);
  return checkBadInput(storage, input, await syncArticle(storage, key));
}

/** One line saying what happened, for tables. */
export const describeOutcome = (outcome: IngestOutcome): string =>
  outcome.status === "rejected" ? `rejected: ${outcome.reason}` : outcome.status;

export interface StressResult {
  ms: number;
  chars: number;
  records: number;
  error: string | null;
  problems: string[];
}

/** Runs the extractor on one stress text, timing it; never throws. */
export function runStress(input: StressInput): StressResult {
  const text = input.build();
  const article: PlainArticle = { sourceKey: `stress/${input.case}.txt`, text, title: null, published: null };
  const started = performance.now();
  try {
    const doc = extractDocument(article);
    const ms = performance.now() - started;
    return { ms, chars: text.length, records: doc.trade.length + doc.visits.length + doc.quotes.length, error: null, problems: extractionProblems(doc, text) };
  } catch (error) {
    const ms = performance.now() - started;
    const message = error instanceof Error ? `${error.name}: ${error.message.split("\n")[0]}` : String(error);
    return { ms, chars: text.length, records: 0, error: message, problems: [`threw ${message}`] };
  }
}

/** Every version folder: complete ones have a manifest; none may be pointed at without one. */
export async function versionFolders(storage: Storage): Promise<Map<string, string[]>> {
  const folders = new Map<string, string[]>();
  for (const key of await listAll(storage, PREFIX.versions)) {
    const [version, file] = key.slice(PREFIX.versions.length).split("/") as [string, string];
    folders.set(version, [...(folders.get(version) ?? []), file]);
  }
  return folders;
}
