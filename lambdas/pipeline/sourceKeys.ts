// Every source key the lake should settle: each article in incoming/, and each
// one it remembers (so a file removed from incoming/ leaves the datasets too).
import { isMetaKey } from "../input/plainText";
import { getJson, type Storage } from "../storage/storage";
import { PREFIX, isSourceIndexKey } from "./keys";

export async function listSourceKeys(storage: Storage): Promise<string[]> {
  const keys = new Set<string>();
  for await (const key of storage.list(PREFIX.incoming)) if (!isMetaKey(key)) keys.add(key);
  for await (const key of storage.list(PREFIX.sources)) {
    if (!isSourceIndexKey(key)) continue;
    const entry = await getJson<{ source_key: string; state: string }>(storage, key);
    if (entry && entry.state !== "removed") keys.add(entry.source_key);
  }
  return [...keys].sort();
}
