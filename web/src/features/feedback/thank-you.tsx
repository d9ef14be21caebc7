import { useEffect, useRef, type ReactNode } from 'react';

/** The closing screen: scrolls to the top and puts focus on its heading so it is read out first. */
export function ThankYou({ title = 'Thank you', children }: { title?: string; children: ReactNode }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    (document.scrollingElement ?? document.documentElement).scrollTop = 0;
    headingRef.current?.focus();
  }, []);
  return (
    <div className="calm__card calm__thanks">
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </div>
  );
}
