import './auth.css';

/** The demo organisation's people (seeded when the server runs with TANDEM_DEMO, the default). */
export const DEMO_LOGINS = [
  { email: 'admin@tandem.demo', role: 'Administrator' },
  { email: 'manager@tandem.demo', role: 'Program manager' },
  { email: 'supervisor@tandem.demo', role: 'Supervisor' },
  { email: 'staff@tandem.demo', role: 'Peer specialist' },
] as const;

export const DEMO_PASSWORD = 'tandem-demo';

/** A quiet hint for people exploring the demo server; choosing an e-mail fills the form. */
export function DemoLogins({ onUse }: { onUse: (email: string, password: string) => void }) {
  return (
    <aside className="demo-panel" aria-labelledby="demo-panel-title">
      <h2 id="demo-panel-title">Trying the demo?</h2>
      <p>
        Sign in as one of these people. The password for each is <code>{DEMO_PASSWORD}</code>.
      </p>
      <ul>
        {DEMO_LOGINS.map((l) => (
          <li key={l.email}>
            <button
              type="button"
              className="demo-panel__use"
              onClick={() => onUse(l.email, DEMO_PASSWORD)}
              aria-label={`Fill in ${l.email} (${l.role})`}
            >
              {l.email}
            </button>
            <span className="demo-panel__role">{l.role}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
