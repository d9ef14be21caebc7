import { formatFigure, formatFigureWithUnit } from '@tandem/shared';
import type { FidelityReview, ReviewTeam } from '../fidelity-review.types';
import { BAND_WORDS, dayName, monthName, signalClause } from '../fidelity-review.narrative';
import type { ReviewSignal } from '../fidelity-review.types';
import { CHART, chartKey, controlChart, heatMap, supervisionBars, type HeatRow } from './pdf-charts';
import { contentsPagesFor, INK, PdfWriter } from './pdf-writer';
import { simpleTable } from './pdf-table';

const RATER_WORDS: Record<string, string> = { SELF: 'self-assessments', SUPERVISOR: 'supervisor ratings', PERSON_SERVED: 'ratings by people served', REVIEWER: 'reviewer ratings' };

export function periodText(r: Pick<FidelityReview, 'from' | 'to' | 'quarter'>): string {
  const range = `${dayName(r.from)} – ${dayName(r.to)}`;
  return r.quarter ? `${r.quarter} (${range})` : range;
}

function status(team: ReviewTeam): 'alert' | 'watch' | null {
  const worse = team.signals.filter((s) => s.direction === 'worse' && s.inForce);
  return worse.some((s) => s.severity === 'alert') ? 'alert' : worse.length ? 'watch' : null;
}

const sentenceOf = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

function signalMark(s: ReviewSignal): { color: string; marker: string } {
  return {
    color: s.direction === 'better' ? CHART.better : s.severity === 'alert' ? CHART.alert : CHART.watch,
    marker: s.direction === 'better' ? '●' : s.severity === 'alert' ? '▲' : '△',
  };
}

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);

/** The quarterly fidelity review packet as a PDF: cover, contents, programme pages, a page or two per team, notes. */
export async function renderFidelityReview(r: FidelityReview): Promise<Buffer> {
  const title = `Fidelity review — ${r.programme.name}`;
  const w = await PdfWriter.create({
    title, subject: `Mutuality fidelity and peer drift, ${periodText(r)}`, author: r.organisationName || 'Tandem', createdAt: r.generatedAt,
    footerLeft: `${r.programme.name} · fidelity review · ${periodText(r)}`,
  });
  cover(w, r);
  w.reserveContents(contentsPagesFor(7 + r.teams.length));
  w.newPage();
  keyFigures(w, r);
  w.newPage();
  heatMapPage(w, r);
  supervisionPage(w, r);
  actionsPage(w, r);
  for (const team of r.teams) teamPages(w, r, team);
  notesPage(w, r);
  return w.finish();
}

function cover(w: PdfWriter, r: FidelityReview): void {
  const doc = w.doc;
  w.newPage();
  doc.rect(0, 0, doc.page.width, 250).fill(INK.accent);
  doc.font('regular').fontSize(11).fillColor('#d7ebe7').text(r.organisationName, w.left, 70, { width: w.width });
  doc.font('bold').fontSize(28).fillColor('#ffffff').text('Quarterly fidelity review', w.left, 100, { width: w.width });
  doc.font('regular').fontSize(16).fillColor('#ffffff').text(r.programme.name, w.left, doc.y + 6, { width: w.width });
  doc.y = 285;
  const line = (label: string, value: string) => {
    const y = doc.y;
    doc.font('bold').fontSize(10).fillColor(INK.muted).text(label, w.left, y, { width: 110 });
    doc.font('regular').fontSize(11).fillColor(INK.text).text(value, w.left + 115, y, { width: w.width - 115 });
    doc.y = Math.max(doc.y, y + 14) + 6;
  };
  line('Programme', r.programme.name);
  line('Period', periodText(r));
  line('Teams', String(r.teams.length));
  line('Ratings', `${r.raterTypes.map((t) => RATER_WORDS[t] ?? t.toLowerCase()).join(' and ')} on the Mutuality Fidelity Checklist`);
  line('Generated', `${dayName(r.generatedAt.toISOString())}${r.generatedBy ? ` by ${r.generatedBy}` : ''}`);
  doc.y += 20;
  doc.rect(w.left, doc.y, w.width, 118).fill(INK.panel);
  const y = doc.y + 14;
  doc.font('bold').fontSize(10.5).fillColor(INK.text).text('About this packet', w.left + 16, y, { width: w.width - 32 });
  doc.font('regular').fontSize(9.5).fillColor(INK.text).text(
    'Peer support works through mutuality: shared power, reciprocity, purposeful use of lived experience, listening for the person’s own '
    + 'meaning and goals in their own words. This packet shows how closely each team kept to that practice over the period, where it drifted '
    + 'toward hierarchical or medical-model patterns, whether supervision kept pace, and whether the actions agreed moved the trend. '
    + `It is data for reflection, not blame: it describes teams, never individuals, and figures from fewer than ${r.minCellSize} ratings are not shown.`,
    w.left + 16, doc.y + 4, { width: w.width - 32, lineGap: 1.5 },
  );
}

const TILE_H = 74;

function kpiTile(w: PdfWriter, x: number, y: number, width: number, label: string, value: string, detail: string): void {
  const doc = w.doc;
  doc.rect(x, y, width, TILE_H).fill(INK.panel);
  doc.font('regular').fontSize(8).fillColor(INK.muted).text(label, x + 10, y + 8, { width: width - 20, height: 11, ellipsis: true, lineBreak: false });
  doc.font('bold').fontSize(18).fillColor(INK.text).text(value, x + 10, y + 21, { width: width - 20, lineBreak: false });
  doc.font('regular').fontSize(7.5).fillColor(INK.muted).text(detail, x + 10, y + 46, { width: width - 20, height: 20, ellipsis: true, lineGap: 0.5 });
}

function keyFigures(w: PdfWriter, r: FidelityReview): void {
  const doc = w.doc;
  const k = r.kpis;
  w.heading('Key figures');
  w.para(`${r.programme.name}, ${periodText(r)}. The fidelity index is pooled over the period’s months; signals are those in force at its end.`, { color: INK.muted, size: 9 });
  const gap = 10;
  const tileW = (w.width - gap * 3) / 4;
  let y = doc.y + 4;
  const tiles: [string, string, string][] = [
    ['Mutuality Fidelity Index', k.mutualityIndex === null ? '–' : formatFigureWithUnit('MFI', k.mutualityIndex), k.band ? `${BAND_WORDS[k.band] ?? k.band}` : 'too few ratings'],
    ['Teams', String(k.teams), `${k.checklists} checklists in the period`],
    ['Teams with a drift alert', String(k.teamsWithAlerts), `${k.teamsOnWatch} more on watch`],
    ['Teams improving', String(k.teamsImproving), 'improvement signal in force'],
    ['Supervision held', pct(k.supervisionRatio), 'of sessions the policy requires'],
    ['Actions agreed', String(k.actionsOpened), 'in the period, from drift signals'],
    ['Actions done', String(k.actionsDone), `${k.actionsOpen} still open`],
    ['Smallest group shown', String(r.minCellSize), 'ratings; smaller are suppressed'],
  ];
  tiles.forEach(([label, value, detail], i) => {
    const col = i % 4;
    if (i > 0 && col === 0) y += TILE_H + gap;
    kpiTile(w, w.left + col * (tileW + gap), y, tileW, label, value, detail);
  });
  doc.y = y + TILE_H + 18;
  w.heading('Teams at a glance', 2);
  simpleTable(w, {
    columns: [
      { label: 'Team', width: 0.26 }, { label: 'Mutuality', width: 0.11, align: 'right' }, { label: 'Band', width: 0.11 },
      { label: 'Drift signals', width: 0.13, align: 'right' }, { label: 'Improving', width: 0.11, align: 'right' },
      { label: 'Supervision', width: 0.13, align: 'right' }, { label: 'Actions done', width: 0.15, align: 'right' },
    ],
    rows: r.teams.map((t) => {
      const worse = t.signals.filter((s) => s.direction === 'worse' && s.inForce);
      const measures = (xs: ReviewSignal[]) => new Set(xs.map((x) => x.metric)).size;
      const s = t.supervision;
      return [
        t.name,
        t.latest.mutualityIndex === null ? 'not shown' : formatFigure('MFI', t.latest.mutualityIndex),
        t.latest.band ? BAND_WORDS[t.latest.band] ?? t.latest.band : '–',
        worse.length ? `${measures(worse)}${worse.some((x) => x.severity === 'alert') ? ' (alert)' : ''}` : '0',
        String(measures(t.signals.filter((x) => x.direction === 'better' && x.inForce))),
        s && s.required ? `${Math.round((Math.min(s.recorded, s.required) / s.required) * 100)}%` : '–',
        t.actions.length ? `${t.actions.filter((a) => a.status === 'DONE').length} of ${t.actions.length}` : '–',
      ];
    }),
    rowColor: (i) => (status(r.teams[i]!) === 'alert' ? '#fbe9df' : null),
  });
  w.para('Mutuality: the latest month’s index, 0–100 (“not shown”: fewer ratings than the smallest group shown). Drift signals and improvements: measures with a signal in force at the end of the period. Supervision: sessions held as a share of those required.', { size: 7.5, color: INK.muted });
  w.heading('In brief', 2);
  const alerting = r.teams.filter((t) => status(t) === 'alert').map((t) => t.name);
  const watching = r.teams.filter((t) => status(t) === 'watch').map((t) => t.name);
  const improving = r.teams.filter((t) => t.signals.some((s) => s.direction === 'better' && s.inForce)).map((t) => t.name);
  if (alerting.length) w.bullet(`Worth a conversation: ${alerting.join(', ')} — a sustained or marked move toward drift is in force (see each team’s page).`, { color: CHART.alert, marker: '▲' });
  if (watching.length) w.bullet(`Worth watching: ${watching.join(', ')}.`, { color: CHART.watch, marker: '△' });
  if (improving.length) w.bullet(`Improving: ${improving.join(', ')}.`, { color: CHART.better, marker: '●' });
  if (!alerting.length && !watching.length) w.bullet('No team shows drift in force at the end of the period.');
  const behind = r.teams.filter((t) => t.supervision && t.supervision.required > 0 && t.supervision.recorded < t.supervision.required * 0.9).map((t) => t.name);
  w.bullet(behind.length ? `Supervision fell behind policy in ${behind.join(', ')}.` : 'Supervision kept pace with policy in every team.');
}

function heatMapPage(w: PdfWriter, r: FidelityReview): void {
  w.heading('Where practice is strong and where it drifts');
  w.para('Each team’s score on the six practice dimensions (D1–D6) and organisational conditions (D7), 0–100, over the last three months of the period. Dark cells are low scores; higher is more mutual practice for every dimension. Scores below 50 are development areas.', { color: INK.muted, size: 9 });
  const codes = Object.keys(r.dimensionTitles).length ? Object.keys(r.dimensionTitles) : ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'];
  const rows: HeatRow[] = r.teams.map((t) => ({ label: t.name, status: status(t), cells: codes.map((c) => t.dimensions.find((d) => d.code === c) ?? { code: c, title: c, score: null, n: 0, suppressed: false }) }));
  heatMap(w, rows, codes, r.minCellSize);
  w.doc.font('bold').fontSize(8.5).fillColor(INK.text).text('Dimensions', w.left, w.doc.y, { width: w.width });
  w.doc.y += 2;
  for (const c of codes) w.para(`${c}  ${r.dimensionTitles[c] ?? c}`, { size: 8.5, gap: 1 });
  w.para('▲ before a team: a drift alert in force; △ a drift watch.', { size: 7.5, color: INK.muted, gap: 10 });
}

function supervisionPage(w: PdfWriter, r: FidelityReview): void {
  w.heading('Supervision held against policy', 1);
  w.para('Values-based supervision is the main guard against drift. Sessions held with each team’s supervisees over the period (up to today), against what the programme’s supervision policy requires; overdue: supervisees past their required interval today (shown when the period reaches today).', { color: INK.muted, size: 9 });
  supervisionBars(w, r.teams.map((t) => ({
    label: t.name, held: t.supervision?.recorded ?? 0, required: t.supervision?.required ?? 0, overdue: t.supervision?.overdue ?? null, supervisees: t.supervision?.supervisees ?? 0,
  })));
}

function actionsPage(w: PdfWriter, r: FidelityReview): void {
  w.heading('Actions and their effect', 1);
  w.para('Actions agreed from drift signals, with the score of their dimension (or the fidelity index) in the three months before the action and in the months since (0–100). “Outcome” is what the drift detector saw on that measure after the action: an improvement or further drift in force.', { color: INK.muted, size: 9 });
  const rows = r.teams.flatMap((t) => t.actions.map((a) => ({ team: t.name, a })));
  if (!rows.length) {
    w.para('No actions were open or agreed in the period.', { gap: 12 });
    return;
  }
  simpleTable(w, {
    columns: [
      { label: 'Team', width: 0.16 }, { label: 'Agreed', width: 0.12 }, { label: 'Action', width: 0.30 }, { label: 'Dim.', width: 0.06 },
      { label: 'Status', width: 0.08 }, { label: 'Before/after', width: 0.14, align: 'right' }, { label: 'Outcome', width: 0.14 },
    ],
    rows: rows.map(({ team, a }) => [
      team, dayName(a.createdOn), a.description, a.dimensionCode ?? 'MFI', a.status.toLowerCase(),
      `${a.before === null ? '–' : a.before.toFixed(1)} → ${a.after === null ? '–' : a.after.toFixed(1)}`,
      a.outcome === 'better' ? 'improved' : a.outcome === 'worse' ? 'drifted further' : 'no signal yet',
    ]),
    maxLines: 3,
  });
  w.para('“–”: too few ratings in those months to show a score.', { size: 7.5, color: INK.muted });
}

function teamPages(w: PdfWriter, r: FidelityReview, t: ReviewTeam): void {
  const doc = w.doc;
  w.newPage();
  w.heading(t.name, 1);
  // The narrative, in a panel.
  doc.font('regular').fontSize(9.5);
  const text = t.narrative.join(' ');
  const h = doc.heightOfString(text, { width: w.width - 24, lineGap: 1.5 }) + 18;
  const top = doc.y;
  doc.rect(w.left, top, w.width, h).fill(INK.panel);
  doc.rect(w.left, top, 3, h).fill(INK.accent);
  doc.fillColor(INK.text).text(text, w.left + 14, top + 9, { width: w.width - 24, lineGap: 1.5 });
  doc.y = top + h + 10;
  const review = new Set(r.periods);
  const annotations = t.annotations.filter((a) => r.chartPeriods.includes(a.onDate.slice(0, 7))).map((a, i) => ({ ...a, period: a.onDate.slice(0, 7), n: i + 1 }));
  const actions = t.actions.map((a, i) => ({ period: a.createdOn.slice(0, 7), n: i + 1 }));
  const [main, ...others] = t.charts;
  if (main) {
    w.ensure(220);
    const y = doc.y;
    controlChart(w, main, r.chartPeriods, { review, annotations, actions }, { x: w.left, y, width: w.width, height: 190 });
    doc.y = y + 198;
  }
  if (others.length) {
    w.ensure(150);
    const y = doc.y;
    const gap = 16;
    const width = (w.width - gap) / 2;
    others.slice(0, 2).forEach((c, i) => controlChart(w, c, r.chartPeriods, { review, annotations: [], actions: [] }, { x: w.left + i * (width + gap), y, width, height: 140 }));
    doc.y = y + 148;
  }
  chartKey(w);
  if (annotations.length) {
    w.para(annotations.map((a) => `${a.n}  ${dayName(a.onDate)}: ${a.label}`).join('    '), { size: 7.5, color: CHART.annotation, gap: 6 });
  }
  w.heading('Signals explained', 2);
  if (!t.signals.length) w.para('No signals on any measure in the period: every month stayed within the expected range.');
  const ordered = [...t.signals].sort((a, b) => Number(a.direction === 'better') - Number(b.direction === 'better') || Number(b.inForce) - Number(a.inForce));
  const headline = ordered.filter((s) => !s.metric.startsWith('DIM:'));
  const dimensions = ordered.filter((s) => s.metric.startsWith('DIM:'));
  for (const s of headline) {
    const tag = s.direction === 'better' ? 'Improvement' : s.severity === 'alert' ? 'Alert' : 'Watch';
    w.bullet(`${tag}: ${s.message}${s.inForce ? ' Still in force at the end of the period.' : ''}`, signalMark(s));
  }
  if (dimensions.length) {
    w.para('On the dimensions:', { font: 'bold', size: 9, gap: 2 });
    for (const s of dimensions) w.bullet(`${sentenceOf(signalClause(s))}`, signalMark(s));
  }
  if (t.itemsMoved.length) {
    w.heading('Items that moved most', 2);
    w.para('How often (1 rarely – 5 almost always) each practice was rated, before the last three months and in them.', { size: 8.5, color: INK.muted, gap: 3 });
    for (const i of t.itemsMoved) {
      w.bullet(`${i.dimensionCode} “${i.prompt}” ${i.before.toFixed(1)} → ${i.after.toFixed(1)} (${i.worse ? 'toward drift' : 'toward mutuality'})`, { color: i.worse ? CHART.alert : CHART.better });
    }
  }
  w.heading('Supervision by month', 2);
  if (t.supervisionByMonth.length) {
    simpleTable(w, {
      columns: [{ label: 'Month', width: 0.28 }, { label: 'Held', width: 0.18, align: 'right' }, { label: 'Missed', width: 0.18, align: 'right' }, { label: 'Cancelled', width: 0.18, align: 'right' }, { label: 'Not recorded', width: 0.18, align: 'right' }],
      rows: t.supervisionByMonth.map((m) => [monthName(m.period), String(m.held), String(m.missed), String(m.cancelled), String(m.unrecorded)]),
    });
  } else {
    w.para('No sessions in the period.');
  }
  if (t.actions.length) {
    w.heading('Actions', 2);
    simpleTable(w, {
      columns: [{ label: '#', width: 0.06 }, { label: 'Agreed', width: 0.14 }, { label: 'Action', width: 0.42 }, { label: 'Status', width: 0.12 }, { label: 'Before/after', width: 0.26, align: 'right' }],
      rows: t.actions.map((a, i) => [`A${i + 1}`, dayName(a.createdOn), a.description, a.status.toLowerCase(), `${a.before === null ? '–' : a.before.toFixed(1)} → ${a.after === null ? '–' : a.after.toFixed(1)}${a.dimensionCode ? ` (${a.dimensionCode})` : ''}`]),
      maxLines: 3,
    });
  }
}

function notesPage(w: PdfWriter, r: FidelityReview): void {
  w.newPage();
  w.heading('How to read this packet', 1);
  const notes: [string, string][] = [
    ['The Mutuality Fidelity Index', 'The mean of the six practice dimensions (D1–D6), shown on 0–100 where 100 is the most mutual practice (people answer each item from 1, rarely, to 5, almost always; 1 is 0 and 5 is 100). High is 75 or more, moderate 50 to 74.9, low below 50; any dimension below 50 is a development area.'],
    ['Drift indices', 'Hierarchical drift (advice-giving, deciding for the person, gatekeeping) and medical-model drift (diagnostic language, compliance monitoring, clinical goals), 0–100, higher meaning more drift.'],
    ['Control charts', 'Each dot is one month. The dashed line is the team’s usual level, predicted from its own history before that month; the shaded band is how far a month may fall from it by chance, narrower when more people rated. The review period is shaded yellow; the charts show the year up to its end for context.'],
    ['Signals', 'A drift alert (▲) fires when a month falls far outside the expected range, or when small differences in one direction add up month after month (a sustained change); a watch (△) is the same with less evidence. An improvement (●) is the same in the good direction. A signal stays “in force” until the level comes back or a manager restarts the baseline.'],
    ['Small groups', `Months and cells with fewer than ${r.minCellSize} ratings are not shown (hatched), so that no figure can be traced to one person.`],
    ['Supervision', 'Required sessions follow the programme’s supervision policy for each supervisee’s stage; held sessions are those marked held in Tandem.'],
    ['Source', `Ratings: ${r.raterTypes.map((t) => RATER_WORDS[t] ?? t).join(' and ')}. Self-ratings tend to run higher than others’ ratings, so rater types are never mixed silently. Figures are those on the Tandem dashboard for the same programme and period on ${dayName(r.generatedAt.toISOString())}.`],
  ];
  for (const [head, text] of notes) {
    w.para(head, { font: 'bold', size: 10, gap: 2 });
    w.para(text, { gap: 9 });
  }
}
