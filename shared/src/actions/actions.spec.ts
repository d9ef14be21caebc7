import { isActionOverdue, parseSignalId } from './actions';

const TEAM = '0b6f3c1e-5a7d-4c2e-9f10-1234567890ab';

describe('actions rules', () => {
  it('calls an open action overdue only after its due day', () => {
    expect(isActionOverdue('OPEN', '2026-03-01', '2026-03-01')).toBe(false);
    expect(isActionOverdue('OPEN', '2026-03-01', '2026-03-02')).toBe(true);
    expect(isActionOverdue('DONE', '2026-03-01', '2026-03-02')).toBe(false);
    expect(isActionOverdue('OPEN', null, '2026-03-02')).toBe(false);
  });

  it('reads a dashboard signal id, dimension metrics included', () => {
    expect(parseSignalId(`${TEAM}:SELF:MDI:2026-06:CUSUM`)).toEqual({ teamId: TEAM, raterTypes: ['SELF'], metric: 'MDI', period: '2026-06', rule: 'CUSUM' });
    expect(parseSignalId(`${TEAM}:SELF+SUPERVISOR:DIM:D3:2026-W07:SHEWHART_3SIGMA`)).toMatchObject({ metric: 'DIM:D3', period: '2026-W07', raterTypes: ['SELF', 'SUPERVISOR'] });
  });

  it('refuses ids it cannot read', () => {
    expect(parseSignalId('not-a-signal')).toBeNull();
    expect(parseSignalId(`${TEAM}:SELF:XYZ:2026-06:CUSUM`)).toBeNull();
    expect(parseSignalId(`${TEAM}:SELF:MFI:June:CUSUM`)).toBeNull();
    expect(parseSignalId(`person:SELF:MFI:2026-06:CUSUM`)).toBeNull();
  });
});
