import { useId } from 'react';
import type { LegendItem } from './chart-data';

/** A small inline SVG mark matching how the series is drawn. */
export function LegendMark({ item }: { item: LegendItem }) {
  const shape = item.shape ?? 'line';
  const hatchId = `hatch-${useId().replace(/:/g, '')}`;
  return (
    <svg width="24" height="14" viewBox="0 0 24 14" aria-hidden="true" focusable="false" className="legend__mark">
      {shape === 'line' ? (
        <line x1="1" y1="7" x2="23" y2="7" stroke={item.color} strokeWidth="2.5" strokeDasharray={item.dash && item.dash !== '0' ? item.dash : undefined} />
      ) : shape === 'triangle' ? (
        <path d="M12 1 L19 13 L5 13 Z" fill={item.color} />
      ) : shape === 'diamond' ? (
        <path d="M12 1 L19 7 L12 13 L5 7 Z" fill="#ffffff" stroke={item.color} strokeWidth="2" />
      ) : shape === 'circle' ? (
        <circle cx="12" cy="7" r="5" fill={item.color} />
      ) : shape === 'hatch' ? (
        <>
          <defs>
            <pattern id={hatchId} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="4" height="4" fill="#ffffff" />
              <line x1="0" y1="0" x2="0" y2="4" stroke={item.color} strokeWidth="2" />
            </pattern>
          </defs>
          <rect x="3" y="1" width="18" height="12" fill={`url(#${hatchId})`} stroke={item.color} strokeWidth="1" />
        </>
      ) : (
        <rect x="3" y="1" width="18" height="12" fill={item.color} opacity={shape === 'band' ? 0.6 : 1} stroke={shape === 'band' ? '#7b8784' : 'none'} />
      )}
    </svg>
  );
}

/** The chart's key: a list, so screen readers hear how many entries there are. */
export function LegendList({ items }: { items: LegendItem[] }) {
  return (
    <ul className="legend" aria-label="Key">
      {items.map((item) => (
        <li key={item.label} className="legend__item">
          <LegendMark item={item} />
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
