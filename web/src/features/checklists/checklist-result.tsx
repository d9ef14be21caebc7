import { toHundred } from '@tandem/shared';
import type { InstrumentDefinition, InstrumentDimension, RaterType } from '@tandem/shared';
import { Badge } from '../../components/ui/badge';
import { bandInfo, formatIndex, formatScore } from './checklist-wording';
import { RatingComparison } from './rating-comparison';
import { AnswersList, ReflectionTopics, RevisionHistory } from './result-sections';
import type { ChecklistDetail } from './use-checklists';

type Score = ChecklistDetail['scores'][number];

/** A score (scored on 1–5) as a bar on 0–100; the number beside it carries the meaning. */
function ScoreBar({ score }: { score: number | null }) {
  const percent = score === null ? 0 : toHundred(score);
  return (
    <span className="score-bar" aria-hidden="true">
      <span className="score-bar__fill" style={{ width: `${Math.max(2, percent)}%` }} />
    </span>
  );
}

function DimensionRow({ dimension, score }: { dimension: InstrumentDimension; score: Score }) {
  return (
    <li className="dimension-score">
      <div className="dimension-score__head">
        <span className="dimension-score__title">{dimension.title}</span>
        <span className="dimension-score__value">
          {score.score === null ? <span className="muted small">not enough rated answers</span> : <>{formatScore(score.score)}<span className="muted small">/100</span></>}
        </span>
      </div>
      <ScoreBar score={score.score} />
    </li>
  );
}

/** Where practice stands: the index and band in plain words, strengths first, then where to grow next. */
export function ChecklistResult({ checklist, def, viewerId }: { checklist: ChecklistDetail; def: InstrumentDefinition; viewerId: string }) {
  const raterType = checklist.raterType as RaterType;
  const band = bandInfo(checklist.band);
  const byCode = new Map(def.dimensions.map((d) => [d.code as string, d]));
  const scored = checklist.scores.flatMap((s) => {
    const dimension = byCode.get(s.dimensionCode);
    return dimension ? [{ dimension, score: s }] : [];
  });
  const inIndex = scored.filter((s) => s.dimension.inIndex);
  const context = scored.filter((s) => !s.dimension.inIndex);
  const growth = new Set(checklist.developmentAreas);
  const rated = inIndex.filter((s) => s.score.score !== null && !growth.has(s.dimension.code));
  const strongest = rated.filter((s) => s.score.score! >= 4);
  const strengths = strongest.length ? strongest : [...rated].sort((a, b) => b.score.score! - a.score.score!).slice(0, 2);
  const growing = inIndex.filter((s) => growth.has(s.dimension.code));
  const viewerIsSubject = checklist.subjectId === viewerId;
  const you = viewerIsSubject && raterType === 'SELF';

  return (
    <div className="stack result">
      <section className="card result__index" aria-labelledby="result-index">
        <h2 id="result-index">Mutuality Fidelity Index</h2>
        {checklist.mutualityIndex === null ? (
          <p>
            There weren’t enough rated answers in every dimension to work out the index this time. The dimension scores below
            still show where practice stands.
          </p>
        ) : (
          <>
            <p className="result__index-value">
              <strong>{formatIndex(checklist.mutualityIndex, checklist.mutualityIndex100)}</strong>
              {band ? <Badge tone={band.tone}>{band.label}</Badge> : null}
            </p>
            {band ? <p>{band.meaning}</p> : null}
            <p className="muted small">
              The index is the average of the six practice dimensions, shown from 0 to 100 (each answer runs from 1, rarely, to 5,
              almost always; items describing drift count the other way round). 75 and above is high, 50 to 74.9 moderate, below
              50 low. It is data for reflection, not a grade.
            </p>
          </>
        )}
      </section>

      <div className="grid-2">
        <section className="card" aria-labelledby="result-strengths">
          <h2 id="result-strengths">What’s going well</h2>
          {strengths.length === 0 ? (
            <p className="muted">Once more dimensions have enough answers, their strengths will show here.</p>
          ) : (
            <ul className="plain-list result__texts">
              {strengths.map(({ dimension, score }) => (
                <li key={dimension.code}>
                  <p className="result__text-title">
                    {dimension.title} <span className="muted small">· {formatScore(score.score)}</span>
                  </p>
                  <p>{dimension.strengthText}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="result-growth">
          <h2 id="result-growth">Where to grow next</h2>
          {growing.length === 0 ? (
            <p className="muted">No dimension is below 3.0 this time. Pick any dimension you’d like to deepen and talk it over in supervision.</p>
          ) : (
            <ul className="plain-list result__texts">
              {growing.map(({ dimension, score }) => (
                <li key={dimension.code}>
                  <p className="result__text-title">
                    {dimension.title} <span className="muted small">· {formatScore(score.score)}</span>
                  </p>
                  <p>{dimension.growthText}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section className="card" aria-labelledby="result-dimensions">
        <h2 id="result-dimensions">Each dimension</h2>
        <ul className="plain-list dimension-scores">
          {inIndex.map(({ dimension, score }) => (
            <DimensionRow key={dimension.code} dimension={dimension} score={score} />
          ))}
        </ul>
        {context.map(({ dimension, score }) => (
          <div key={dimension.code} className="result__context">
            <p className="result__text-title">{dimension.title} — not part of the index</p>
            <ul className="plain-list dimension-scores">
              <DimensionRow dimension={dimension} score={score} />
            </ul>
            {score.score !== null ? <p>{score.score >= 3 ? dimension.strengthText : dimension.growthText}</p> : null}
          </div>
        ))}
      </section>

      <ReflectionTopics checklist={checklist} def={def} you={you} />
      <RatingComparison checklist={checklist} def={def} />
      <AnswersList checklist={checklist} def={def} />
      <RevisionHistory checklist={checklist} />
    </div>
  );
}
