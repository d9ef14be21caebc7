import { formatDriftPeriod } from '@tandem/shared';
import { Badge } from '../../components/ui/badge';

const BAND_LABELS: Record<string, string> = { HIGH: 'High fidelity', MODERATE: 'Moderate fidelity', LOW: 'Low fidelity' };

export function bandLabel(band: string | null | undefined): string {
  return band ? (BAND_LABELS[band] ?? band) : 'No band yet';
}

export function BandBadge({ band }: { band: string | null | undefined }) {
  if (!band) return <Badge>No band yet</Badge>;
  return <Badge tone={band === 'HIGH' ? 'success' : band === 'MODERATE' ? 'info' : 'warning'}>{bandLabel(band)}</Badge>;
}

/** ▲ Alert / ◇ Watch — a shape as well as a colour. */
export function SeverityBadge({ severity, period }: { severity: string; period?: string }) {
  const when = period ? ` · ${formatDriftPeriod(period)}` : '';
  return severity === 'alert' ? (
    <Badge tone="danger">
      <span aria-hidden="true">▲</span> Alert{when}
    </Badge>
  ) : (
    <Badge tone="warning">
      <span aria-hidden="true">◇</span> Watch{when}
    </Badge>
  );
}
