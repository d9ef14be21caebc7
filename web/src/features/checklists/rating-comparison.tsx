import { compareSelfOthers, DAY_MS, type InstrumentDefinition, ratingAsFigure, selfOthersSentence } from '@tandem/shared';
import { Link } from 'react-router-dom';
import { Table } from '../../components/ui/table';
import { formatDate } from '../../lib/format';
import { formatChecklistIndex, formatScore } from './checklist-wording';
import { useChecklistList, type ChecklistDetail } from './use-checklists';
import { clock } from '../../lib/clock';

const WINDOW_DAYS = 90;

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * A self-assessment beside the supervisor's observation rating of the same person from a similar time (within three
 * months), per dimension. Rater types are never pooled: they sit side by side.
 */
export function RatingComparison({ checklist, def }: { checklist: ChecklistDetail; def: InstrumentDefinition }) {
  const other = checklist.raterType === 'SELF' ? 'SUPERVISOR' : checklist.raterType === 'SUPERVISOR' ? 'SELF' : null;
  const at = checklist.submittedAt ? new Date(checklist.submittedAt).getTime() : clock.nowMs();
  const list = useChecklistList(
    { subjectId: checklist.subjectId, raterType: other ?? 'SELF', status: 'SUBMITTED', from: isoDay(at - WINDOW_DAYS * DAY_MS), to: isoDay(at + WINDOW_DAYS * DAY_MS) },
    20,
    { enabled: other !== null },
  );
  if (other === null || list.isPending || list.isError) return null;
  const closest = [...list.data.items]
    .filter((c) => c.id !== checklist.id && c.submittedAt)
    .sort((a, b) => Math.abs(new Date(a.submittedAt!).getTime() - at) - Math.abs(new Date(b.submittedAt!).getTime() - at))[0];
  const self = checklist.raterType === 'SELF' ? checklist : closest;
  const supervisor = checklist.raterType === 'SUPERVISOR' ? checklist : closest;
  const titles = new Map(def.dimensions.map((d) => [d.code as string, d.shortTitle]));
  const scoreIn = (c: typeof closest, code: string) => c?.scores.find((s) => s.dimensionCode === code)?.score ?? null;
  const codes = checklist.scores.map((s) => s.dimensionCode).filter((code) => def.dimensions.find((d) => d.code === code)?.inIndex);

  return (
    <section className="card" aria-labelledby="result-compare">
      <h2 id="result-compare">Self-assessment and supervisor’s view</h2>
      {!closest ? (
        <p className="muted">
          {other === 'SUPERVISOR'
            ? 'There is no observation rating by the supervisor within three months of this one to set beside it yet.'
            : 'There is no self-assessment within three months of this rating to set beside it yet.'}
        </p>
      ) : (
        <>
          <p className="muted">
            {selfOthersSentence(compareSelfOthers(codes.map((code) => ({ self: ratingAsFigure(scoreIn(self, code)), others: ratingAsFigure(scoreIn(supervisor, code)) }))), 'the supervisor’s')}{' '}
            A gap is a good conversation starter, not a verdict.
          </p>
          <Table caption="Self-assessment and supervisor’s rating by dimension">
            <thead>
              <tr>
                <th scope="col">Dimension</th>
                <th scope="col">
                  Self{self?.submittedAt ? <span className="muted small"> · {formatDate(self.submittedAt)}</span> : null}
                </th>
                <th scope="col">
                  Supervisor{supervisor?.submittedAt ? <span className="muted small"> · {formatDate(supervisor.submittedAt)}</span> : null}
                </th>
              </tr>
            </thead>
            <tbody>
              {codes.map((code) => (
                <tr key={code}>
                  <th scope="row">{titles.get(code) ?? code}</th>
                  <td>{formatScore(scoreIn(self, code))}</td>
                  <td>{formatScore(scoreIn(supervisor, code))}</td>
                </tr>
              ))}
              <tr className="table__total">
                <th scope="row">Mutuality Fidelity Index</th>
                <td>{self ? formatChecklistIndex(self) : formatScore(null)}</td>
                <td>{supervisor ? formatChecklistIndex(supervisor) : formatScore(null)}</td>
              </tr>
            </tbody>
          </Table>
          <p className="small">
            <Link to={`/checklists/${closest.id}`}>Open the {other === 'SUPERVISOR' ? 'supervisor’s rating' : 'self-assessment'}</Link>
          </p>
        </>
      )}
    </section>
  );
}
