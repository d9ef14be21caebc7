import './brand-mark.css';

/** Two overlapping circles — two people, side by side — and the product name. */
export function BrandMark({ compact = false }: { compact?: boolean }) {
  return (
    <span className={compact ? 'brand brand--compact' : 'brand'}>
      <svg className="brand__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="8" fill="currentColor" />
        <circle cx="12.5" cy="16" r="6" fill="none" stroke="#fff" strokeWidth="2.5" />
        <circle cx="19.5" cy="16" r="6" fill="none" stroke="#9fd8d0" strokeWidth="2.5" />
      </svg>
      <span className="brand__name">Tandem</span>
    </span>
  );
}
