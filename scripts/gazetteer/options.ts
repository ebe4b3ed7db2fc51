/** Every tunable of the gazetteer build, with its default (scripts/build-gazetteer.ts). */


export const defaultOptions = {
  /** Countries whose GeoNames rows are all kept, whatever their size. */
  focusCountries: ['SY', 'LB', 'JO', 'IQ', 'TR', 'IL', 'PS'] as readonly string[],
  /** Elsewhere, a row is kept from this population up (0: every cities500 row, the whole world) … */
  worldMinPopulation: 0,
  /** … or when it is a capital or a first-level admin seat. */
  worldKeepCodes: ['PPLC', 'PPLA'] as readonly string[],
  /** Decimals kept for points (5 ≈ 1 m), country outlines (3 ≈ 100 m) and derived regions. */
  pointDecimals: 5,
  countryDecimals: 3,
  regionDecimals: 4,
  /** Basemap: 50m outlines (at basemapDetailDecimals) for countries meeting this box, 110m elsewhere. */
  basemapDetailBox: [25, 10, 65, 45] as readonly [number, number, number, number],
  basemapDetailDecimals: 3,
  basemapWorldDecimals: 2,
  /** A curated point this close (km) to a GeoNames row of the same name is a duplicate. */
  duplicateRadiusKm: 2,
  /**
   * A Syrian sub-district lends its spellings to the place of the same folded name nearest
   * its centroid, within max(min, factor × the radius of a disc of its area) km: the
   * centroid of a sub-district is not its seat, and large desert sub-districts put them far apart.
   */
  subdistrictMinRadiusKm: 8,
  subdistrictRadiusFactor: 2,
  /**
   * … and only the spellings whose folded key is this close (edit distance over length) to
   * a folded name the place has: a sub-district's other names ("al Ghūţah ash Sharqīyah"
   * for Jaramana's) are not names of its seat.
   */
  subdistrictMaxSpellingDistance: 0.3,
};
export type BuildOptions = typeof defaultOptions;
