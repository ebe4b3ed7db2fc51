/**
 * How many the sentence reports killed: "at least 13 civilians were killed" → 13,
 * "killing over 400" → 400, "a child was killed" → 1, "three people died" → 3; null
 * when it gives no number ("dozens", "many") or the killing is only threatened.
 */
import EVENTS from '../lexicon/events.json';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const WORD_NUMBER = `(?:(?:${TENS.slice(2).join('|')})(?:[- ](?:${UNITS.slice(1, 10).join('|')}))?|${UNITS.join('|')}|a dozen|a hundred|hundred)`;
const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|${WORD_NUMBER})(?:\\s+(?:hundred|thousand))?`;
const ABOUT = '(?:(?:at least|more than|over|nearly|almost|about|around|some|up to|roughly|approximately|as many as|no fewer than|no less than|a total of)\\s+)?';
const WHO_NOUN = '(?:\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}?(?:people|persons|civilians|children|women|men|soldiers|fighters|troops|militants|residents|villagers|members|servicemen|others|of them|rebels|insurgents|police(?:men)?|officers|workers|patients|family members|refugees|gunmen|Palestinians|Israelis|Ukrainians|Russians|Sudanese))';
const WHO = `${WHO_NOUN}?`;
const ONE = '(?<!\\bno\\s)(?:an?|one)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}?(?:man|woman|child|boy|girl|person|civilian|soldier|fighter|resident|worker|teenager|baby|infant|journalist|officer|policeman|militant|pensioner|volunteer|medic|doctor|driver)';
const AUXILIARY = '(?:\\s+(?:were|was|have been|has been|had been|are|is|being|reportedly|also|all))';
const KILLED = '\\s+(?:killed|dead|died|shot dead|slain|lost their lives)';
const PASSIVE_KILLED = `${AUXILIARY}*${KILLED}`;

const PATTERNS: RegExp[] = [
  new RegExp(`\\b(no one|nobody|none)${PASSIVE_KILLED}\\b`, 'iu'),
  new RegExp(`\\b${ABOUT}(${NUMBER})${WHO_NOUN}${PASSIVE_KILLED}\\b`, 'iu'),
  new RegExp(`\\b${ABOUT}(${NUMBER})${AUXILIARY}+${KILLED}\\b`, 'iu'),
  new RegExp(`\\b(?:killing|killed|kills|leaving|left)\\s+${ABOUT}(${NUMBER})(?:${WHO})?(?:\\s+(?:dead|people|civilians))?\\b`, 'iu'),
  new RegExp(`\\b(?:death toll|toll|number of (?:the )?dead)\\s+(?:\\w+\\s+){0,3}?(?:to|of|at|reached|stands at|stood at|rose to|climbed to)\\s+${ABOUT}(${NUMBER})\\b`, 'iu'),
  new RegExp(`\\b${ABOUT}(${NUMBER})\\s+(?:deaths|dead|fatalities)\\b`, 'iu'),
  new RegExp(`\\b(${ONE})${PASSIVE_KILLED}\\b`, 'iu'),
];
const IRREALIS = new RegExp(EVENTS.irrealis, 'iu');
/**
 * A word every pattern above needs (its KILLED words, "killing"/"kills"/"leaving"/"left",
 * "toll", "deaths", "fatalities"), with the same flags so that case folds alike: a
 * sentence without one cannot match, and most sentences skip the seven patterns.
 */
const MAY_COUNT_DEAD = /kill|dead|died|slain|lost their lives|deaths|fatalities|leaving|left|toll/iu;

function valueOf(words: string): number | null {
  const w = words.toLowerCase().replace(/,/g, '').trim();
  if (/^(?:no one|nobody|none)$/.test(w)) return 0;
  if (/^(?:an?|one)\s/.test(w)) return 1;
  const scale = /\s+(hundred|thousand)$/.exec(w);
  const base = scale ? w.slice(0, scale.index) : w;
  let n: number | null = null;
  if (/^\d+$/.test(base)) n = Number(base);
  else if (base === 'a dozen') n = 12;
  else if (base === 'a hundred' || base === 'hundred') n = 100;
  else {
    const [tens, unit] = base.split(/[- ]/);
    const u = UNITS.indexOf(tens ?? '');
    const t = TENS.indexOf(tens ?? '');
    if (u >= 0) n = u;
    else if (t >= 2) n = t * 10 + Math.max(0, UNITS.indexOf(unit ?? 'zero'));
  }
  if (n === null) return null;
  return scale?.[1] === 'hundred' ? n * 100 : scale?.[1] === 'thousand' ? n * 1000 : n;
}

/**
 * The number a sentence reports killed.
 * @example fatalitiesOf("At least 13 civilians were killed in the camp") // 13
 */
export function fatalitiesOf(sentence: string): number | null {
  if (!MAY_COUNT_DEAD.test(sentence)) return null;
  for (const re of PATTERNS) {
    const m = re.exec(sentence);
    if (!m || IRREALIS.test(sentence.slice(Math.max(0, (m.index ?? 0) - 60), m.index))) continue;
    const n = valueOf(m[1] as string);
    if (n !== null) return n;
  }
  return null;
}
