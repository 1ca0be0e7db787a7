import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractStatements, extractStatementsWithIssues } from '../../src/extract/extract-statements';

const one = (text: string) => extractStatements(text);

/** The statement of `text` with this content, checked for its speaker (null: none) and stance. */
function expectStatement(text: string, content: string, speaker: string | null, stance: string): void {
  const got = one(text);
  const s = got.find((x) => x.text === content);
  expect(s, JSON.stringify(got.map((x) => x.text))).toBeDefined();
  expect([s?.speaker?.name ?? null, s?.stance]).toEqual([speaker, stance]);
}

describe('extractStatements', () => {
  it.each([
    ['a curly quote before its attribution', '“We stay engaged,” Khan said.', 'We stay engaged', 'direct', 'Khan', 'said'],
    ['a straight quote before its attribution', '"We stay engaged," Khan said.', 'We stay engaged', 'direct', 'Khan', 'said'],
    ['an inverted attribution', '“We stay engaged,” said Khan, adding nothing.', 'We stay engaged', 'direct', 'Khan', 'said'],
    ['a quote after a colon', 'Khan said: “We stay engaged.”', 'We stay engaged.', 'direct', 'Khan', 'said'],
    ['reported speech with that', 'The ministry said that the talks had stalled.', 'the talks had stalled', 'indirect', 'ministry', 'said'],
    ['reported speech told reporters', 'Lena Horvath told reporters the talks had stalled.', 'the talks had stalled', 'indirect', 'Lena Horvath', 'told'],
    ['reported speech after its content', 'The talks had stalled, officials said.', 'The talks had stalled', 'indirect', 'officials', 'said'],
    ['according to after the content', 'The talks had stalled, according to diplomats.', 'The talks had stalled', 'indirect', 'diplomats', 'according to'],
    ['according to before the content', 'According to diplomats, the talks had stalled.', 'the talks had stalled', 'indirect', 'diplomats', 'According to'],
    ['a present-tense claim', 'Tarsk says the group uses the hills to launch attacks.', 'the group uses the hills to launch attacks', 'indirect', 'Tarsk', 'says'],
    ['a partial quote', 'Khan noted that the visit was “very successful”.', 'the visit was “very successful”', 'partial', 'Khan', 'noted'],
    ['a time between speaker and cue', 'The port authority on Monday said that ferries would stop.', 'ferries would stop', 'indirect', 'port authority', 'said'],
    ['a weekday and an adverb before a denial', 'The board on Tuesday flatly rejected the bid from Orlan.', 'the bid from Orlan', 'indirect', 'board', 'rejected'],
    ['a quote before a lower-case title and a name', '"We will appeal," company spokesman Tom Ridley said.', 'We will appeal', 'direct', 'Tom Ridley', 'said'],
    ['a claim after an opening phrase and a comma', 'Hours later, the harbour board said the pier was closed.', 'the pier was closed', 'indirect', 'harbour board', 'said'],
    ['a claim after a clause, a time and a comma', 'The ferry stopped, and on Monday, the harbour board said it was closing the pier.', 'it was closing the pier', 'indirect', 'harbour board', 'said'],
    ['a claim before its attribution and a setting', 'The pier had been closed, officials said in a statement.', 'The pier had been closed', 'indirect', 'officials', 'said'],
    ['a claim before its attribution and "of"', 'The plan is a disaster, Ravel said of the proposal.', 'The plan is a disaster', 'indirect', 'Ravel', 'said'],
    ['according to a source opened by a number', 'Orrin was the busiest port in 2015, according to one shipping index.', 'Orrin was the busiest port in 2015', 'indirect', 'shipping index', 'according to'],
    ['according to records named by an acronym', 'According to F.A.A. records, the jet has flown about 333 hours.', 'the jet has flown about 333 hours', 'indirect', 'F.A.A.', 'According to'],
    ['according to a long source opening the sentence', 'According to early results of the exit poll conducted by Varne Research for the Harbour Press, Ravel led in both districts.', 'Ravel led in both districts', 'indirect', 'Harbour Press', 'According to'],
    ['a name with its party and state in parentheses', 'Sen. Lena Horvath (D-Vt.) said the pier would close in May.', 'the pier would close in May', 'indirect', 'Lena Horvath', 'said'],
    ['a speaker with a relative clause holding "was"', 'Ravel, whose ferry was late, said that the pier would close.', 'the pier would close', 'indirect', 'Ravel', 'said'],
    ['a conditional claim after "said"', 'Ravel said if elected he would reopen the pier.', 'if elected he would reopen the pier', 'indirect', 'Ravel', 'said'],
    ['a speaker before an aside between dashes', 'Ravel — who is listed as a pilot in Orrin — told the Herald he was not planning an appeal.', 'he was not planning an appeal', 'indirect', 'Ravel', 'told'],
    ['a hearer that is a pronoun', 'Ravel told me the pier was closed.', 'the pier was closed', 'indirect', 'Ravel', 'told'],
    ['a second verb after "but"', 'Ravel backed the mayor, but told the Herald that the pier would close.', 'the pier would close', 'indirect', 'Ravel', 'told'],
    ['a quote before an honorific and a name', '“We will appeal,” Mr. Ridley said.', 'We will appeal', 'direct', 'Ridley', 'said'],
    ['a quote in doubled apostrophes before an honorific without a dot', "''We will appeal,'' Ms Aske said.", 'We will appeal', 'direct', 'Aske', 'said'],
    ['a quote before an honorific, a name and a place', '"We will appeal," Mrs. Aske said in Orrin.', 'We will appeal', 'direct', 'Aske', 'said'],
    ['a quote before an inverted title and a name', '"We will appeal," said company spokesman Tom Ridley.', 'We will appeal', 'direct', 'Tom Ridley', 'said'],
    ['a quote before an inverted honorific and a name', '"We will appeal," said Mr. Ridley, who chairs the board.', 'We will appeal', 'direct', 'Ridley', 'said'],
    ["a quote in double apostrophes before an inverted honorific", "''He's not the right person,'' said Ms. Leon.", "He's not the right person", 'direct', 'Leon', 'said'],
    ['a quote after a colon and a call', 'Cole said in a conference call: “The pier is shut.”', 'The pier is shut.', 'direct', 'Cole', 'said'],
    ['a noun-like cue before a colon, after a passive', 'In a statement first reported by the Herald, Cole claims: “The pier is shut.”', 'The pier is shut.', 'direct', 'Cole', 'claims'],
    ['a quote before an adjective, a title and a name', '"The pier is safe," Harbour deputy spokeswoman Lia Marsh said.', 'The pier is safe', 'direct', 'Lia Marsh', 'said'],
    ['according to a pronoun, after its antecedent spoke', 'The pier was sold, according to Dana Whitlow. According to him, the council kept the money.', 'the council kept the money', 'indirect', 'Dana Whitlow', 'According to'],
    ['according to a place, an adjective, a title and a name', 'The pier was sold, according to U.S. investigative journalist Dana Whitlow.', 'The pier was sold', 'indirect', 'Dana Whitlow', 'according to'],
    ['a denial after a wire dateline and a dash', 'VARNE, (HN)- The Harbour Ministry rejected on Friday the claims made by the mayor about the pier.', 'the claims made by the mayor about the pier', 'indirect', 'Harbour Ministry', 'rejected'],
    ['a dash after a word in capitals that is no dateline', 'NATO jets hit the fuel depot - the ministry said.', 'NATO jets hit the fuel depot', 'indirect', 'ministry', 'said'],
    ['a quotation before "replied to"', '"The pier is safe," the mayor replied to reporters.', 'The pier is safe', 'direct', 'mayor', 'replied'],
    ['"replied to" a hearer with a that-clause', 'He replied to reporters that the pier was safe.', 'the pier was safe', 'indirect', 'He', 'replied'],
    ['a reporting verb after "went on to"', 'The harbour board went on to say that the pier would close in May.', 'the pier would close in May', 'indirect', 'harbour board', 'say'],
    ['a concern expressed about a clause', 'The harbour board expressed concern that the pier would close in May.', 'the pier would close in May', 'indirect', 'harbour board', 'expressed concern'],
    ['a finding as the speaker', 'A preliminary harbour board assessment concluded that the pier was unsafe.', 'the pier was unsafe', 'indirect', 'preliminary harbour board assessment', 'concluded'],
  ])('finds %s', (_name, text, content, kind, speaker, cue) => {
    const s = one(text).find((x) => x.text === content);
    expect(s, JSON.stringify(one(text).map((x) => x.text))).toBeDefined();
    expect(s?.kind).toBe(kind);
    expect(s?.speaker?.name).toBe(speaker);
    expect(s?.cue?.text).toBe(cue);
  });

  it('reads a name past its party and state in parentheses and the appositive after them, the parenthetical left out of the name', () => {
    const got = one('Rep. Lena Horvath (R-Me.), a harbour board member, said that the pier would close.');
    const s = got.find((x) => x.text === 'the pier would close');
    expect(s?.speaker?.name).toContain('Lena Horvath');
    expect(s?.speaker?.name).not.toContain('R-Me');
  });

  it.each([
    ['a denying verb', 'The Taliban rejected the accusation.', 'the accusation'],
    ['an always-denied participle', 'The army has always denied allowing militants to cross.', 'allowing militants to cross'],
    ['a participle after a denial', 'Kabul rejected the claims, insisting that its soil is not used for attacks.', 'its soil is not used for attacks'],
    ['a negated main clause', '“The council has not sold the park,” Cole said.', 'The council has not sold the park'],
    ['content called false', 'Norvale said the accusation was completely false.', 'the accusation was completely false'],
    ['a quote calling it lies', '“It is all lies,” Ridley said.', 'It is all lies'],
    ["it's and an absolute lie", '“It\'s an absolute lie,” Ridley said.', 'It\'s an absolute lie'],
    ['a dismissal after a long subject', 'Cole said the figures given by the harbour board for the winter season were fabricated.', 'the figures given by the harbour board for the winter season were fabricated'],
    ['a dismissal without be', 'The ministry said the figures have nothing to do with reality.', 'the figures have nothing to do with reality'],
    ['a negated truth word after a long subject', 'Cole said the account of the meeting given to the press on Monday was not accurate.', 'the account of the meeting given to the press on Monday was not accurate'],
  ])('marks %s as a denial', (_name, text, content) => {
    expect(one(text).find((x) => x.text === content)?.stance).toBe('denies');
  });

  it.each([
    ['"Some"', 'Some have said that the pier is unsafe. But she denied the reports that the pier would close.'],
    ['"Many"', 'Many said the pier is unsafe. She denied that the pier would close.'],
  ])('never names a group opened by %s for a later "she"', (_name, text) => {
    const denial = one(text).find((s) => s.stance === 'denies');
    expect(denial?.speaker?.name.toLowerCase()).toBe('she');
  });

  it.each([
    ['a name', 'Ferry chief Ola Brekke told analysts that Harbourline\'s chairman had said the board would sell the pier.', "Harbourline's chairman"],
    ['a determiner', 'Ferry chief Ola Brekke told analysts that the chairman had said the board would sell the pier.', 'chairman'],
  ])('starts the speaker of a clause after "that" and %s, not at the noun before "that"', (_name, text, speaker) => {
    expect(one(text).find((s) => s.text.startsWith('the board'))?.speaker?.name).toBe(speaker);
  });

  it.each([
    ['a publisher', 'The report that Harbour News published said the pier was unsafe.', 'report that Harbour News published'],
    ['an appointer', 'The official that the harbour board appointed said the pier was unsafe.', 'official that the harbour board appointed'],
  ])('keeps a relative "that" and %s in the speaker phrase', (_name, text, speaker) => {
    expect(one(text)[0]?.speaker?.name).toBe(speaker);
  });

  it('keeps a pointing "that" in the speaker phrase', () => {
    expect(one('That official said the pier was safe.')[0]?.speaker?.name).toBe('official');
  });

  it('still names a bare name for a later "he"', () => {
    expect(one('Sadiq said the pier is unsafe. He denied that the pier would close.').find((s) => s.stance === 'denies')?.speaker?.name).toBe('Sadiq');
  });

  it('cuts a quotation before a closing clause that dismisses what it said: a claim and a denial', () => {
    const got = one('"In the port those rumours are spread from a certain angle, and all of it is a complete lie," Cole said.');
    expect(got.map((x) => [x.text, x.stance])).toEqual([
      ['In the port those rumours are spread from a certain angle', 'asserts'],
      ['all of it is a complete lie', 'denies'],
    ]);
  });

  it.each([
    ['a class it is not', '“This is not a farming issue,” the ministry said.', 'This is not a farming issue'],
    ['the speaker\'s own mind', '“I am not surprised,” Cole said.', 'I am not surprised'],
    ['not knowing', '“I don\'t know what happened,” Cole said.', 'I don\'t know what happened'],
    ['a reported view of the speaker\'s own mind', 'Cole said he was not surprised by the news.', 'he was not surprised by the news'],
    ['a degree', 'Cole said not much happens in the town without the mayor.', 'not much happens in the town without the mayor'],
    ['a cancelled negation', 'Cole said nothing moves in the port without the board.', 'nothing moves in the port without the board'],
    ['not one thing but another', 'Ridley said the question was not whether to close the pier but when.', 'the question was not whether to close the pier but when'],
    ['lies that exist', 'Cole said there are lies in every campaign.', 'there are lies in every campaign'],
  ])('reads %s as a claim, not a denial', (_name, text, content) => {
    const s = one(text).find((x) => x.text === content);
    expect(s, JSON.stringify(one(text).map((x) => x.text))).toBeDefined();
    expect(s?.stance).toBe('asserts');
  });

  it.each([
    ['a claim denied by', 'Tarsk says militants operate from the hills, a claim denied by Velorian officials.', 'Tarsk', 'Velorian officials'],
    ['a charge X denies', 'Ostrava blames Tarsk for the attacks, a charge Tarsk denies.', 'Ostrava', 'Tarsk'],
    ['allegations that X denies', 'The union accuses the firm of fraud, allegations that the firm denies.', 'union', 'firm'],
  ])('splits the appositive pattern %s into a claim and its denial', (_name, text, claimant, denier) => {
    const got = one(text);
    const claim = got.find((s) => s.stance === 'asserts');
    const denial = got.find((s) => s.stance === 'denies');
    expect(claim?.speaker?.name).toBe(claimant);
    expect(denial?.speaker?.name).toBe(denier);
    expect([denial?.start, denial?.end]).toEqual([claim?.start, claim?.end]);
    expect(denial?.denies).toBe(claim?.id);
  });

  it.each([
    ['its subject, the antecedent (see relative-subject.test.ts)', 'The dockers, whom the harbour master said had left their posts, were questioned on Monday.', 'The dockers, whom the harbour master said had left their posts', 'harbour master'],
    ['its object, in the present', 'The new pier, which the council says cost 12 million euros, is closed again.', 'cost 12 million euros', 'council'],
    ['its subject', 'Ana Berg, who said the pier was unsafe, was fired on Friday.', 'the pier was unsafe', 'Ana Berg'],
  ])('ends content where the relative clause its cue stands in closes (%s), not in the clause it interrupts', (_name, text, content, speaker) => {
    expectStatement(text, content, speaker, 'asserts');
  });

  it.each([
    ['an aside after a dash', 'The board denied it had hidden the losses — two days after the audit was published.', 'it had hidden the losses'],
    ['a parenthesis between two dashes', 'Okafor said the firm — a family business — had paid every supplier.', 'the firm — a family business — had paid every supplier'],
    ['a word broken across a line', 'Okafor said the con- tract had been signed.', 'the con- tract had been signed'],
  ])('ends reported content at %s only when the dash stands alone', (_case, text, content) => {
    expect(one(text).map((s) => s.text)).toContain(content);
  });

  it('keeps a relative clause inside the content whole when the cue stands outside it', () => {
    expectStatement('The council said the pier, which cost 12 million euros, is closed again.', 'the pier, which cost 12 million euros, is closed again', 'council', 'asserts');
  });

  it('cuts a quotation around a sentence that dismisses, each part with its stance and the speaker', () => {
    const got = one('“There is much talk about the fire. All of it is invented. We rely on facts,” Ridley said.');
    expect(got.map((s) => [s.text, s.stance, s.speaker?.name])).toEqual([
      ['There is much talk about the fire.', 'asserts', 'Ridley'],
      ['All of it is invented.', 'denies', 'Ridley'],
      ['We rely on facts', 'asserts', 'Ridley'],
    ]);
  });

  it('keeps a quotation of several sentences whole when none dismisses', () => {
    expect(one('Ridley said: “The pier is shut. It will open in May.”').map((s) => s.text)).toEqual(['The pier is shut. It will open in May.']);
  });

  it('ends a quotation reopened after a sentence, as run-together paragraphs print it, and goes on with its speaker', () => {
    const got = one('Ridley said: “The pier is shut for now. “All the talk of a sale is invented.” The council said the pier will reopen.');
    expect(got.map((s) => [s.text, s.stance, s.speaker?.name])).toEqual([
      ['The pier is shut for now.', 'asserts', 'Ridley'],
      ['All the talk of a sale is invented.', 'denies', 'Ridley'],
      ['the pier will reopen', 'asserts', 'council'],
    ]);
  });

  it.each([
    ['a report by a named source', 'The board flatly rejected a report by local journalist Ann Cole that the pier was unsafe.', 'the pier was unsafe', 'Ann Cole', 'board'],
    ["a source's report that said", "The council disputed the Herald's report Tuesday that said the mayor had sold the park.", 'the mayor had sold the park', 'Herald', 'council'],
    ['reports with no source', 'The council denied reports that the park had been sold.', 'the park had been sold', 'reports', 'council'],
    ['allegations with no source', 'The council denied allegations that it hid the costs.', 'it hid the costs', null, 'council'],
    ['a news report saying', 'The port issued a statement disputing a news report saying that the ferries would stop.', 'the ferries would stop', 'report', 'port'],
  ])('reads the claim inside a denial of %s as asserted by its source', (_name, text, content, source, denier) => {
    const got = one(text);
    const claim = got.find((x) => x.text === content && x.stance === 'asserts');
    expect(claim, JSON.stringify(got.map((x) => [x.text, x.stance]))).toBeDefined();
    expect(claim?.speaker?.name ?? null).toBe(source);
    const denial = got.find((x) => x.stance === 'denies');
    expect(denial?.speaker?.name).toBe(denier);
    expect(denial?.denies).toBe(claim?.id);
  });

  it('reads a rejection "as untrue" of a report as a denial of what the report suggested', () => {
    const got = one('The ministry rejected as untrue a newspaper report which suggested that the minister had resigned.');
    expect(got.map((x) => [x.text, x.stance, x.speaker?.name])).toContainEqual(['the minister had resigned', 'denies', 'ministry']);
  });

  it.each([
    ['a dismissing verdict', 'Norvale called the accusation false.', 'the accusation false', 'Norvale', 'denies'],
    ['a quoted dismissal after "as"', 'The mayor described the report as "pure invention".', 'the report as "pure invention"', 'mayor', 'denies'],
    ['a participle of naming', 'A port spokesman backed the board, calling the claims "utterly false".', 'the claims "utterly false"', 'port spokesman', 'denies'],
    ['a quoted verdict that praises', 'The mayor described Cole as "a gifted planner".', 'Cole as "a gifted planner"', 'mayor', 'asserts'],
  ])('reads %s as a statement of the one who names', (_name, text, content, speaker, stance) => expectStatement(text, content, speaker, stance));

  it.each([
    ['The union called the police.'],
    ['The premier called a "snap election".'],
    ['The council called for calm.'],
    ['The firm, which describes itself as a "green pioneer", opened a plant.'],
  ])('finds no statement of naming in %s', (text) => {
    expect(one(text)).toEqual([]);
  });

  it('reads no statement in "declined to say", and a naming verb after "goes on to" as its subject\'s', () => {
    expect(one('The mayor declined to say whether the pier was sold.')).toEqual([]);
    expect(one('The mayor goes on to call the harbour master "a reckless man".').map((x) => [x.text, x.speaker?.name])).toEqual([['the harbour master "a reckless man"', 'mayor']]);
  });

  it.each([
    ['When responding to the press office\'s inquiry, harbour officials denied the report.', 'the report'],
    ['The board replied to the letter on Monday.', null],
    ['Voters responded to the council\'s plan to close the pier.', null],
  ])('reads no addressee of "respond to" or "reply to" as what was said: %s', (text, only) => {
    expect(one(text).map((x) => x.text)).toEqual(only === null ? [] : [only]);
  });

  it.each([
    ['a title the report gives a named person', 'Russian President Vladimir Orlov visited the site. "It was a tragedy," the Russian president said.', 'Vladimir Orlov'],
    ['a bare title', 'Investigative journalist Ann Cole wrote about the pier. The journalist says that the navy planned it.', 'Ann Cole'],
    ['a title two people hold', 'Mayor Ines Caro met Mayor Tom Vale. The mayor said that the pier was safe.', 'mayor'],
    ['a title no one named holds', 'Cole arrived. "The pier is safe," the harbour spokesman said.', 'harbour spokesman'],
  ])('reads %s as the speaker it names', (_name, text, speaker) => {
    expect(one(text).at(-1)?.speaker?.name).toBe(speaker);
  });

  it.each([
    ['an impersonal passive', 'It was claimed that Cole would take a 30 per cent cut.', 'Cole would take a 30 per cent cut', null, 'asserts'],
    ['according to a source with a place and a time', 'According to reports in Norway on Tuesday, the club had agreed a deal.', 'the club had agreed a deal', 'reports', 'asserts'],
    ['a source noun before a participle', 'The agency cited sources saying the plane landed in Oman.', 'the plane landed in Oman', 'sources', 'asserts'],
    ['a second verb after "and"', 'Cole expressed his regret and said the pier was a total loss.', 'the pier was a total loss', 'Cole', 'asserts'],
    ['a claim after a denial and "and"', 'The council has denied selling the park and blames the mayor.', 'the mayor', 'council', 'asserts'],
    ['the denial before "and" and a second verb', 'The council has denied selling the park and blames the mayor.', 'selling the park', 'council', 'denies'],
      ['a report after a date in brackets', 'The board rejected Wednesday (May 8) a report by journalist Ann Cole that the pier was unsafe.', 'the pier was unsafe', 'Ann Cole', 'asserts'],
    ['a participle after a verdict', 'The mayor called the report "utterly false", insisting such stories were meant to hurt the city.', 'such stories were meant to hurt the city', 'mayor', 'asserts'],
    ['the content before ", with X telling"', 'Members had noted the plan could fail, with press secretary Ann Cole telling reporters it was "false".', 'the plan could fail', 'Members', 'asserts'],
    ['"with X telling" as X\'s statement', 'Members had noted the plan could fail, with press secretary Ann Cole telling reporters it was "false".', 'it was "false"', 'Ann Cole', 'denies'],
      ['content opened by "I" before ", he said"', 'Cole said the talks failed. I have not left the city and such reports are not true, he said.', 'I have not left the city and such reports are not true', 'Cole', 'denies'],
    ['a fronted adverb with no content after the verb', 'Cole said the talks failed. Also found was a record of an official confirming that the city sold the park, she said.', 'Also found was a record of an official confirming that the city sold the park', 'Cole', 'asserts'],
    ['a weekday and a time of day before the object', 'The ministry refuted Friday evening the claims made by the mayor about the park.', 'the claims made by the mayor about the park', 'ministry', 'denies'],
    ['coordinated participles after "are"', 'The club are defending and denying the suggestions that the coach had quit.', 'the suggestions that the coach had quit', 'club', 'denies'],
      ['a subject with a stray comma', 'Pentagon spokesman Lt. Col. Ann Garn, told the Post that the port was shut.', 'the port was shut', 'Ann Garn', 'asserts'],
    ['an echoing speaker after a quote', '“That claim is utterly false,” echoed Tom Vale, a spokesman for the port.', 'That claim is utterly false', 'Tom Vale', 'denies'],
    ['a quote "read" by a statement', '“The talks are off,” read a statement on the club website.', 'The talks are off', 'statement', 'asserts'],
    ["a statement on a body's website", '“The talks are off,” read a statement on the club’s website.', 'The talks are off', 'club', 'asserts'],
    ['a statement from a named body', '“The talks are off,” said a statement from the Port Authority.', 'The talks are off', 'Port Authority', 'asserts'],
    ['a dismissal by "the false …"', 'Cole said that worse still was the false story about the fee.', 'worse still was the false story about the fee', 'Cole', 'denies'],
  ])('finds %s, with its speaker and stance', (_name, text, content, speaker, stance) => expectStatement(text, content, speaker, stance));

  it('continues the speaker of reported speech in a quotation standing alone right after it', () => {
    const got = one('Cole said the talks failed. "We tried," Vale said. Lee said the pier is shut. "It will open in May."');
    expect(got.map((s) => [s.text, s.speaker?.name])).toEqual([
      ['the talks failed', 'Cole'], ['We tried', 'Vale'], ['the pier is shut', 'Lee'], ['It will open in May.', 'Lee'],
    ]);
  });

  it.each([
    ['right after a denial of their claim', 'The club denied a report by the Herald that the coach quit. It was claimed that the coach had lost the squad.', 'Herald'],
    ['right after a denial of unnamed reports', 'The club denied reports that the coach quit. It was reported that the coach had lost the squad.', 'reports'],
    ['with a sentence between', 'The club denied reports that the coach quit. The season ends in May. It was claimed that the coach had lost the squad.', null],
    ['with no claim before', 'The coach quit on Monday. It was claimed that the coach had lost the squad.', null],
  ])('gives "it was claimed that …" the source of a denied claim %s', (_name, text, speaker) => {
    expectStatement(text, 'the coach had lost the squad', speaker, 'asserts');
  });

  it('does not continue unnamed reports in a quotation after them', () => {
    const got = one('Vale posted a note about reports claiming that he quit. "I have not quit."');
    expect(got.find((s) => s.text === 'I have not quit.')?.speaker?.name).not.toBe('reports');
  });

  it('reads a straight quotation of a name inside a straight quotation as part of it', () => {
    const got = one('Cole said the deal was off. "The rumours echoed by the newspaper "Correio" are false. We rely on facts."');
    expect(got.map((s) => [s.text, s.stance, s.speaker?.name])).toEqual([
      ['the deal was off', 'asserts', 'Cole'],
      ['The rumours echoed by the newspaper "Correio" are false.', 'denies', 'Cole'],
      ['We rely on facts.', 'asserts', 'Cole'],
    ]);
  });

  it.each([
    ['reading a document', 'She read the report aloud to the council.'],
    ["an editor's note", "Editor's note: Cole regularly lies to voters."],
  ])('reads no statement in %s', (_name, text) => {
    expect(one(text)).toEqual([]);
  });

  it.each([
    ['answers another party\'s claim', 'Tarsk says the flood is a humanitarian issue. "This is not a humanitarian issue," Vasic said.', 'denies'],
    ['answers no one', 'Tarsk says the flood is a disaster. "This is not a humanitarian issue," Vasic said.', 'asserts'],
    ['answers only its own speaker', 'Vasic said the flood is a humanitarian issue. "This is not a humanitarian issue," Vasic said.', 'asserts'],
  ])('reads "is not a …" that %s by that', (_name, text, stance) => {
    expect(one(text).find((s) => s.text === 'This is not a humanitarian issue')?.stance).toBe(stance);
  });

  it('inverts "…, says X" after a sentence-opening phrase with no title', () => {
    expect(one('Practice kindness and empathy, says Ann Vale, a professor.').map((s) => [s.text, s.speaker?.name])).toEqual([['Practice kindness and empathy', 'Ann Vale']]);
  });

  it('gives one statement per span and stance when a denial of reports holds their participle', () => {
    const got = one('The council denied reports claiming that it sold the park.');
    expect(got.filter((x) => x.text === 'it sold the park')).toHaveLength(1);
  });

  it('resolves a pronoun to the last named speaker and folds titles into one name', () => {
    const text = 'Foreign Office spokesperson Shafqat Ali Khan said ties had improved.\n\n“We stay engaged,” he said.\n\nAmbassador Shafqat Ali Khan added that talks would go on.\n\nKhan said the visit went well.';
    const names = new Set(one(text).map((s) => s.speaker?.name));
    expect([...names]).toEqual(['Shafqat Ali Khan']);
  });

  it('keeps a quotation broken by its attribution as two statements of one speaker', () => {
    const got = one('“We stay engaged,” Khan continued. “In terms of trade, it should be the best of relationships.”');
    expect(got.map((s) => [s.text, s.speaker?.name])).toEqual([
      ['We stay engaged', 'Khan'],
      ['In terms of trade, it should be the best of relationships.', 'Khan'],
    ]);
  });

  it('carries a quotation across paragraphs to its speaker', () => {
    const got = one('“We were second best,” Jansen said. “The fans deserved more.\n\n“We will put it right on Saturday.”');
    expect(got.map((s) => s.speaker?.name)).toEqual(['Jansen', 'Jansen', 'Jansen']);
  });

  it('resolves "the statement said" to the body that issued it', () => {
    const got = one('In a statement, the Ministry of Trade said exports rose.\n\nThe statement said demand had offset weak sales.');
    expect(got.map((s) => s.speaker?.name)).toEqual(['Ministry of Trade', 'Ministry of Trade']);
  });

  it('does not take a term in quotation marks for a statement', () => {
    expect(one('“Fitna Al-Khawarij” is a term the military uses for the group.')).toEqual([]);
  });

  it('reports an unbalanced quotation mark as an issue and goes on', () => {
    const res = extractStatementsWithIssues('“We stay engaged, Khan said.\n\nOfficials said the talks had stalled.');
    expect(res.issues.map((i) => i.code)).toContain('unbalanced-quote');
    expect(res.statements.map((s) => s.text)).toContain('the talks had stalled');
  });

  it('reports a quotation with no speaker as an issue', () => {
    const res = extractStatementsWithIssues('“Nobody knows what happens next in this valley.”');
    expect(res.issues.map((i) => i.code)).toContain('unattributed-quote');
    expect(res.statements[0]?.speaker).toBeNull();
  });

  it('reports an empty text as an issue', () => {
    expect(extractStatementsWithIssues('   ').issues[0]?.code).toBe('empty-text');
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a report without text', { id: 'a' }],
  ])('throws a claimdiff error on %s', (_name, value) => {
    expect(() => extractStatements(value as never)).toThrow(/^claimdiff: /);
  });

  it('throws on an unknown option', () => {
    expect(() => extractStatements('x', { colour: 'red' } as never)).toThrow(/^claimdiff: /);
  });

  it('finishes on 50,000 quotation marks and on a 1 MB line without spaces', () => {
    const marks = extractStatementsWithIssues('"'.repeat(50_000) + ' he said.');
    expect(Array.isArray(marks.statements)).toBe(true);
    const blob = extractStatementsWithIssues('a'.repeat(1_000_000));
    expect(blob.statements).toEqual([]);
    const curly = extractStatementsWithIssues('“'.repeat(50_000));
    expect(curly.issues.length).toBeGreaterThan(0);
    const commas = extractStatementsWithIssues(`${'said, '.repeat(50_000)}Khan said.`);
    expect(Array.isArray(commas.statements)).toBe(true);
  });

  it('gives spans that lie in the text and slice to the statement text, and never throws', () => {
    const piece = fc.constantFrom('“', '”', '"', "'", '‘', '’', ',', '.', ' ', '\n', 'said', 'Khan', 'he', 'denied', 'that', 'the talks', 'a claim', 'according to', 'not', ':');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        for (const s of extractStatements({ id: 'r', text })) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.text).toBe(text.slice(s.start, s.end));
          if (s.speaker) expect(s.speaker.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
