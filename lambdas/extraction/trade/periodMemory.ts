// Periods for figures whose sentence states none. News says the period once
// and goes on: "… in 2023. Exports rose 12 percent, …" (the same paragraph),
// "in the two months", "over the same period" (pointing back), or, in wire
// copy where every sentence is its own paragraph, the next sentence about the
// same two countries. A forecast or aim ("could reach", "expects … to double")
// is about another time and takes nothing.
import type { Sentence } from "../context";
import type { Period } from "./periodRefiner";

/** "in the period", "over the two months", "in the same year", "those shipments": a figure dated by an earlier sentence. */
const PERIOD_ANAPHOR = /\b(?:(?:in|over|during|for|across)\s+(?:the|that)\s+(?:same\s+)?(?:period|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+months|month|quarter|half|year)|(?:those|these)\s+(?:shipments|exports|imports|sales|purchases|deliveries))\b/iu;
const FORWARD = /\b(?:will|would|could|might|expects?|expected|aims?|aiming|targets?|plans?|hopes?|wants?|wanted|forecasts?|projects?|projected|to\s+(?:double|triple|reach|hit|rise|grow|increase|boost|raise|lift|top))\b/iu;

interface Stated {
  period: Period;
  paragraph: number;
  /** The two countries, sorted and joined. */
  pair: string;
  sentence: number;
}

export class PeriodMemory {
  /** The first period of its own the last dated sentence stated. */
  private stated: Stated | null = null;
  /** The last record's pair and sentence, to tell a story that goes on from one that moved on. */
  private last: { pair: string; sentence: number } | null = null;
  private here = { sentence: -1, paragraph: -1, forwardAt: Infinity, continued: null as Stated | null, stated: false };

  /** Starts a sentence; returns the period its undated figures inherit from the paragraph or by pointing back. */
  enter(sentence: Sentence, index: number): Period | null {
    const s = this.stated;
    this.here = {
      sentence: index,
      paragraph: sentence.paragraph,
      forwardAt: sentence.start + (FORWARD.exec(sentence.text)?.index ?? Infinity),
      // The dated statement this sentence may go on from: the last one, if no record came after it.
      continued: s && this.last?.sentence === s.sentence && this.last.pair === s.pair ? s : null,
      stated: false,
    };
    if (!s) return null;
    return s.paragraph === sentence.paragraph || PERIOD_ANAPHOR.test(sentence.text) ? s.period : null;
  }

  /** A dated figure that is no record ("Malaysia's exports rose 5 percent in May") still dates the paragraph's next figures. */
  stateTotal(found: Period | null): void {
    if (!found || found.derived || this.here.stated) return;
    this.stated = { period: found, paragraph: this.here.paragraph, pair: "", sentence: this.here.sentence };
    this.here.stated = true;
  }

  /** The period of a figure at `start` of `pair`, given what its sentence gave it; remembers it for the sentences after. */
  periodOf(found: Period | null, pair: string, start: number): Period | null {
    const forward = this.here.forwardAt < start;
    const goesOn = this.here.continued?.pair === pair && !forward;
    const period = found?.derived && forward ? null : (found ?? (goesOn ? { ...this.here.continued!.period, derived: true } : null));
    // The sentence's first period of its own is the one later figures lean on ("reached $12bn in 2023, up from $9bn in 2020").
    if (period && !period.derived && !this.here.stated) {
      this.stated = { period, paragraph: this.here.paragraph, pair, sentence: this.here.sentence };
      this.here.stated = true;
    }
    this.last = { pair, sentence: this.here.sentence };
    return period;
  }
}
