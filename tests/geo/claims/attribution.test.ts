import { describe, expect, it } from 'vitest';
import { readAttributions } from '@/geo/claims/attribution';
import { splitSentences } from '@/geo/claims/extractClaims';

/** Every sentence of a text with its source as [source words, cue, resolved name], or null. */
function read(text: string, isDemonym: (w: string) => boolean = () => false) {
  const body = [{ start: 0, end: text.length, text }];
  const sentences = splitSentences(text, body);
  return readAttributions(text, text, body, sentences, { isDemonym }).map((a, i) => {
    if (a && !a.carried) expect(text.slice(a.source.start, a.source.end)).toBe(a.source.text);
    return a ? [a.source.text, a.cue, a.name, a.carried ? 'carried' : 'own', sentences[i]?.text.slice(0, 12)] : null;
  });
}
const first = (text: string) => read(text)[0]?.slice(0, 3) ?? null;

describe('readAttributions: who says so', () => {
  it('reads a titled source in apposition and credits the person', () => {
    expect(first('A child was killed in shelling of the city, the Kremlin-installed head of the province, Ivan Petrenko, said on Wednesday.')).toEqual([
      'the Kremlin-installed head of the province, Ivan Petrenko',
      'said',
      'Ivan Petrenko',
    ]);
  });
  it('reads generic sources', () => {
    expect(first('At least 13 civilians were killed in an attack on a camp, volunteer groups reported.')).toEqual(['volunteer groups', 'reported', 'volunteer groups']);
    expect(first('Two hospitals were hit, a medical source told the agency.')).toEqual(['a medical source', 'told', 'a medical source']);
    expect(first('Local authorities said the bridge was destroyed.')).toEqual(['Local authorities', 'said', 'Local authorities']);
    expect(first('State media reported heavy fighting near the border.')).toEqual(['State media', 'reported', 'State media']);
  });
  it('keeps a generic source whose name only says where it is', () => {
    expect(first('Earlier, activists in Aleppo said thousands had fled the town.')).toEqual(['activists in Aleppo', 'said', 'activists in Aleppo']);
    expect(first('Two people were killed, doctors at the Kherson hospital said.')).toEqual(['doctors at the Kherson hospital', 'said', 'doctors at the Kherson hospital']);
  });
  it('reads a named body and "in a statement"', () => {
    expect(first('The Kordofan Medical Network said in a statement that the militia had shelled the hospital.')).toEqual([
      'The Kordofan Medical Network',
      'said',
      'Kordofan Medical Network',
    ]);
    expect(first('In a statement, the ministry accused the rebels of shelling the town.')).toEqual(['the ministry', 'accused', 'ministry']);
  });
  it('reads "according to", "citing" and the inverted "…, said X"', () => {
    expect(first('More than 400 people were killed in the assault, according to the United Nations.')).toEqual(['the United Nations', 'according to', 'United Nations']);
    expect(first('The agency, citing a military source, said the town had fallen.')?.[0]).toBe('a military source');
    expect(first('“We will hold the line,” said Colonel Anna Kovac, the brigade commander.')?.[2]).toBe('Anna Kovac');
    expect(first('Reuters cited a senior official as saying the talks had failed.')).toEqual(['Reuters', 'cited … as saying', 'Reuters']);
  });
  it('resolves "him" to the person named before', () => {
    const [, second] = read('The governor of the region, Petro Marchenko, wrote on Telegram that the town was shelled overnight. According to him, a man was killed.');
    expect(second?.slice(0, 3)).toEqual(['him', 'According to', 'Petro Marchenko']);
  });
  it('resolves a title to the person named just before', () => {
    const [, second] = read('The governor of the region, Petro Marchenko, said two schools were hit. The regional chief wrote that one teacher died.');
    expect(second?.slice(0, 3)).toEqual(['The regional chief', 'wrote', 'Petro Marchenko']);
  });
  it("reads a body named with its country's possessive", () => {
    expect(first("Ukraine's General Staff said its forces had repelled 40 assaults.")?.slice(0, 3)).toEqual(["Ukraine's General Staff", 'said', "Ukraine's General Staff"]);
  });
  it('does not resolve a description that names its own source to another', () => {
    const [, second] = read("Sudan's army denied the claim. The Israeli army told residents to leave.");
    expect(second?.slice(0, 3)).toEqual(['The Israeli army', 'told', 'Israeli army']);
  });
  it('resolves a description to the named source it points back to', () => {
    const [, second] = read('The Syrian Observatory for Human Rights reported clashes. The observatory said 20 fighters were killed.');
    expect(second?.slice(0, 3)).toEqual(['The observatory', 'said', 'Syrian Observatory for Human Rights']);
  });
  it('keeps a quotation\'s source over every sentence it runs through', () => {
    const readings = read('“We will not let the city fall. Our fighters hold every street,” the commander said.\n\nThe river rose.');
    expect(readings[0]?.slice(0, 4)).toEqual(['the commander', 'said', 'commander', 'carried']);
    expect(readings[1]?.slice(0, 4)).toEqual(['the commander', 'said', 'commander', 'own']);
    expect(readings[2]).toBeNull();
  });
  it('reads a denial as a denial', () => {
    const [, second] = readAttributions('The militia took the base. It denied any losses.', 'The militia took the base. It denied any losses.', [{ start: 0, end: 48, text: '' }], splitSentences('The militia took the base. It denied any losses.', [{ start: 0, end: 48, text: '' }]));
    expect(second?.stance).toBe('denies');
    expect(second?.cue).toBe('denied');
  });
  it('gives no source where the text gives none, or cannot be read with confidence', () => {
    expect(first('Fighting continued in the town on Tuesday.')).toBeNull();
    expect(first('It was reported that the bridge collapsed.')).toBeNull();
    expect(first('He refused to say whether the town had fallen.')).toBeNull();
    expect(first('A town called Peace lies on the river.')).toBeNull();
    expect(read('Russian plans to seize the city failed.', (w) => w === 'Russian')[0]).toBeNull();
  });
  it('does not take words inside a quotation for its source', () => {
    expect(first('“I think we will win,” the mayor said.')?.[0]).toBe('the mayor');
  });
  it('reads a transcript speaker for the whole turn', () => {
    const readings = read('HOST: Welcome back. I think the war is long.\nGUEST: It is.');
    expect(readings.map((r) => r?.[2])).toEqual(['HOST', 'HOST', 'GUEST']);
  });
});
