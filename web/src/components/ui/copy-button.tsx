import { useEffect, useState } from 'react';
import { Button, type ButtonProps } from './button';

/** Copies text to the clipboard (with a fallback for browsers without the async Clipboard API). */
export async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('Copying is blocked in this browser; select the text and copy it instead.');
}

export interface CopyButtonProps extends Omit<ButtonProps, 'onClick' | 'children'> {
  text: string;
  label?: string;
  /** Read after the label when several copy buttons share a page ("for Sam Rivera"); not shown. */
  context?: string;
}

/** "Copy" that confirms in place ("Copied") and announces it. */
export function CopyButton({ text, label = 'Copy', context, size = 'sm', variant = 'secondary', ...rest }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);
  return (
    <>
      <Button
        size={size}
        variant={variant}
        onClick={() => copyText(text).then(() => setState('copied'), () => setState('failed'))}
        {...rest}
      >
        {state === 'copied' ? 'Copied' : label}
        {context ? <span className="visually-hidden"> {context}</span> : null}
      </Button>
      <span className="visually-hidden" role="status">
        {state === 'copied' ? 'Copied to the clipboard' : state === 'failed' ? 'Copying failed; select the text and copy it instead' : ''}
      </span>
    </>
  );
}
