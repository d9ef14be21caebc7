import { formatFigure, formatFigureWithUnit, ratingAsFigure } from '@tandem/shared';
import type { BadgeTone } from '../../components/ui/badge';
import type { RaterType } from '../../gql/graphql';
import { formatDate, formatTimeOfDay } from '../../lib/format';

/** Who rated, from the point of view of the person rated. */
export function raterLabel(raterType: RaterType, raterName?: string | null, viewerIsRater = false): string {
  switch (raterType) {
    case 'SELF':
      return viewerIsRater ? 'You (self-assessment)' : 'Self-assessment';
    case 'SUPERVISOR':
      return viewerIsRater ? 'You (observation rating)' : raterName ? `Supervisor · ${raterName}` : 'Supervisor';
    case 'PERSON_SERVED':
      return 'Someone supported';
    case 'REVIEWER':
      return raterName ? `Reviewer · ${raterName}` : 'Reviewer';
    default:
      return raterType;
  }
}

/** A checklist's name as a heading. */
export function checklistTitle(raterType: RaterType, subjectName: string, viewerIsSubject: boolean): string {
  switch (raterType) {
    case 'SELF':
      return viewerIsSubject ? 'Your self-assessment' : `${subjectName}’s self-assessment`;
    case 'SUPERVISOR':
      return viewerIsSubject ? 'Your supervisor’s observation rating' : `Observation rating of ${subjectName}`;
    case 'PERSON_SERVED':
      return viewerIsSubject ? 'Feedback from someone you support' : `Feedback about ${subjectName}`;
    case 'REVIEWER':
      return `Review of ${subjectName}’s practice`;
    default:
      return 'Checklist';
  }
}

/** Due status in kind words: a date to plan around, never a reprimand. */
export function dueWording(status: string, dueDate: string): { badge: string; tone: BadgeTone } {
  switch (status) {
    case 'OVERDUE':
      return { badge: `Ready when you are · was due ${formatDate(dueDate)}`, tone: 'warning' };
    case 'DUE':
      return { badge: `Due by ${formatDate(dueDate)}`, tone: 'info' };
    default:
      return { badge: `Coming up · ${formatDate(dueDate)}`, tone: 'neutral' };
  }
}

export interface BandInfo {
  label: string;
  tone: BadgeTone;
  /** The band in plain words. */
  meaning: string;
}

/** HIGH ≥ 4.0, MODERATE 3.0–3.99, LOW < 3.0 — said as where practice is, not as a grade. */
export function bandInfo(band: string | null | undefined): BandInfo | null {
  switch (band) {
    case 'HIGH':
      return {
        label: 'High',
        tone: 'success',
        meaning: 'Mutual, person-led practice shows up most of the time. Notice what makes that possible and keep it going.',
      };
    case 'MODERATE':
      return {
        label: 'Moderate',
        tone: 'info',
        meaning: 'Mutual practice is there much of the time, with a few clear places to grow.',
      };
    case 'LOW':
      return {
        label: 'Low',
        tone: 'warning',
        meaning:
          'Several parts of mutual practice are harder right now. That is worth exploring together in supervision — it often says as much about working conditions as about the person.',
      };
    default:
      return null;
  }
}

/**
 * A checklist's index or dimension score (scored on 1–5) as people see it: on 0–100, one decimal, through the metric
 * catalogue's conversion. 1–5 is only for answering an item.
 */
export function formatScore(score: number | null | undefined): string {
  return formatFigure('MFI', ratingAsFigure(score));
}

/**
 * A checklist's Mutuality Fidelity Index as a figure on 0–100: the stored 0–100 value (computed from the unrounded
 * score), never the 2-decimal 1–5 value converted again, which can differ by a tenth (4.38 → 84.5 where the figure is 84.4).
 */
export function formatChecklistIndex(c: { mutualityIndex: number | null | undefined; mutualityIndex100?: number | null }): string {
  return formatFigure('MFI', c.mutualityIndex100 ?? ratingAsFigure(c.mutualityIndex));
}

/** The Mutuality Fidelity Index as one figure on 0–100 ("55.3/100"); the stored 0–100 value when there is one. */
export function formatIndex(mfi: number | null | undefined, mfi100?: number | null): string {
  if (mfi === null || mfi === undefined) return '—';
  return formatFigureWithUnit('MFI', mfi100 ?? ratingAsFigure(mfi));
}

export function formatTime(date: Date): string {
  return formatTimeOfDay(date);
}
