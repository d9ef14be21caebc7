import { MIN_PERSON_SERVED_RESPONSES, personServedCellFilter, personServedCellWhere } from './person-served-policy';

describe('the person-served cell filter', () => {
  it('says the same in both spellings: positional for raw SQL, named for a query builder', () => {
    const metrics = ['MFI', 'ODI'];
    const positional = personServedCellFilter(4, metrics);
    const named = personServedCellWhere(metrics);
    expect(named.sql.replace(':psMinResponses', '$4').replace(':psMetrics', '$5')).toBe(positional.sql);
    expect([named.params.psMinResponses, named.params.psMetrics]).toEqual(positional.params);
    expect(named.params).toEqual({ psMinResponses: MIN_PERSON_SERVED_RESPONSES, psMetrics: metrics });
  });
});
