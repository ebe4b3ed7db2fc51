/**
 * The output contract of DESIGN.md, checked: the JSON Schema beside this file (shapes,
 * types, ranges, ACLED vocabularies) and the invariants no schema can state. Pure: the
 * caller passes the input text and the parsed result. Used by the unit tests, the golden
 * files and the CLI's `--check`.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import schema from './parse-result.schema.json';

let compiled: ValidateFunction | null = null;
/** The schema's validator, compiled on first use (a few milliseconds a program need not spend at start). */
function validator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  return compiled;
}

interface SpanLike {
  start: number;
  end: number;
  text: string;
}

/**
 * Every way `result` breaks the contract for `input`, as one line each; [] when it keeps it.
 * @param input the exact text that was geoparsed
 * @param result the geoparse result, parsed from JSON (or as returned)
 * @param limit stop after this many problems
 * @returns the problems found, at most `limit`
 * @example checkContract(text, geoparse(text, gazetteer)) // []
 */
export function checkContract(input: string, result: unknown, limit = 20): string[] {
  const validate = validator();
  if (!validate(result)) {
    return (validate.errors ?? []).slice(0, limit).map((e) => `${e.instancePath || 'result'}: ${e.message ?? 'invalid'}`);
  }
  const problems: string[] = [];
  const fail = (where: string, what: string) => {
    if (problems.length < limit) problems.push(`${where}: ${what}`);
  };
  const checkSpan = (where: string, span: SpanLike) => {
    if (span.end <= span.start || span.end > input.length) return fail(where, `bad offsets ${span.start}..${span.end}`);
    if (input.slice(span.start, span.end) !== span.text) {
      fail(where, `input.slice(${span.start}, ${span.end}) is ${JSON.stringify(input.slice(span.start, span.end).slice(0, 60))}, not ${JSON.stringify(span.text.slice(0, 60))}`);
    }
  };
  const r = result as {
    features: Array<{ id: string; properties: { mentions: SpanLike[]; claims: Array<SpanLike & { source: SpanLike | null; dateRange?: { start: string; end: string }; date: string | null; actor1: string | null; actor2: string | null; actors: string[] }> } }>;
    unresolved: SpanLike[];
  };
  const ids = new Set<string>();
  r.features.forEach((f, i) => {
    const where = `features[${i}]`;
    if (ids.has(f.id)) fail(where, `id ${f.id} appears twice (one feature per place)`);
    ids.add(f.id);
    f.properties.mentions.forEach((m, j) => checkSpan(`${where}.mentions[${j}]`, m));
    f.properties.claims.forEach((c, j) => {
      const w = `${where}.claims[${j}]`;
      checkSpan(w, c);
      if (c.source) {
        checkSpan(`${w}.source`, c.source);
        if (c.source.start < c.start || c.source.end > c.end) fail(`${w}.source`, 'lies outside its sentence');
      }
      if (c.dateRange && (c.dateRange.start > c.dateRange.end || c.date !== c.dateRange.start)) fail(`${w}.dateRange`, 'must run forwards and start on the claim date');
      for (const actor of [c.actor1, c.actor2]) if (actor !== null && !c.actors.includes(actor)) fail(w, `actor ${actor} is not among its actors`);
    });
  });
  r.unresolved.forEach((u, j) => checkSpan(`unresolved[${j}]`, u));
  return problems;
}
