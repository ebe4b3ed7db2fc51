/**
 * Capitalised words that are English words first: at the start of a sentence or in a
 * title they are not place names, even where a village somewhere bears the name. A
 * general list, not one article's. Lower case, as `Token.exact`.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `a about above according across after afternoon again against ago all almost along already also
although always am among an and another any are around as at away back be because been before
being below between both but by can could day days did do does done down during each early east
eastern either else even evening ever every few first for former formerly from further had has
have he her here hers him his how however i if in including inside into is it its just last
late later least less like little many may me meanwhile might more morning most much must my
near nearly neither never new news next night no none nor north northern northeast northwest
northeastern northwestern southeast southwest southeastern southwestern not now nowadays of
off often on once one only or other our out outside over own per perhaps please rather recently
same several she should since so some soon south southern still such than that the their them
then there these they this those though through thus to today together tomorrow too toward
towards under undoubtedly unless until up upon us very was we week well were west western what
when where whether which while who whom whose why will with within without would year years yes
yesterday yet you your
january february march april june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec christmas easter thanksgiving
monday tuesday wednesday thursday friday saturday sunday
mr mrs ms dr sir sen sens rep reps gov lt sgt capt general gen colonel col major lieutenant captain president minister prime king
queen prince governor mayor envoy ambassador spokesperson foreign defence defense interior sheikh shaykh emir imam commander spokesman spokeswoman official officials sources
source report reports reported region theme themes city town village province governorate
district camp airbase army forces force government regime rebels rebel opposition militants
fighters troops police people state states republic kingdom islamic arab arabs muslim muslims
christian christians kurd kurds kurdish sunni shia shiite alawite druze jihadist jihadists
western centre center central global research media press agency network group groups unit units
operation operations battle battles war wars peace talks deal agreement ceasefire truce victory
attack attacks strike strikes killed dead death deaths wounded civilians children women men
update updated breaking exclusive analysis opinion editorial comment comments photo video
independent international national united union mission office council committee foundation
hope faith grace joy love liberty unity victory glory freedom justice mercy providence
disclaimer copyright contact home page read more share tweet email print subscribe`
    .split(/\s+/)
    .filter(Boolean),
);
