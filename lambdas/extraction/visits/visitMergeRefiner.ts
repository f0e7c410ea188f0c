// One record per distinct visit: mentions of the same visitor to the same
// country merge when their dates agree (one missing, or one a prefix of the
// other). A role-only mention ("India's prime minister") joins the one named
// visitor from the same country to the same host; groups from one country to
// one host ("Chinese officials", "China's delegation") are one visit.
import type { VisitMention } from "./visitFrameParser";

export interface DatedMention extends VisitMention {
  host: string;
  date: string | null;
  sentenceIndex: number;
}

export interface MergedVisit {
  mentions: DatedMention[];
}

const compatible = (a: string | null, b: string | null) => !a || !b || a.startsWith(b) || b.startsWith(a);
const isNamed = (m: DatedMention) => m.visitor.kind === "person";
const COLLECTIVE = /\b(?:officials|delegations?|mission|team|diplomats|lawmakers|negotiators)$/iu;
function identity(m: DatedMention): string {
  if (isNamed(m)) return `person:${m.visitor.name.toLowerCase()}`;
  // Collective groups of one country are one party; roles ("Russia's defense minister") stay distinct.
  return COLLECTIVE.test(m.visitor.name) && m.visitor.country ? `group:${m.visitor.country}` : `role:${m.visitor.name.toLowerCase()}`;
}

export function mergeVisits(mentions: DatedMention[]): MergedVisit[] {
  const visits: MergedVisit[] = [];
  for (const m of mentions) {
    const same = visits.find((v) => v.mentions.some((o) => o.host === m.host && identity(o) === identity(m) && compatible(o.date, m.date)));
    if (same) same.mentions.push(m);
    else visits.push({ mentions: [m] });
  }
  // A role-only mention ("India's prime minister") folds into the one named visit whose role it repeats.
  return visits.filter((v) => {
    const first = v.mentions[0]!;
    if (isNamed(first)) return true;
    const role = first.visitor.name.toLowerCase().replace(/^.*['’]s\s+|^(?:the\s+)?\p{Lu}\p{L}*\s+/u, "");
    const named = visits.filter((o) => {
      const p = o.mentions[0]!;
      return o !== v && isNamed(p) && p.host === first.host && (p.visitor.country ?? first.visitor.country) === first.visitor.country && !!p.visitor.role?.toLowerCase().endsWith(role);
    });
    if (named.length !== 1) return true;
    named[0]!.mentions.push(...v.mentions);
    return false;
  });
}
