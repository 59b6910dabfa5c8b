import { describe, expect, it } from 'vitest';
import { transition, type MatchAction, type MatchState } from './matches.workflow';

const at = '2026-11-27T08:00:00.000Z';
const state = (
  status: MatchState['status'],
  d: string | null = null,
  c: string | null = null,
): MatchState => ({
  status,
  acceptedByDemander: d,
  acceptedByCandidate: c,
});
const accept = (side: 'demander' | 'candidate'): MatchAction => ({
  type: 'respond',
  side,
  decision: 'accept',
});
const decline = (side: 'demander' | 'candidate'): MatchAction => ({
  type: 'respond',
  side,
  decision: 'decline',
});

describe('the match state machine', () => {
  it.each([
    [
      'the first acceptance keeps it introduced',
      state('introduced'),
      accept('candidate'),
      'introduced',
      'accepted_by_candidate',
    ],
    [
      'the second acceptance makes it accepted',
      state('introduced', at),
      accept('candidate'),
      'accepted',
      'accepted_by_candidate',
    ],
    ['a decline closes it', state('introduced', at), decline('candidate'), 'closed', 'declined_by_candidate'],
    [
      'accepted leads to negotiating',
      state('accepted', at, at),
      { type: 'negotiate' },
      'negotiating',
      'negotiating',
    ],
    [
      'negotiating leads to partnered',
      state('negotiating', at, at),
      { type: 'partner' },
      'partnered',
      'partnered',
    ],
    ['any open match may be closed', state('accepted', at, at), { type: 'close' }, 'closed', 'closed'],
  ] as const)('%s', (_name, s, a, status, step) => {
    expect(transition(s, a as MatchAction)).toMatchObject({ ok: true, status, step });
  });

  it.each([
    ['answering twice', state('introduced', at), accept('demander'), 'match.already_accepted'],
    [
      'answering once both accepted',
      state('accepted', at, at),
      decline('candidate'),
      'match.already_answered',
    ],
    [
      'answering before the introduction',
      state('recommended'),
      accept('candidate'),
      'match.illegal_transition',
    ],
    [
      'negotiating before both accepted',
      state('introduced', at),
      { type: 'negotiate' },
      'match.illegal_transition',
    ],
    [
      'partnering without negotiating',
      state('accepted', at, at),
      { type: 'partner' },
      'match.illegal_transition',
    ],
    ['changing a partnered match', state('partnered', at, at), { type: 'close' }, 'match.finished'],
    ['changing a closed match', state('closed'), accept('candidate'), 'match.finished'],
  ] as const)('refuses %s, saying why in zh and en', (_name, s, a, code) => {
    const t = transition(s, a);
    expect(t.ok).toBe(false);
    if (!t.ok) {
      expect(t.reason.code).toBe(code);
      expect(t.reason.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(t.reason.en).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});
