/**
 * What happened, to whom, by whom: the events a sentence reports, each an ACLED event
 * and sub-event type with its actor1 (who acted) and actor2 (who was acted upon).
 * Intentions, threats, plans and history ("efforts to seize", "threatened to", "since
 * 2014") are no events of their kind; denials ("denied any gains") keep their event,
 * with stance "denies". Triggers and markers are data (`geo/lexicon/events.json`).
 */
import EVENTS from '../lexicon/events.json';
import type { EventType, Span, Stance, SubEventType } from '../types';
import { CIVILIANS, FIGHTERS, HARM, type ActorMention } from './actors';

/** One event a sentence reports, around its trigger words. */
export interface EventFrame {
  /** The trigger as written ("recapture", "shelling"). */
  trigger: Span;
  /** The clause it stands in (between commas, semicolons, dashes, or before "while", "after"…). */
  clause: Span;
  eventType: EventType;
  subEventType: SubEventType | null;
  actor1: string | null;
  /** actor1's country when it is a state's forces (ISO code). */
  actor1Country: string | null;
  actor2: string | null;
  /** An intention, threat, plan or history: no event happened. */
  unreal: boolean;
  /** The trigger's place in the lexicon: lower is more specific. */
  rank: number;
  stance: Stance;
}

interface Trigger {
  rank: number;
  type: EventType;
  subType: SubEventType;
  /** The trigger's words at one position (sticky). */
  at: RegExp;
  territory: boolean;
}

/** A trigger's words as a whole word: no letter or hyphen before it, no letter after. */
const wordOf = (pattern: string) => `(?<![\\p{L}-])(?:${pattern})(?![\\p{L}])`;
const TRIGGERS: readonly Trigger[] = EVENTS.triggers.map((t, rank) => ({
  rank,
  type: t.type as EventType,
  subType: t.subType as SubEventType,
  at: new RegExp(wordOf(t.pattern), 'iuy'),
  territory: 'territory' in t && t.territory === true,
}));
/** Where any trigger matches: a union of alternatives matches wherever one of them does. */
const ANY_TRIGGER = new RegExp(wordOf(EVENTS.triggers.map((t) => `(?:${t.pattern})`).join('|')), 'giu');
const IRREALIS = new RegExp(EVENTS.irrealis, 'iu');
const HISTORY = new RegExp(EVENTS.history, 'iu');
const DENIAL = new RegExp(EVENTS.denial, 'iu');
/** Where a clause ends: punctuation, or a conjunction that opens another clause. */
const CLAUSE_BREAK = /[,;:—–]|\s(?:while|whereas|as|after|before|following|when|and then)\s/giu;
/** Words before an actor that make it the target, not the agent. */
const TARGET_BEFORE = /\b(?:on|against|at|targeting|targeted|hit|struck|shelled|attacked|bombed|near|with|between|into|toward|towards|to)\s+(?:the\s+)?$/iu;
/** Words between a trigger and its agent: "attack by the RSF", "fell to the RSF". */
const AGENT_AFTER = /^\s+(?:[\p{L}'’-]+\s+){0,6}?(?:by|fell to|falling to|to the hands of)\s+(?:the\s+)?$/iu;

/** The clauses of a sentence, with input offsets. */
export function clausesOf(sentence: Span): Span[] {
  const s = sentence.text;
  const clauses: Span[] = [];
  let from = 0;
  for (const m of s.matchAll(CLAUSE_BREAK)) {
    const at = m.index ?? 0;
    if (at > from) clauses.push({ start: sentence.start + from, end: sentence.start + at, text: s.slice(from, at) });
    from = at + m[0].length;
  }
  if (from < s.length) clauses.push({ start: sentence.start + from, end: sentence.end, text: s.slice(from) });
  return clauses;
}

/** "clashes between X and Y": the words before X. Hoisted, as the one below: rolesOf runs for every trigger. */
const BETWEEN = /\bbetween\s+(?:the\s+)?$/iu;
/** Between an actor and the trigger after it: "the army's recapture", "RSF drone attack". */
const OWNS_TRIGGER = /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}$/u;

/** Who acted and who was hit, around one trigger. */
function rolesOf(sentence: Span, trigger: Span, clause: Span, actors: readonly ActorMention[]): { actor1: ActorMention | null; actor2: ActorMention | null } {
  // Words of the sentence between two offsets, cut from its own (one-byte, where it can be) text.
  const words = (from: number, to: number) => sentence.text.slice(from - sentence.start, to - sentence.start);
  const before = (a: ActorMention) => words(Math.max(sentence.start, a.start - 30), a.start);
  const between = BETWEEN;
  // The trigger's clause, or the sentence's "between X and Y" when that clause names no one ("operations …, but also between X and Y").
  const inClause = actors.filter((a) => a.start >= clause.start && a.end <= clause.end && !a.civilians);
  const pair = actors.findIndex((a) => !a.civilians && between.test(before(a)));
  const armed = inClause.length > 0 || pair < 0 ? inClause : actors.slice(pair).filter((a) => !a.civilians);
  let actor1 =
    // "Ukrainian strike" read as one actor mention
    armed.find((a) => a.start < trigger.start && trigger.start < a.end && a.state) ??
    // "the army's recapture", "RSF drone attack"
    armed.find((a) => a.end <= trigger.start && OWNS_TRIGGER.test(words(a.end, trigger.start)) && !TARGET_BEFORE.test(before(a))) ??
    // "an attack by the RSF", "the town fell to the RSF"
    armed.find((a) => a.start >= trigger.end && (AGENT_AFTER.test(words(trigger.end, a.start)) || (/\bto$/i.test(trigger.text) && /^\s+(?:the\s+)?$/i.test(words(trigger.end, a.start))))) ??
    // the clause's subject
    [...armed].reverse().find((a) => a.end <= trigger.start && !TARGET_BEFORE.test(before(a))) ??
    null;
  // "clashes between X and Y"
  const first = armed.find((a) => between.test(before(a)));
  if (!actor1 && first) actor1 = first;
  const actor2 =
    armed.find((a) => a !== actor1 && a.actor !== actor1?.actor && a.start >= trigger.start && !AGENT_AFTER.test(words(trigger.end, a.start))) ??
    armed.find((a) => a !== actor1 && a.actor !== actor1?.actor) ??
    actors.find((a) => a.civilians) ??
    null;
  return { actor1, actor2 };
}

/** "recaptured", "retook", "liberated", "regained": taking back, which governments do. */
const RETAKING = /^(?:re|liberat)/i;

/**
 * The events a sentence reports, in text order: one per trigger, the most specific kind
 * where triggers overlap.
 * @param sentence the sentence; its `text` is what is read (as `splitSentences` gives it: the masked text's words)
 * @param actors the actors it names (`findActors`), excluding its source
 * @example eventsOf(s, actors)[0] // { eventType: "Battles", subEventType: "Government regains territory", actor1: "Military Forces of Sudan", … }
 */
export function eventsOf(sentence: Span, actors: readonly ActorMention[]): EventFrame[] {
  const s = sentence.text;
  // Every position where some trigger matches, found in one scan of the union (it
  // steps one character on from each match, so a match inside another is found too).
  const positions: number[] = [];
  ANY_TRIGGER.lastIndex = 0;
  for (let m = ANY_TRIGGER.exec(s); m !== null; m = ANY_TRIGGER.exec(s)) {
    positions.push(m.index);
    ANY_TRIGGER.lastIndex = m.index + 1;
  }
  if (positions.length === 0) return [];
  const triggers: { span: Span; trigger: Trigger }[] = [];
  // In lexicon order, each trigger's matches as a scan of the sentence for it alone finds
  // them (from one match's end to the next match), tried only where the union matched:
  // a trigger overlapping an earlier one's match is dropped.
  for (const trigger of TRIGGERS) {
    let from = 0;
    for (const at of positions) {
      if (at < from) continue;
      trigger.at.lastIndex = at;
      const m = trigger.at.exec(s);
      if (m === null) continue;
      from = at + Math.max(1, m[0].length);
      const start = sentence.start + at;
      const end = start + m[0].length;
      if (triggers.some((t) => t.span.start < end && start < t.span.end)) continue;
      triggers.push({ span: { start, end, text: m[0] }, trigger });
    }
  }
  triggers.sort((a, b) => a.span.start - b.span.start);
  const clauses = clausesOf(sentence);
  // Who was killed: fighters make it a battle, civilians an attack on them.
  const victimsFight = (span: Span) => {
    const near = s.slice(Math.max(0, span.start - 40 - sentence.start), Math.min(s.length, span.end + 40 - sentence.start));
    return FIGHTERS.test(near) && !CIVILIANS.test(near);
  };
  return triggers.map(({ span, trigger }) => {
    const clause = clauses.find((c) => c.start <= span.start && span.end <= c.end) ?? sentence;
    const lead = s.slice(Math.max(clause.start, span.start - 60) - sentence.start, span.start - sentence.start);
    // "… since 2014 after capturing it": a history may stand in the clause before.
    const previous = clauses[clauses.indexOf(clause) - 1];
    const unreal = IRREALIS.test(lead) || HISTORY.test(clause.text) || (previous !== undefined && HISTORY.test(previous.text));
    const { actor1, actor2 } = rolesOf(sentence, span, clause, actors);
    let eventType = trigger.type;
    let subEventType: SubEventType | null = trigger.subType;
    if (trigger.territory) {
      // Who took it decides: government forces regain, a non-state actor overtakes.
      const state = actor1 ? actor1.state : RETAKING.test(span.text);
      subEventType = state ? 'Government regains territory' : 'Non-state actor overtakes territory';
    } else if (trigger.type === 'Violence against civilians' && trigger.subType === 'Attack' && victimsFight(span)) {
      eventType = 'Battles'; // fighters killed in fighting
      subEventType = 'Armed clash';
    } else if (trigger.type === 'Battles' && trigger.subType === 'Armed clash' && actor2?.civilians && HARM.test(s)) {
      eventType = 'Violence against civilians'; // an "attack" on civilians
      subEventType = 'Attack';
    }
    return {
      trigger: span,
      clause,
      eventType,
      subEventType,
      actor1: actor1?.actor ?? null,
      actor1Country: actor1?.country ?? null,
      actor2: actor2?.actor ?? null,
      unreal,
      rank: trigger.rank,
      stance: DENIAL.test(lead) ? 'denies' : 'asserts',
    };
  });
}

/**
 * The event of a sentence that concerns the words at `offset` (a place): the most
 * specific real event of that place's clause, else its intention ("efforts to seize" →
 * no event there), else the sentence's most specific real event.
 * @returns the frame, or null when the sentence reports no event
 */
export function eventAt(frames: readonly EventFrame[], offset: number): EventFrame | null {
  const specific = (list: readonly EventFrame[]) => [...list].sort((a, b) => a.rank - b.rank)[0];
  const here = frames.filter((f) => f.clause.start <= offset && offset < f.clause.end);
  return specific(here.filter((f) => !f.unreal)) ?? here[0] ?? specific(frames.filter((f) => !f.unreal)) ?? null;
}

/**
 * The claim fields a frame gives for a place; a frame that is no event gives "Other".
 * A state's forces taking a place abroad ("Russian forces captured a village in
 * Ukraine") regain nothing: ACLED calls that an armed clash.
 * @param placeCountry the place's country (ISO code), or null
 */
export function eventFields(frame: EventFrame | null, placeCountry: string | null = null): { eventType: EventType; subEventType: SubEventType | null; actor1: string | null; actor2: string | null } {
  if (!frame) return { eventType: 'Other', subEventType: null, actor1: null, actor2: null };
  if (frame.unreal) return { eventType: 'Other', subEventType: null, actor1: frame.actor1, actor2: null };
  const abroad = frame.subEventType === 'Government regains territory' && frame.actor1Country !== null && placeCountry !== null && frame.actor1Country !== placeCountry;
  return { eventType: frame.eventType, subEventType: abroad ? 'Armed clash' : frame.subEventType, actor1: frame.actor1, actor2: frame.actor2 };
}
