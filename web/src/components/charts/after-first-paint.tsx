import { useEffect, useState, type ReactNode } from 'react';

/**
 * Draws a heavy chart once the content around it has been painted, reserving `height` meanwhile: the figures above a
 * long chart (and the cards below it) do not wait for it to be laid out. Nothing is left out: the chart follows in
 * the next task.
 */
export function AfterFirstPaint({ children, height }: { children: ReactNode; height: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // The frame callback runs just before the browser paints; the timer after it, once the paint is done.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setReady(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return ready ? children : <div className="after-first-paint" style={{ minHeight: height }} />;
}
