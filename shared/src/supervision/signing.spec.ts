import { awaitingParty, signingRefusal, type NoteSigningOrder, type SigningState } from './signing';

const state = (finalized: boolean, supervisorSigned: boolean, unsigned: string[] = []): SigningState => ({
  finalized, supervisorSigned, superviseesUnsigned: unsigned, supervisorName: 'Sam',
});

describe('signingRefusal', () => {
  it.each([
    // order, party, step, finalized, supervisorSigned, unsigned → allowed?
    ['SUPERVISEES_FIRST', 'SUPERVISEE', 'SIGN', false, false, ['Grace'], /still writing/],
    ['SUPERVISEES_FIRST', 'SUPERVISEE', 'SIGN', true, false, ['Grace'], null],
    ['SUPERVISEES_FIRST', 'SUPERVISEE', 'FINALIZE', false, false, ['Grace'], /Only the supervisor/],
    ['SUPERVISEES_FIRST', 'SUPERVISOR', 'FINALIZE', false, false, ['Grace'], null],
    ['SUPERVISEES_FIRST', 'SUPERVISOR', 'FINALIZE', true, false, ['Grace'], /already finalised/],
    ['SUPERVISEES_FIRST', 'SUPERVISOR', 'SIGN', false, false, ['Grace'], /Finalise the note first/],
    ['SUPERVISEES_FIRST', 'SUPERVISOR', 'SIGN', true, false, ['Grace'], /after Grace has reflected/],
    ['SUPERVISEES_FIRST', 'SUPERVISOR', 'SIGN', true, false, ['Ana', 'Bo', 'Grace'], /after Ana, Bo and Grace have/],
    ['SUPERVISEES_FIRST', 'SUPERVISOR', 'SIGN', true, false, [], null],
    ['SUPERVISEES_FIRST', 'SUPERVISOR', 'SIGN', true, true, [], /already signed/],
    ['EITHER', 'SUPERVISOR', 'SIGN', false, false, ['Grace'], null],
    ['EITHER', 'SUPERVISOR', 'SIGN', true, false, ['Grace'], null],
    ['EITHER', 'SUPERVISEE', 'SIGN', false, false, ['Grace'], /still writing/],
    ['EITHER', 'SUPERVISEE', 'SIGN', true, true, ['Grace'], null],
  ] as const)('%s: %s %s (finalised %s, supervisor signed %s, waiting %j)', (order, party, step, finalized, signed, unsigned, want) => {
    const got = signingRefusal(order, party, step, state(finalized, signed, [...unsigned]));
    if (want === null) expect(got).toBeNull();
    else expect(got).toMatch(want);
  });
});

describe('awaitingParty', () => {
  it.each([
    ['SUPERVISEES_FIRST', false, false, ['G'], 'SUPERVISOR'],
    ['SUPERVISEES_FIRST', true, false, ['G'], 'SUPERVISEES'],
    ['SUPERVISEES_FIRST', true, false, [], 'SUPERVISOR'],
    ['SUPERVISEES_FIRST', true, true, [], null],
    ['EITHER', true, false, ['G'], 'SUPERVISOR'],
    ['EITHER', true, true, ['G'], 'SUPERVISEES'],
  ] as [NoteSigningOrder, boolean, boolean, string[], string | null][])('%s finalised %s signed %s waiting %j → %s', (order, finalized, supervisorSigned, unsigned, want) => {
    expect(awaitingParty(order, { finalized, supervisorSigned, superviseesUnsigned: unsigned })).toBe(want);
  });
});
