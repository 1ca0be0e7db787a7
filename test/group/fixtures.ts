/** Invented wire copy for the grouping tests: wordings of a few statements, plus look-alikes. */
export const WIRE = [
  { id: 'a1', text: 'The port authority will reopen the northern terminal to container traffic on Monday after repairs' },
  { id: 'a2', text: 'The port authority will reopen the northern terminal to container traffic on Monday following repairs' },
  { id: 'a3', text: 'the Port Authority will reopen the northern terminal to container traffic on Monday after repairs, officials said' },
  { id: 'b1', text: 'Flooding damaged more than two hundred homes in the river valley overnight' },
  { id: 'b2', text: 'Overnight flooding damaged more than two hundred homes across the river valley' },
  { id: 'c1', text: 'The mayor said the budget for school repairs would double next spring' },
  { id: 'c2', text: 'The northern terminal handled record container traffic last spring' },
  { id: 'd1', text: 'the talks were very successful, productive and friendly for both delegations' },
  { id: 'd2', text: 'very successful, productive and friendly' },
  { id: 'e1', text: 'the rebels use the border villages to store weapons and plan raids' },
  { id: 'e2', text: 'the rebels do not use the border villages to store weapons and plan raids', stance: 'denies' as const },
];
