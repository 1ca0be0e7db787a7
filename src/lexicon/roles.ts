/**
 * Verbs (lemmas) whose two participants may trade places without a change of meaning: "Smith
 * met Jones" is "Jones met Smith", where "India accused Pakistan" is not "Pakistan accused
 * India". Lower-case lemmas.
 */
export const SYMMETRIC_VERBS: readonly string[] = [
  'meet', 'marry', 'wed', 'date', 'divorce', 'talk', 'speak', 'chat', 'negotiate', 'agree', 'disagree',
  'clash', 'fight', 'battle', 'play', 'face', 'draw', 'tie', 'trade', 'partner', 'merge', 'compete',
  'argue', 'collide', 'embrace', 'hug', 'kiss', 'resemble', 'match', 'border', 'share', 'differ',
  'cooperate', 'collaborate', 'ally', 'unite', 'reconcile', 'link', 'connect', 'exchange', 'swap',
  'touch', 'join', 'mirror', 'equal', 'rival', 'tie',
];
