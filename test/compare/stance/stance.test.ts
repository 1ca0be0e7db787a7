import { describe, expect, it } from 'vitest';
import { diffClaims } from '../../../src/compare/diff-claims';
import { STANCE_CONFIDENCE } from '../../../src/compare/stance/stance';
import { defaultWordLists } from '../../../src/compare/terms/word-lists';
import type { WordLists } from '../../../src/lexicon/word-lists';
import type { ClaimDiff } from '../../../src/schema/diff';
import { examinePair } from '../../../src/compare/pair-core';

const stanceText = (diff: ClaimDiff, a: string, b: string): string[] =>
  diff.segments.filter((s) => s.reasons.includes('stance')).map((s) => (s.b !== null ? b.slice(...s.b) : s.a !== null ? a.slice(...s.a) : ''));

describe('diffClaims reads a denial worded as a report as a contradiction (reason stance)', () => {
  it.each([
    ['The mayor was arrested in Lisbon', 'Police deny reports that the mayor was arrested in Lisbon', 'deny'],
    ['The mayor was arrested in Lisbon', 'Mayor arrest in Lisbon is a hoax', 'hoax'],
    ['The mayor was arrested in Lisbon', 'Police dismissed reports that the mayor was arrested in Lisbon', 'dismissed'],
    ['Tom Reyes will star in the new Apollo film', 'Tom Reyes drops out of the new Apollo film', 'drops out'],
    ['Aid worker Lena Sorel was kidnapped by rebels while driving with two Danish doctors', 'Lena Sorel not kidnapped in Goma', 'not'],
    ['The video shows a whale in the harbour', 'The video of a whale in the harbour is fake', 'fake'],
    ['A vlogger gave a homeless man 100 dollars and filmed how he spent it without his knowledge', 'Video of homeless man spending 100 dollars on food was faked, witness says', 'faked'],
    ['The singer Ana Rios has died', 'Ana Rios death story is fake, says her manager', 'fake'],
    ['The mayor resigned on Monday', 'Mayor resigned on Monday? Update: not true', 'not true'],
    ['The singer Ana Rios has died', 'Rumours of Ana Rios death debunked', 'debunked'],
    ['The singer Ana Rios has died', 'Ana Rios dead rumours not true', 'not'],
    ['The singer Ana Rios has died', 'Ana Rios dead? Another death hoax spreads on Facebook', 'hoax'],
    ['The mayor was arrested in Lisbon', 'Hoax mayor arrested in Lisbon tale fools the web', 'Hoax'],
    ['The mayor was arrested in Lisbon', 'Hoax mayor arrest story is fake news', 'Hoax'],
    ['A dairy farm in Ohio was infected with anthrax', 'Anthrax-infected cows in Ohio? State vets debunk the hoax', 'debunk'],
    ['Tom Reyes will star in the new Apollo film', 'Tom Reyes drops out of Apollo film', 'drops out'],
    ['Tom Reyes will star in the new Apollo film', 'Tom Reyes quits Apollo film', 'quits'],
    ['The governor will raise the fuel tax', 'Governor walks back plan to raise fuel tax', 'walks back'],
    ['The coach failed a drug test', 'Coach’s agent shoots down report of failed drug test', 'shoots down'],
    ['The bank will close its Lisbon branch', 'Bank rules out closing Lisbon branch', 'rules out'],
    ['The league planned a safety panel that did not include any referees', 'No, the league is not holding a safety panel tonight', 'No'],
    ['NLA leader Luis Ortega was killed in an airstrike', 'National Liberation Army Leader Ortega Not Killed In Strike Near Border', 'Not'],
    ['The painter Marta Solis was arrested', "Calm down, Marta Solis wasn't arrested and unmasked as a 40-year-old art teacher from Leeds", "wasn't"],
    ['A teenager in Leeds earned 5 million trading shares', 'Leeds teen trader made it all up', 'made'],
    ['Marta Solis helped rescue the stranded hikers', "Marta Solis was one of the hikers' rescuers no she wasn't", "wasn't"],
    ['The painter Marta Solis was arrested', 'No evidence painter Marta Solis was arrested, police say', 'No evidence'],
    ['The painter Marta Solis was arrested', 'Painter’s agent calls Marta Solis arrest reports absurd', 'absurd'],
    ['The painter Marta Solis was arrested', 'Marta Solis lawyer dispels arrest rumours', 'dispels'],
    ['The rebel fighter Dana Kurt was killed in an ambush', 'Rebel fighter Dana Kurt alive and well, say her comrades', 'alive'],
    ['A fisherman filmed a lake monster in Loch Arn', 'Biologists doubt fisherman filmed Loch Arn lake monster', 'doubt'],
    ['A fisherman filmed a lake monster in Loch Arn', 'Loch Arn lake monster film was a parody, fisherman admits', 'parody'],
    ['The singer Ana Rios has died', 'Fans weary of false alarms over Ana Rios death', 'false'],
    ['The mayor was arrested in Lisbon', 'Mayor arrest in Lisbon a lie, says spokesman', 'lie'],
    ['A priest in Porto says he saw an angel', 'Porto priest claim of seeing an angel dismissed as hoax', 'dismissed'],
    ['The league planned a safety panel of retired coaches', 'That league safety panel you keep reading about isn’t real', 'real'],
    ['The league planned a safety panel of retired coaches', 'League’s coaches-only Friday safety panel is not real', 'not real'],
    ['Actress Mia Stone accused the director of theft', 'Mia-Stone Did NOT Accuse The Director Of Theft It’s A HOAX', 'HOAX'],
    ['The chief executive quit', 'Reports that the chief executive quit are false', 'false'],
    ['The harbour master took bribes', 'Claims that the harbour master took bribes are untrue', 'untrue'],
    ['Harbour master took bribes', 'Harbour master did not take bribes Reports Untrue', 'Untrue'],
  ])('%j ~ %j', (a, b, cue) => {
    const diff = diffClaims(a, b);
    expect(diff.relation).toBe('contradict');
    expect(stanceText(diff, a, b).join(' ')).toContain(cue);
    // The confidence is the held-out precision of the stance's kind (STANCE_CONFIDENCE), above
    // the level at which a caller's judge is asked.
    expect(Object.values(STANCE_CONFIDENCE)).toContain(diff.confidence);
    expect(diff.confidence).toBeGreaterThan(0.6);
  });

  it('reads a plain negation of a named person as a contradiction too', () => {
    const diff = diffClaims('The actor Tom Reyes will play the pilot', "Tom Reyes won't play the pilot");
    expect(diff.relation).toBe('contradict');
    expect(diff.segments.flatMap((s) => s.reasons)).toContain('negation');
  });

  it('reads a negated clause that names every name of the claim as a denial, its predicate reworded', () => {
    const diff = diffClaims('There is a case of measles in Port Elwood', 'Clinic: Port Elwood patient not being treated for measles');
    expect(diff.relation).toBe('contradict');
  });

  it('is symmetric: the denial may be on either side', () => {
    const a = 'Police deny reports that the mayor was arrested in Lisbon';
    const b = 'The mayor was arrested in Lisbon';
    const diff = diffClaims(a, b);
    expect(diff.relation).toBe('contradict');
    expect(stanceText(diff, a, b).join(' ')).toContain('deny');
  });

  it('keeps every character in at most one segment', () => {
    const a = 'The mayor was arrested in Lisbon';
    const b = "No, the mayor wasn't arrested in Lisbon";
    const diff = diffClaims(a, b);
    const spans = diff.segments.flatMap((s) => (s.b === null ? [] : [s.b])).sort((x, y) => x[0] - y[0]);
    for (let k = 1; k < spans.length; k++) expect(spans[k]![0]).toBeGreaterThanOrEqual(spans[k - 1]![1]);
  });
});

describe('diffClaims does not call a report of a claim a contradiction', () => {
  it.each([
    ['The mayor was arrested in Lisbon', 'Mayor reportedly arrested in Lisbon'],
    ['The mayor was arrested in Lisbon', 'Rumour: mayor arrested in Lisbon'],
    ['The mayor was arrested in Lisbon', 'Was the mayor arrested in Lisbon? Police will not confirm or deny'],
    ['The mayor was arrested in Lisbon', 'Mayor arrested in Lisbon, and he says it is no hoax'],
    ['A woman wore a fake nose', 'A woman is wearing a fake nose and glasses'],
    ['The council fired a clerk who had not worked for years', 'Council fires clerk who skipped work for years'],
    ['Police deny the mayor was arrested', 'The mayor denies he was arrested'],
    ['The singer Ana Rios has died', 'Ana Rios death hoax rumours swirl online'],
    ['The singer Ana Rios has died', 'Rumours say Ana Rios has died'],
    ['The mayor of Lisbon was arrested', 'Lisbon police not commenting on arrest of the governor of Porto'],
    ['The mayor of Lisbon will resign', 'In the mayor of Lisbon’s absence, his deputy may rule. Or not.'],
    ['A dairy farmer grew a giant pumpkin', 'Dairy farmer shows giant pumpkin and vows photos will prove it is no hoax'],
    ['A dairy farmer grew a giant pumpkin', 'Giant pumpkin photos are not fake, says dairy farmer'],
    ['An army jet shot down a drone over the gulf', 'Army jet shoots down drone over the gulf'],
    ['A clerk who had not paid his taxes was jailed', 'Clerk jailed for not paying his taxes'],
    ['The league planned a safety panel', 'League safety panel not so friendly to referees'],
    ['The painter Marta Solis was arrested', 'Marta Solis arrested, police not naming her accomplice'],
    ['Women make up most of the new council', 'Women made up 60 percent of the new council'],
    ['The council is made up of farmers', 'Council made up of farmers meets in Leeds'],
    ['The singer Ana Rios died in a car crash', 'Ana Rios died in car crash; police found no evidence of foul play'],
    ['A storm slammed into the coast of Leeds', 'Storm slams into Leeds coast'],
    ['The climber Dana Kurt was rescued from the glacier', 'Climber Dana Kurt found alive on the glacier'],
    ['The climber Dana Kurt was killed on the glacier', 'Is climber Dana Kurt still alive?'],
    ['A fisherman filmed a lake monster in Loch Arn', 'Fisherman filmed Loch Arn lake monster, no doubt about it'],
    ['The mayor was arrested in Lisbon', 'Lisbon police confirm the mayor was arrested'],
    ['The mayor was arrested in Lisbon', 'Mayor arrest story in Lisbon reportedly a hoax'],
    ['The mayor was arrested in Lisbon', 'Was the Lisbon mayor arrest a hoax?'],
    ['The late mayor of Lisbon lies in state at city hall', 'Late Lisbon mayor lies in state at city hall'],
    ['A woman is pulling a cake out of an oven', 'A cake is being pulled out of an oven by a woman'],
    ['Two men are posing for a photo', 'Two men are denying a photo'],
    ['A cat is running and a boy stands behind it', 'A cat is slowing down and the boy is quitting chasing it'],
    ['NLA commander Luis Ortega was killed in an airstrike', 'National Liberation Army commander Ortega killed, NLA not commenting'],
    ['The ministry threatened to fine the striking nurses', 'Ministry denies threatening nurses but admits it warned them of fines'],
    ['Divers found survivors under the bridge', 'Divers pull out survivors from under the bridge'],
    ['Tom Reyes will star in the new Apollo film', 'Tom Reyes will star in Apollo film, and not only as its pilot'],
    ['A dairy farmer grew a giant pumpkin', 'Dairy farmer insists giant pumpkin is not a hoax'],
    ['No soldiers were among the wounded, a spokesman said', 'None of the wounded were soldiers, the spokesman said'],
    ['"Most of these are made-up stories," the governor said', 'The governor said most of these were made up stories'],
    ['Thieves lure victims with bogus e-mail and fake websites', 'Thieves use bogus e-mail and fake web sites to lure victims'],
    ['The minister resigned', 'The minister, who denied the report, resigned'],
    ['The minister resigned on Friday', 'The minister, who has denied the allegations, resigned on Friday'],
    ['The minister resigned', 'The minister resigned after denying the reports'],
    ['The student founded a company', 'The student dropped out of college and founded a company'],
    ['He joined the campaign', 'He quit his job and joined the campaign'],
    ['The deal was done', 'He laughed off the question and said the deal was done'],
    ['There will be a deal', 'Nobody doubts there will be a deal'],
    ['The captain was killed', 'The survivors, who are alive, said the captain was killed'],
    ['The caller was arrested', 'The hoax caller was arrested'],
    ['An alarm caused the evacuation', 'A false alarm caused the evacuation'],
    ['The lawsuit was filed in May', 'The court dismissed the lawsuit'],
    ['He left school at 16', 'He dropped out of school at 16'],
    ['She gave up smoking last year', 'She quit smoking last year'],
    ['The ferry left the harbour at dawn', 'The ferry pulled out of the harbour at dawn'],
    ['The firm does not have the money to expand', 'The firm lacks the funds to expand'],
    ['The judge refused him bail', 'He was denied bail'],
    ['The vote was close', 'No one denied that the vote was close'],
    ['The plan carries risks', 'The plan is not without risks'],
    ['The movie parodies spy films', 'The film is a parody of spy movies'],
    ['The passport was a forgery', 'The passport was fake'],
    ['Storms often hit in June', 'It is not uncommon for storms to hit in June'],
    ['The talks ended with no deal', 'The talks ended without agreement'],
    ['Mia Stone accused the director of theft', 'Mia Stone did not call the theft charge a hoax'],
    ['The video shows a whale in the harbour', 'Experts do not think the whale video in the harbour is fake'],
    ['The video shows a whale in the harbour', 'Experts do not say it is fake: the video shows a whale in the harbour'],
    ['The minister passed on the news to the press', 'The minister passes on the news to reporters'],
    ['The heating was turned down in the hall', 'Staff turn down the heating in the hall'],
    ['The figures were published on Monday', 'The minister said the figures were false'],
    ['Britain will leave the union', 'Britain exits the union'],
    ['The chief executive will leave the bank', 'Chief executive quits the bank'],
    ['The governor will run for president', 'The governor passed on the message that he will run for president'],
    ['The pilot will dim the cabin lights', 'The pilot turned down the cabin lights'],
  ])('%j ~ %j', (a, b) => {
    expect(diffClaims(a, b).relation).not.toBe('contradict');
  });

  it('leaves unrelated denials alone', () => {
    expect(diffClaims('Wheat prices rose in March', 'The minister denies visiting Kabul').relation).toBe('differ');
  });
});

describe('diffClaims reads the stance word lists through the wordLists option', () => {
  const isStance = (diff: ClaimDiff): boolean => diff.relation === 'contradict' && diff.segments.some((s) => s.reasons.includes('stance'));

  // Each pair contradicts by stance only through the emptied list, so the verdict shows the
  // list is read from the option: without it "Hoax" before a noun describes the noun ("fake
  // nose"), "alive" denies no death, and "no she wasn't" is two negations that cancel.
  it.each([
    ['deceptionNouns', { deceptionNouns: new Set<string>() }, 'The mayor was arrested in Lisbon', 'Hoax mayor arrested in Lisbon tale fools the web'],
    ['lifeWords', { lifeWords: new Set<string>() }, 'The rebel fighter Dana Kurt was killed in an ambush', 'Rebel fighter Dana Kurt alive and well, say her comrades'],
    ['deathWords', { deathWords: new Set<string>() }, 'The rebel fighter Dana Kurt was killed in an ambush', 'Rebel fighter Dana Kurt alive and well, say her comrades'],
    ['denialPhrases', { denialPhrases: [] }, 'The bank will close its Lisbon branch', 'Bank rules out closing Lisbon branch'],
    ['claimReports', { claimReports: new Set<string>() }, 'The painter Marta Solis was arrested', 'Police deny the reports. Marta Solis was arrested'],
    ['answerPronouns', { answerPronouns: new Set<string>() }, 'Marta Solis helped rescue the stranded hikers', "Marta Solis was one of the hikers' rescuers no she wasn't"],
  ] as [string, Partial<WordLists>, string, string][])('an empty %s turns its rule off', (_field, override, a, b) => {
    expect(isStance(diffClaims(a, b))).toBe(true);
    expect(isStance(diffClaims(a, b, { wordLists: { ...defaultWordLists(), ...override } }))).toBe(false);
  });

  it('reads a withdrawal the stating side restates only through departureVerbs', () => {
    const a = 'The chief executive will leave the bank';
    const b = 'Chief executive quits the bank';
    expect(diffClaims(a, b).relation).not.toBe('contradict');
    expect(isStance(diffClaims(a, b, { wordLists: { ...defaultWordLists(), departureVerbs: new Set() } }))).toBe(true);
  });

  it('reads a concession only through concessionVerbs', () => {
    const a = 'The ministry threatened to fine the striking nurses';
    const b = 'Ministry denies threatening nurses but admits it warned them of fines';
    expect(diffClaims(a, b).relation).not.toBe('contradict');
    expect(isStance(diffClaims(a, b, { wordLists: { ...defaultWordLists(), concessionVerbs: new Set() } }))).toBe(true);
  });
});

describe('stanceCheck', () => {
  it('reports the denial cue on the denying side only, reason stance, with its kind’s confidence', () => {
    const pair = examinePair('Banksy was arrested in London', 'Police deny that Banksy was arrested in London', {});
    expect(pair.evidence.find((e) => e.check === 'stance')).toMatchObject({ a: [], b: [[1, 2]], reason: 'stance', strength: STANCE_CONFIDENCE.deny });
    expect(pair.verdict).toMatchObject({ relation: 'contradict', confidence: STANCE_CONFIDENCE.deny });
  });
});

describe('diffClaims reads a denial against a denial as no contradiction', () => {
  it.each<[string, string]>([
    ['The spokesman said that such reports are not true', 'The spokesman denied the reports'],
    ['The ministry said the figures were a fiction', 'The ministry said the figures were fallacious'],
    ['The spokesman denied the reports', 'The spokesman said the reports were untrue'],
  ])('%j ~ %j: both deny, neither contradicts the other', (a, b) => {
    expect(examinePair(a, b, {}).evidence.map((e) => e.check)).not.toContain('stance');
    expect(diffClaims(a, b).relation).not.toBe('contradict');
  });
});
