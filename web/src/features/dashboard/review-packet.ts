/** Calendar quarters for the review packet: the last complete one first, then the one in progress and earlier ones. */
export interface QuarterOption {
  value: string;
  label: string;
  from: string;
  to: string;
}

const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);

function quarter(year: number, q: number): QuarterOption {
  const from = iso(year, q * 3, 1);
  const to = iso(year, q * 3 + 3, 0);
  return { value: `${year}-Q${q + 1}`, label: `Q${q + 1} ${year}`, from, to };
}

/** Quarters around `today` (YYYY-MM-DD): the current one (to date), then the last `count` complete ones, newest first. */
export function quarterOptions(today: string, count = 6): QuarterOption[] {
  const year = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  const current = quarter(year, q);
  const out: QuarterOption[] = [{ ...current, label: `${current.label} (so far)`, to: today }];
  for (let k = 1; k <= count; k++) {
    const index = year * 4 + q - k;
    out.push(quarter(Math.floor(index / 4), index % 4));
  }
  return out;
}

/** The download address of the packet (a plain link: the browser sends the session cookie). */
export function reviewPacketHref(programId: string, period: Pick<QuarterOption, 'from' | 'to'>): string {
  return `/reports/fidelity-review.pdf?${new URLSearchParams({ programId, from: period.from, to: period.to }).toString()}`;
}
