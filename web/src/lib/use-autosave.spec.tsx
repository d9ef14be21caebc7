import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SaveStatus } from '../components/ui/save-status';
import { ApiError } from './graphql-client';
import { useAutosave, type Autosave } from './use-autosave';

interface Fields {
  title: string;
  body: string;
}

interface Sent {
  values: Fields;
  changed: (keyof Fields)[];
}

/** A save endpoint the test answers by hand: every call waits until the test resolves or rejects it. */
function controlledSave() {
  const calls: { sent: Sent; resolve: (version: number) => void; reject: (error: unknown) => void }[] = [];
  const save = (values: Fields, changed: (keyof Fields)[]) =>
    new Promise<number>((resolve, reject) => calls.push({ sent: { values: { ...values }, changed: [...changed] }, resolve, reject }));
  return { calls, save };
}

let latest: Autosave<Fields> | null = null;

function Form({ save, retryMs = 30 }: { save: (values: Fields, changed: (keyof Fields)[]) => Promise<number>; retryMs?: number }) {
  const autosave = useAutosave<Fields, number>({ initial: () => ({ title: 'Draft', body: '' }), save, debounceMs: 400, retryMs });
  latest = autosave;
  return (
    <form>
      <label>
        Title
        <input value={autosave.values.title} onChange={(e) => autosave.set('title', e.target.value)} onBlur={() => void autosave.flush()} />
      </label>
      <label>
        Body
        <textarea value={autosave.values.body} onChange={(e) => autosave.set('body', e.target.value, 5_000)} onBlur={() => void autosave.flush()} />
      </label>
      <SaveStatus status={autosave.status} />
    </form>
  );
}

function renderForm(save: (values: Fields, changed: (keyof Fields)[]) => Promise<number>) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  const view = render(
    <QueryClientProvider client={client}>
      <Form save={save} />
    </QueryClientProvider>,
  );
  return { ...view, user: userEvent.setup() };
}

const status = () => screen.getByRole('status').textContent;

describe('useAutosave', () => {
  afterEach(() => {
    latest = null;
  });

  it('says it saves as you write, saves the changed field after a pause, then says when it was saved', async () => {
    const api = controlledSave();
    const { user } = renderForm(api.save);
    expect(status()).toBe('Saves as you write');
    await user.type(screen.getByRole('textbox', { name: 'Title' }), ' one');
    expect(status()).toBe('Saving…');
    await waitFor(() => expect(api.calls).toHaveLength(1));
    // One save for the whole burst of typing, with only the field that changed.
    expect(api.calls[0]!.sent).toEqual({ values: { title: 'Draft one', body: '' }, changed: ['title'] });
    expect(status()).toBe('Saving…');
    await act(async () => api.calls[0]!.resolve(2));
    expect(status()).toMatch(/^Saved \d{2}:\d{2}$/);
    expect(latest!.unsaved().size).toBe(0);
  });

  it('retries a failed save with back-off through the mutation, saying so, and flush reports the failure at once', async () => {
    const api = controlledSave();
    const { user } = renderForm(api.save);
    await user.type(screen.getByRole('textbox', { name: 'Title' }), '!');
    await waitFor(() => expect(api.calls).toHaveLength(1));
    const flushed = latest!.flush();
    await act(async () => api.calls[0]!.reject(new ApiError('NETWORK_ERROR', 'The server could not be reached')));
    expect(await screen.findByText('Couldn’t save — retrying')).toBeInTheDocument();
    await expect(flushed).resolves.toBe(false);
    // TanStack Query sends the same save again after the back-off; the edit is still there.
    await waitFor(() => expect(api.calls).toHaveLength(2));
    expect(api.calls[1]!.sent).toEqual(api.calls[0]!.sent);
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Draft!');
    await act(async () => api.calls[1]!.resolve(2));
    await waitFor(() => expect(status()).toMatch(/^Saved \d{2}:\d{2}$/));
    expect(api.calls).toHaveLength(2);
  });

  it('does not retry what the person has to fix, and shows the server’s reason', async () => {
    const api = controlledSave();
    const { user } = renderForm(api.save);
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'x');
    await waitFor(() => expect(api.calls).toHaveLength(1));
    await act(async () => api.calls[0]!.reject(new ApiError('BAD_USER_INPUT', 'The title is too long.')));
    expect(await screen.findByText('Not saved: The title is too long.')).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 150));
    expect(api.calls).toHaveLength(1);
    expect(latest!.unsaved()).toEqual(new Set(['title']));
  });

  it('loses no edit typed while a save is in flight: it follows in the next round, and “Saved” waits for it', async () => {
    const api = controlledSave();
    const { user } = renderForm(api.save);
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.type(title, ' A');
    await waitFor(() => expect(api.calls).toHaveLength(1));
    await user.type(title, 'B');
    await act(async () => api.calls[0]!.resolve(2));
    expect(status()).toBe('Saving…');
    await waitFor(() => expect(api.calls).toHaveLength(2));
    expect(api.calls[1]!.sent).toEqual({ values: { title: 'Draft AB', body: '' }, changed: ['title'] });
    await act(async () => api.calls[1]!.resolve(3));
    await waitFor(() => expect(status()).toMatch(/^Saved /));
    expect(title).toHaveValue('Draft AB');
    expect(latest!.unsaved().size).toBe(0);
  });

  it('saves at once when the field loses focus, and what is pending when the form goes away', async () => {
    const api = controlledSave();
    const { user, unmount } = renderForm(api.save);
    // The body waits 5 s after typing; leaving the field saves now.
    await user.type(screen.getByRole('textbox', { name: 'Body' }), 'Notes');
    await user.tab();
    await waitFor(() => expect(api.calls).toHaveLength(1));
    expect(api.calls[0]!.sent.changed).toEqual(['body']);
    await act(async () => api.calls[0]!.resolve(2));

    await user.type(screen.getByRole('textbox', { name: 'Body' }), ' more');
    unmount();
    await waitFor(() => expect(api.calls).toHaveLength(2));
    expect(api.calls[1]!.sent).toEqual({ values: { title: 'Draft', body: 'Notes more' }, changed: ['body'] });
  });
});
