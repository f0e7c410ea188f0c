import { describe, expect, it } from "vitest";
import { allMatches, type Matcher } from "../../lambdas/extraction/allMatches";
import { FirstWordMatcher } from "../../lambdas/extraction/visits/firstWordMatcher";
import { CueSet, cuesOf, cueWords, holdsCue, holdsPhrase, phraseCuesOf } from "../../lambdas/extraction/visits/frames";
import { findPlaces } from "../../lambdas/extraction/visits/placeFinder";
import { anyCase, visitorBefore } from "../../lambdas/extraction/visits/visitorParser";

const all = (re: Matcher, text: string) => allMatches(re, text).map((m) => `${m.index}:${m[0]}`);

describe("FirstWordMatcher", () => {
  // Longest first, as visitFrameParser orders them; "on" may stand between the words, as its adverbs do.
  const phrases = ["travelled on to", "was expected in", "arrived in", "travelled to", "arrive in", "was in", "go to", "goes to"];
  const pattern = (phrase: string) => phrase.split(" ").map((w, k) => (k === 1 ? "(?:on\\s+)?" : "") + anyCase(w)).join("\\s+");
  const oneRegex = new RegExp(`\\b(?:${phrases.map(pattern).join("|")})\\b`, "gu");
  it.each([
    "She arrived in Lima, then travelled on to Quito and was in Cuzco.",
    "ARRIVED IN Lima; Arrived In Lima; was  on\nin; travelled on on to; was expected in; was expected on in",
    "He goes to Rome, we go to Paris, the good to go-to place, xwas in, 3was in, éwas in, was_in, was in_",
    "arrive inn, arrived ina, arrived in, traveled to, travelled  to",
  ])("matches what one regex of all the phrases matches: %s", (text) => {
    expect(all(new FirstWordMatcher(phrases, pattern), text)).toEqual(all(oneRegex, text));
  });
});

describe("visitorBefore: the pre-check before the group regex", () => {
  const before = (text: string) => visitorBefore(text, text.length, 0, [])?.name ?? null;
  it.each([
    ["Yesterday a group of Chilean soybean crushers", "group of Chilean soybean crushers"],
    ["Officials said 18 delegations from Indonesian provinces", "delegations from Indonesian provinces"],
    ["Then Nigeria's Vice-President", "Nigeria's Vice-President"],
    ["Later the British MPs", "British MPs"],
    ["The Chinese officials", "Chinese officials"],
  ])("still finds the group ending the stretch: %s", (text, name) => {
    expect(before(text)).toBe(name);
  });
});

describe("cue words: a sentence is scanned by a frame regex only when it holds one", () => {
  const re = /\b(?:press\s+conference|visited)\b/iu;
  const cues = cuesOf(["press conference", "visited"])!;
  it.each(["At a PRESS\nConference", "He viſited Lima", "VISITED", "VISITEDİ", "İvisited", "(visited)"])("holds a cue wherever the regex matches: %s", (text) => {
    expect(re.test(text)).toBe(true);
    expect(cues.some((cue) => cueWords(text).has(cue))).toBe(true);
  });
  it("leaves phrases with regex syntax ungated", () => {
    expect(cuesOf(["visit(?:ed)?"])).toBeNull();
  });
});

describe("phrase cues: a sentence is scanned only when it holds all words of one phrase", () => {
  const re = /\b(?:then\s+on\s+to|continuing\s+to)\b/iu;
  const phrases = phraseCuesOf(["then on to", "continuing to"])!;
  it.each(["and THEN ON\nTO Lima", "before contiNuing to Quito", "(continuing to)", "then on to", "ſo continuing to"])("holds a phrase wherever the regex matches: %s", (text) => {
    expect(re.test(text)).toBe(true);
    expect(holdsPhrase(cueWords(text), phrases)).toBe(true);
  });
  it.each(["then he went to Lima", "continuing talks", "on to", "thenon to"])("holds none where no phrase's words all stand: %s", (text) => {
    expect(holdsPhrase(cueWords(text), phrases)).toBe(false);
  });
  it("opens every gate on 'ſ' or 'K', which a case-sensitive regex takes for no letter", () => {
    const wasIn = /\bwas\s+in\b/u;
    for (const text of ["\u017fwas in Lima", "was in\u212a Lima"]) {
      expect(wasIn.test(text)).toBe(true);
      expect(holdsPhrase(cueWords(text), phraseCuesOf(["was in"]))).toBe(true);
      expect(holdsCue(cueWords(text), cuesOf(["was"])!)).toBe(true);
    }
  });
  it("reads a sentence in its article's text as it reads the sentence alone", () => {
    const cues = cuesOf(["visited", "talks", "summit", "here"])!;
    const article = "Talks ended.  She visited Lima for a summit, ſo talks went on. Here";
    for (const [from, to] of [[0, 12], [14, 62], [14, 60], [63, 67], [20, 28]] as const) {
      const alone = cueWords(article.slice(from, to)), within = cueWords(article, from, to);
      expect(within.stray).toBe(alone.stray);
      expect(cues.map((cue) => within.has(cue))).toEqual(cues.map((cue) => alone.has(cue)));
    }
  });
  it("asks a set of cue lists at once as it asks each list", () => {
    const lists = [cuesOf(["visited", "toured"])!, cuesOf(["talks", "press conference"])!, cuesOf(["here"])!];
    const set = new CueSet(lists.flat());
    for (const text of ["She visited Lima.", "Press  Conference", "nothing at all", "no cue, but ſo", "he is HERE", "talk, tour, visit"]) {
      const words = cueWords(text);
      expect(words.holdsAnyOf(set)).toBe(lists.some((cues) => holdsCue(words, cues)));
    }
  });
  it("leaves phrases with regex syntax ungated", () => {
    expect(phraseCuesOf(["then\\s+to"])).toBeNull();
    expect(holdsPhrase(cueWords("nothing here"), null)).toBe(true);
  });
});

describe("findPlaces: names as written, plain or not", () => {
  const cities = (text: string) => findPlaces(text, { start: 0, end: text.length, paragraph: 0, text }).filter((p) => p.city).map((p) => `${p.city}:${p.iso3}`);
  it.each([
    ["She flew to New York on Monday.", ["New York:USA"]],
    ["She flew to New  York on Monday.", ["New  York:USA"]],
    ["She flew to New\nYork on Monday.", ["New\nYork:USA"]],
    ["He landed in Sao Paulo and Tokyo’s airport.", ["Sao Paulo:BRA", "Tokyo:JPN"]],
    ["He landed in São Paulo.", ["São Paulo:BRA"]],
  ])("%s", (text, expected) => {
    expect(cities(text)).toEqual(expected);
  });
});
