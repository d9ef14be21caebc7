import { useState } from 'react';
import { Select } from '../../components/ui/select';
import { todayIso } from '../../lib/format';
import { quarterOptions, reviewPacketHref } from './review-packet';

export interface ReviewPacketCardProps {
  /** Programmes the viewer manages (or all, for an admin). */
  programs: { id: string; name: string }[];
  /** The dashboard's programme filter, when one is chosen. */
  programId: string | null;
}

/**
 * The quarterly fidelity review packet: a PDF for a board or funder, built by the API from the same figures as this
 * dashboard (cover, contents, key figures, heat map, a control chart and narrative per team, supervision, actions).
 */
export function ReviewPacketCard({ programs, programId }: ReviewPacketCardProps) {
  const quarters = quarterOptions(todayIso());
  const [program, setProgram] = useState<string>(programId ?? programs[0]?.id ?? '');
  const [period, setPeriod] = useState<string>(quarters[1]!.value);
  const chosen = quarters.find((q) => q.value === period) ?? quarters[1]!;
  const programName = programs.find((p) => p.id === program)?.name;
  if (!programs.length) return null;
  return (
    <section className="card review-packet" aria-labelledby="review-packet-title">
      <div className="review-packet__text">
        <h2 id="review-packet-title" className="dashboard__section-title">
          Quarterly review packet
        </h2>
        <p className="muted">A PDF for a board or funder: key figures, the heat map, each team’s control chart with its signals in words, supervision and actions.</p>
      </div>
      <div className="review-packet__form">
        {programs.length > 1 ? (
          <Select label="Programme" value={program} options={programs.map((p) => ({ value: p.id, label: p.name }))} onChange={(e) => setProgram(e.target.value)} />
        ) : null}
        <Select label="Quarter" value={period} options={quarters.map((q) => ({ value: q.value, label: q.label }))} onChange={(e) => setPeriod(e.target.value)} />
        <a className="btn btn--primary review-packet__download" href={reviewPacketHref(program, chosen)} download>
          Download PDF<span className="visually-hidden"> for {programName}, {chosen.label}</span>
        </a>
      </div>
    </section>
  );
}
