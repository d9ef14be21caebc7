import { TeamOptionsQueryDocument as TeamOptions } from '../features/teams/teams.graphql';
import { answer, gqlError, stubGraphQL } from '../test/graphql-stub';
import { ApiError, isClientError, request } from './graphql-client';

describe('request', () => {
  it('posts the operation as JSON with the session cookie and returns data', async () => {
    const api = stubGraphQL({ TeamOptions: () => answer(TeamOptions, { programs: [], teams: [{ id: 't1', name: 'Northside', programId: 'p1' }] }) });
    await expect(request(TeamOptions)).resolves.toEqual({ programs: [], teams: [{ id: 't1', name: 'Northside', programId: 'p1' }] });
    const [url, init] = api.fetchStub.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' } });
    expect(api.calls[0]?.query).toContain('query TeamOptions');
  });

  it('throws ApiError with the code, message and request id', async () => {
    stubGraphQL({ TeamOptions: () => gqlError('FORBIDDEN', 'You do not have permission to do this') });
    const error = await request(TeamOptions).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'FORBIDDEN', message: 'You do not have permission to do this', requestId: 'req-test-1' });
    expect(isClientError(error)).toBe(true);
  });

  it('turns a network failure into a readable NETWORK_ERROR that may be retried', async () => {
    globalThis.fetch = jest.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    const error = await request(TeamOptions).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', message: expect.stringContaining('could not be reached') });
    expect(isClientError(error)).toBe(false);
  });
});
