import './spinner.css';

export interface SpinnerProps {
  size?: 'sm' | 'md';
  /** What is loading, for screen readers ("Loading people"). */
  label?: string;
  /** Inside a control that already says it is busy. */
  decorative?: boolean;
}

export function Spinner({ size = 'md', label = 'Loading', decorative = false }: SpinnerProps) {
  if (decorative) return <span className={`spinner spinner--${size}`} aria-hidden="true" />;
  return (
    <span role="status" className="spinner-wrap">
      <span className={`spinner spinner--${size}`} aria-hidden="true" />
      <span className="visually-hidden">{label}</span>
    </span>
  );
}

/** A centred spinner for a whole page or panel. */
export function LoadingState({ label = 'Loading' }: { label?: string }) {
  return (
    <div className="loading-state">
      <Spinner label={label} />
      <span className="muted" aria-hidden="true">
        {label}…
      </span>
    </div>
  );
}

/** Grey placeholder lines while content loads. */
export function Skeleton({ lines = 3, label = 'Loading' }: { lines?: number; label?: string }) {
  return (
    <div className="skeleton" role="status" aria-label={label}>
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="skeleton__line" style={{ width: `${90 - ((i * 17) % 40)}%` }} />
      ))}
    </div>
  );
}
