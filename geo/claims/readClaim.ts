/**
 * What one sentence claims: who it credits, who acted, what kind of event, and when.
 * Each reader is a small function of the sentence; none invents what the text lacks.
 */
import { addDays, DAY_MONTH_RE, findFullDate, isoDate, monthNumber } from '../article/dates';
import type { EventType, OrganisationMention, Span, SubEventType } from '../types';

/** Event kinds, most specific first: the first that matches names the event. */
const EVENT_PATTERNS: ReadonlyArray<[EventType, SubEventType | null, RegExp]> = [
  ['Battles', 'Non-state actor overtakes territory', /\b(?:re)?(?:captur(?:e|ed|es|ing)|seiz(?:e|ed|es|ing)|took (?:full )?control|take (?:full )?control|taken (?:full )?control|taking (?:full )?control|retook|retake|retaken|recaptur\w*|liberat(?:e|ed|es|ing|ion)|overr(?:an|un)|fell to|fall of|gained control|regained control|storm(?:ed|ing)|entered the (?:town|city|village))/i],
  ['Explosions/Remote violence', 'Air/drone strike', /\b(?:air ?strikes?|air ?raids?|airstrikes?|bomb(?:ed|ing|ings)? by (?:war)?planes|warplanes?|jets? (?:struck|hit|bombed)|helicopters? (?:dropped|struck)|barrel bombs?|drone strikes?|aerial (?:bombardment|attack|strikes?)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|multiple) strikes?\b|strikes? (?:destroyed|hit|targeted|struck|engaged|killed))/i],
  ['Explosions/Remote violence', 'Shelling/artillery/missile attack', /\b(?:shell(?:ed|ing|s)|artillery|mortars?|rockets?|missiles?|bombard(?:ed|ment|ing)|grad)\b/i],
  ['Battles', 'Armed clash', /\b(?:fight(?:ing|s)?|fought|clash(?:es|ed)?|battles?|offensive|assault|attack(?:s|ed|ing)?|confrontations?|skirmish(?:es)?|combat|counter-?attack|military operations?|counter-terrorist operations?|ambush(?:ed)?|besieg\w*|siege)\b/i],
  ['Violence against civilians', 'Attack', /\b(?:kill(?:ed|ing|s)?|dead|deaths?|died|wounded|injur(?:ed|ies)|casualties|losses|lost \w+ (?:people|fighters|men|soldiers)|massacre|executed)\b/i],
  ['Strategic developments', 'Agreement', /\b(?:ceasefire|cease-fire|truce|agreement|deal|reconciliation|de-escalation|evacuation deal|negotiat\w*|talks)\b/i],
  ['Protests', 'Peaceful protest', /\b(?:protest(?:s|ed|ers)?|demonstrat(?:ion|ions|ors|ed)|rall(?:y|ies|ied)|strike by)\b/i],
  ['Strategic developments', 'Other', /\b(?:withdr(?:ew|awn|awal)|retreat(?:ed)?|deploy(?:ed|ment)|advanc(?:e|ed|es|ing)|evacuat(?:ed|ion)|convoy|displac(?:ed|ement)|fled|pushed (?:\w+ ){0,3}into|reinforcements?|arriv(?:ed|al))\b/i],
];

/**
 * The kind of event a sentence reports, as ACLED's event and sub-event type.
 * @example eventTypeOf("rebels have recaptured the town of Saraqib") // { eventType: "Battles", subEventType: "Non-state actor overtakes territory" }
 */
export function eventTypeOf(sentence: string): { eventType: EventType; subEventType: SubEventType | null } {
  const found = EVENT_PATTERNS.find(([, , re]) => re.test(sentence));
  return found ? { eventType: found[0], subEventType: found[1] } : { eventType: 'Other', subEventType: null };
}

const LEAD_WORDS = /^(?:(?:a|the|some|several|local|military|opposition|government|official|unnamed|informed|field|medical)\s+)*(?:sources?|reports?|activists?|officials?|residents?|witnesses|statements?|a statement|spokesm[ae]n|correspondents?|monitors?)\s+(?:from|in|at|of|close to|with|for|by|on|cited by)\s+/i;
const SAID = /^\s*(?:has\s+|have\s+|had\s+)?(?:said|says|reported|reports|claimed|claims|announced|stated|confirmed|told|added|quoted|cited|noted|published)\b/i;

/** A capitalised name at the start of `text` ("Rami Abdel Rahman", "al-Masdar"). */
function leadingName(text: string): string | null {
  const m = /^(?:(?:al|el|an|as|ad|ar|at|az)-)?\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:(?:al|el|of|for|the|and|de|bin|ibn)\s+|(?:al|el)-)?\p{Lu}[\p{L}\p{N}'’-]*)*/u.exec(text);
  return m ? m[0] : null;
}

/**
 * Who a sentence credits: "According to al-Masdar, …" → "al-Masdar"; "SOHR said …" →
 * "SOHR"; null when the sentence speaks in the article's own voice ("it is reported").
 * @param sentence the sentence (masked text, offsets as the input)
 * @param organisations the organisation mentions inside it
 * @example attributionOf(s, orgs) // "Inside Syria Media Center" for "According to sources from Inside Syria Media Center, …"
 */
export function attributionOf(sentence: Span, organisations: readonly OrganisationMention[]): string | null {
  const text = sentence.text;
  const orgAt = (offset: number) => organisations.find((o) => o.start === sentence.start + offset);

  const according = /\b(?:according to|citing|cited by|reported by|quoted by|as reported by|said by)\s+(?:the\s+)?/i.exec(text);
  if (according) {
    let offset = according.index + according[0].length;
    const lead = LEAD_WORDS.exec(text.slice(offset));
    if (lead) offset += lead[0].length;
    offset += /^the\s+/i.exec(text.slice(offset))?.[0].length ?? 0;
    const org = orgAt(offset);
    if (org) return org.text;
    const name = leadingName(text.slice(offset));
    if (name) return name;
  }
  for (const org of organisations) {
    const after = text.slice(org.end - sentence.start);
    if (SAID.test(after)) return org.text;
  }
  return null;
}

/** Canonical names of the armed groups and forces a sentence names, in order, once each. */
export function actorsOf(organisations: readonly OrganisationMention[]): string[] {
  const names = organisations
    .filter((o) => o.organisation && (o.organisation.kind === 'armed' || o.organisation.kind === 'state'))
    .map((o) => (o.organisation as NonNullable<typeof o.organisation>).name);
  return [...new Set(names)];
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * The date of the event a sentence reports, when the text gives or implies one.
 * Days without a year take the publication's year (the year before, if that would put
 * the event after publication); weekdays and "yesterday" count back from publication.
 * @param sentence the sentence text
 * @param published the article's date (YYYY-MM-DD) or null
 * @example eventDateOf("On May 14, the army took …", "2017-05-17") // "2017-05-14"
 */
export function eventDateOf(sentence: string, published: string | null): string | null {
  const full = findFullDate(sentence);
  if (full) return full.date;
  if (!published) return null;
  const year = Number(published.slice(0, 4));

  DAY_MONTH_RE.lastIndex = 0;
  const dm = DAY_MONTH_RE.exec(sentence);
  if (dm) {
    const month = monthNumber(dm[1] ?? dm[4] ?? '');
    const day = Number(dm[2] ?? dm[3]);
    const date = isoDate(year, month, day);
    if (date) return date > published ? isoDate(year - 1, month, day) : date;
  }
  const weekday = /\b(?:on|last|this|since|from|late on|early on)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i.exec(sentence);
  if (weekday?.[1]) {
    const target = WEEKDAYS.indexOf(weekday[1].toLowerCase());
    const pubDay = new Date(`${published}T00:00:00Z`).getUTCDay();
    return addDays(published, -((pubDay - target + 7) % 7));
  }
  if (/\b(?:yesterday|last night)\b/i.test(sentence)) return addDays(published, -1);
  if (/\b(?:today|this morning|this afternoon|this evening|tonight)\b/i.test(sentence)) return published;
  return null;
}
