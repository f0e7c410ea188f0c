// The outlet that relayed a quote: "According to Interfax, Petrov said “…”",
// "Smith told Reuters", "carried by the state agency", "X quoted Okafor as saying". When the
// speaker itself came from "according to A, citing B", B is the speaker and A
// the relay.
import type { Token } from "../tokens";
import { isQuote } from "./attributionParser";
import { isMediaName, nounType } from "./lexicon";
import { nounPhraseAfter, nounPhraseBefore } from "./nounPhrase";
import type { QuoteCandidate, SpeakerMention } from "./types";

/** Cues after which a news outlet is the relay, not the speaker. */
const RELAY_CUES = [["told"], ["quoted", "by"], ["carried", "by"], ["reported", "by"], ["cited", "by"], ["interview", "with"], ["according", "to"]];
const QUOTING_VERBS = new Set(["quoted", "cited"]);

/** First words of the cues: one lookup turns away nearly every token. */
const CUE_STARTS = new Set(RELAY_CUES.map((cue) => cue[0] as string));

function cueAt(tokens: Token[], i: number): string[] | undefined {
  const t = tokens[i];
  // Every cue's first word has 4 to 9 letters: most tokens are turned away before lower-casing.
  if (!t || t.text.length < 4 || t.text.length > 9 || !CUE_STARTS.has(t.text.toLowerCase())) return undefined;
  return RELAY_CUES.find((cue) => cue.every((w, k) => tokens[i + k]?.text.toLowerCase() === w));
}

/** An outlet by name ("Xinhua") or by description ("the state news agency", "Local radio"). */
const isOutlet = (m: SpeakerMention): boolean => (m.kind === "name" ? isMediaName(m.text) : nounType(m.text.slice(m.text.lastIndexOf(" ") + 1)) === "media");

function sameName(a: SpeakerMention, b: SpeakerMention): boolean {
  return a.start === b.start || a.text.toLowerCase() === b.text.toLowerCase();
}

interface Relays {
  /** Outlets named as relays in the sentence, in order. */
  vias: SpeakerMention[];
  /** The source after "citing", if any. */
  citing: SpeakerMention | null;
}

/** Relays of one sentence, found once however many quotes it holds. */
function relaysOf(text: string, tokens: Token[]): Relays {
  const vias: SpeakerMention[] = [];
  let citing: SpeakerMention | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (isQuote(t)) continue;
    if (t.text === "citing") citing ??= nounPhraseAfter(text, tokens, i + 1, tokens.length);
    // "Interfax quoted Petrov as saying": the subject of "quoted" relays.
    if (QUOTING_VERBS.has(t.text) && tokens[i + 1]?.text !== "by") {
      const subject = nounPhraseBefore(text, tokens, i, 0);
      if (subject && isOutlet(subject)) vias.push(subject);
    }
    const cue = cueAt(tokens, i);
    if (!cue) continue;
    const np = nounPhraseAfter(text, tokens, i + cue.length, tokens.length);
    if (np && (cue[0] === "according" ? np.kind === "name" : isMediaName(np.text))) vias.push(np);
  }
  return { vias, citing };
}

export function viaRefiner(quotes: QuoteCandidate[], text: string): QuoteCandidate[] {
  const cache = new WeakMap<Token[], Relays>();
  for (const q of quotes) {
    const speaker = q.attribution.speaker;
    let relays = cache.get(q.view.tokens);
    if (!relays) cache.set(q.view.tokens, (relays = relaysOf(text, q.view.tokens)));
    const { vias, citing } = relays;
    const via = vias.find((v) => !speaker || !sameName(v, speaker));
    if (q.attribution.source === "according" && speaker && citing) {
      q.via = speaker.text;
      q.attribution = { speaker: citing, source: q.attribution.source, verbAt: q.attribution.verbAt };
    } else if (via) q.via = via.text;
  }
  return quotes;
}
