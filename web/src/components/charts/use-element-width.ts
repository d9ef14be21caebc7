import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The width of an element, kept current with ResizeObserver (our own SVG charts lay text out in real pixels, so labels
 * stay readable instead of shrinking with a viewBox). Falls back to `fallback` where layout is unknown (tests).
 */
export function useElementWidth<T extends HTMLElement>(fallback = 720) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measured = el.getBoundingClientRect().width;
    if (measured > 0) setWidth(Math.floor(measured));
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width ?? 0;
      if (w > 0) setWidth(Math.floor(w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
