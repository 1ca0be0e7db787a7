/**
 * Institutions that news names in several ways, each group one entity: "the Pentagon" is the
 * Defense Department. Lower-case, words separated by one space; a name is looked up whole.
 * Short forms built from initials ("ADA") and abbreviated parts ("Colo.") need no entry:
 * comparison reads those itself.
 */
export const ENTITY_ALIASES: readonly (readonly string[])[] = [
  ['pentagon', 'defense department', 'department of defense', 'defence department', 'defense ministry', 'dod'],
  ['state department', 'department of state'],
  ['justice department', 'department of justice', 'doj'],
  ['treasury', 'treasury department', 'department of the treasury'],
  ['homeland security department', 'department of homeland security', 'homeland security', 'dhs'],
  ['fed', 'federal reserve', 'federal reserve board'],
  ['un', 'united nations'],
  ['eu', 'european union'],
  ['uk', 'britain', 'united kingdom', 'great britain'],
  ['us', 'united states', 'america', 'usa'],
  ['fbi', 'federal bureau of investigation'],
  ['cia', 'central intelligence agency'],
  ['sec', 'securities and exchange commission'],
  ['fda', 'food and drug administration'],
  ['nasa', 'space agency'],
  ['downing street', 'number 10', 'no 10'],
  ['scotland yard', 'metropolitan police', 'met police'],
  ['hispanics', 'latinos'],
  ['islamic state', 'isis', 'isil', 'daesh', 'islamic state group'],
];

/**
 * Nouns by which a report refers back to a named body after naming it: "Tehreek-e-Taliban
 * Pakistan claimed the attack" ~ "the group claimed the attack". Read as that name only after
 * "the", and only against a name.
 */
export const REFERRING_NOUNS: readonly string[] = [
  'group', 'organisation', 'organization', 'movement', 'militants', 'rebels', 'outfit', 'faction',
  'party', 'company', 'firm', 'agency', 'ministry', 'government', 'alliance', 'coalition', 'network',
  'militia', 'insurgents', 'club', 'team', 'bank', 'carrier', 'airline', 'retailer', 'automaker', 'insurer',
];
