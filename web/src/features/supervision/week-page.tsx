import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Badge } from '../../components/ui/badge';
import { Button, ButtonLink } from '../../components/ui/button';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/spinner';
import type { NoteStep, SupervisorWeekQuery } from '../../gql/graphql';
import { formatDate, todayIso } from '../../lib/format';
import { request } from '../../lib/graphql-client';
import { noteStatusBadge, OCCURRENCE_STATUS, personNames } from './labels';
import { browserTimeZone, formatOccurrenceWhen, formatWeekRange, localDateKey } from './time';
import { supervisionKeys } from './use-supervision';
import { SupervisorWeekQueryDocument } from './week.graphql';
import './supervision.css';

type Week = SupervisorWeekQuery['supervisorWeek'];

const STEP: Record<NoteStep, { label: string; action: string }> = {
  FINALIZE: { label: 'To finalise', action: 'Finalise' },
  COUNTER_SIGN: { label: 'To counter-sign', action: 'Counter-sign' },
  REFLECT_AND_SIGN: { label: 'To reflect on and sign', action: 'Reflect and sign' },
};

const occurrencePath = (id: string) => `/supervision/occurrences/${encodeURIComponent(id)}`;

function Section({ id, title, count, children }: { id: string; title: string; count?: number; children: ReactNode }) {
  return (
    <section className="card week-card" aria-labelledby={id}>
      <h2 id={id} className="card-title">
        {title}
        {count ? <span className="week-card__count"> · {count}</span> : null}
      </h2>
      {children}
    </section>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return <p className="muted">{children}</p>;
}

function WeekSections({ week }: { week: Week }) {
  const today = todayIso();
  return (
    <div className="grid-2 week-grid">
      <Section id="week-sessions" title="Sessions this week" count={week.sessions.length}>
        {week.sessions.length === 0 ? (
          <Empty>
            No sessions this week. <Link to="/supervision">Schedule one from the supervision calendar</Link>.
          </Empty>
        ) : (
          <ul className="plain-list week-list">
            {week.sessions.map((o) => {
              const badge = o.note ? noteStatusBadge(o.note) : OCCURRENCE_STATUS[o.status];
              return (
                <li key={o.id} className="week-item">
                  <Link to={occurrencePath(o.id)}>{formatOccurrenceWhen(o.startsAt, o.endsAt)}</Link>
                  <span className="muted small sv-block">With {personNames(o.supervisees)}</span>
                  <Badge tone={badge.tone}>{badge.label}</Badge>
                </li>
              );
            })}
          </ul>
        )}
      </Section>
      <Section id="week-to-write" title="Notes to write" count={week.notesToWrite.length}>
        {week.notesToWrite.length === 0 ? (
          <Empty>Every session you held in the last 60 days has a note. Notes to write appear here once a session has started.</Empty>
        ) : (
          <ul className="plain-list week-list">
            {week.notesToWrite.map((o) => (
              <li key={o.id} className="week-item">
                <span>
                  {formatOccurrenceWhen(o.startsAt, o.endsAt)}
                  <span className="muted small sv-block">With {personNames(o.supervisees)}</span>
                </span>
                <ButtonLink size="sm" to={occurrencePath(o.id)}>
                  Write the note<span className="visually-hidden"> of the session with {personNames(o.supervisees)}</span>
                </ButtonLink>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="week-awaiting" title="Notes waiting for you" count={week.notesAwaiting.length}>
        {week.notesAwaiting.length === 0 ? (
          <Empty>Nothing to finalise or sign. A note shows here when it needs your finalising, your counter-signature or your reflection.</Empty>
        ) : (
          <ul className="plain-list week-list">
            {week.notesAwaiting.map((n) => (
              <li key={n.noteId} className="week-item">
                <span>
                  Session of {formatDate(localDateKey(n.heldAt))} with {personNames(n.with)}
                  <span className="sv-block">
                    <Badge tone="primary">{STEP[n.step].label}</Badge>
                  </span>
                </span>
                <ButtonLink size="sm" variant="primary" to={occurrencePath(n.occurrenceId)}>
                  {STEP[n.step].action}
                  <span className="visually-hidden"> the note of {formatDate(localDateKey(n.heldAt))} with {personNames(n.with)}</span>
                </ButtonLink>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="week-ratings" title="Observation ratings due" count={week.ratingsDue.length}>
        {week.ratingsDue.length === 0 ? (
          <Empty>No observation ratings due by the end of this week.</Empty>
        ) : (
          <ul className="plain-list week-list">
            {week.ratingsDue.map((r) => (
              <li key={r.subjectId} className="week-item">
                <span>
                  {r.subjectName}
                  <span className="muted small sv-block">{r.status === 'OVERDUE' ? `Was due ${formatDate(r.dueDate)}` : `Due ${formatDate(r.dueDate)}`}</span>
                </span>
                <ButtonLink size="sm" to={r.draftId ? `/checklists/${r.draftId}` : '/checklists/supervisees'}>
                  {r.draftId ? 'Resume' : 'Rate'}
                  <span className="visually-hidden"> {r.subjectName}</span>
                </ButtonLink>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="week-actions" title="Actions due" count={week.actionItemsDue.length}>
        {week.actionItemsDue.length === 0 ? (
          <Empty>No open actions due by the end of this week. Actions agreed in supervision show here as their due date comes near.</Empty>
        ) : (
          <ul className="plain-list week-list">
            {week.actionItemsDue.map((a) => (
              <li key={a.id} className="week-item">
                <span>
                  {a.textVisible ? a.description : 'An action from a private note'}
                  <span className="muted small sv-block">
                    {a.owner.name} · {a.dueOn! < today ? `was due ${formatDate(a.dueOn)}` : `due ${formatDate(a.dueOn)}`}
                  </span>
                </span>
                {a.occurrenceId ? (
                  <Link to={occurrencePath(a.occurrenceId)} className="small">
                    Open the session<span className="visually-hidden"> where “{a.textVisible ? a.description : 'this action'}” was agreed</span>
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}

/** A supervisor's week: sessions, notes to write and to sign, ratings and actions due (Monday to Sunday, in their zone). */
export function WeekPage() {
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get('week') ?? '0');
  const offset = Number.isInteger(raw) && Math.abs(raw) <= 8 ? raw : 0;
  const timeZone = browserTimeZone();
  const query = useQuery({
    queryKey: [...supervisionKeys.all, 'week', timeZone, offset],
    queryFn: () => request(SupervisorWeekQueryDocument, { input: { timeZone, weekOffset: offset } }).then((d) => d.supervisorWeek),
  });
  const go = (next: number) => setParams(next === 0 ? {} : { week: String(next) }, { replace: true });
  const range = query.data ? formatWeekRange(localDateKey(query.data.from)) : '';
  return (
    <>
      <PageHeader
        title="Your week"
        description={query.data ? `${range}, times in ${query.data.timeZone}. What is planned, and what is waiting for you.` : 'What is planned, and what is waiting for you.'}
        breadcrumb={
          <>
            <Link to="/supervision">Supervision</Link> /
          </>
        }
        actions={
          <div className="week-nav" role="group" aria-label="Week">
            <Button size="sm" onClick={() => go(offset - 1)} disabled={offset <= -8}>
              Previous week
            </Button>
            <Button size="sm" onClick={() => go(0)} disabled={offset === 0}>
              This week
            </Button>
            <Button size="sm" onClick={() => go(offset + 1)} disabled={offset >= 8}>
              Next week
            </Button>
          </div>
        }
      />
      {query.isPending ? (
        <div className="card">
          <Skeleton lines={6} label="Loading your week" />
        </div>
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <WeekSections week={query.data} />
      )}
    </>
  );
}
