import { useId } from 'react';
import './progress-bar.css';

export interface ProgressBarProps {
  label: string;
  /** 0…max; omit for an indeterminate bar (work of unknown length). */
  value?: number;
  max?: number;
  /** Text under the bar ("Checking 1,234 rows…"). */
  status?: string;
}

export function ProgressBar({ label, value, max = 100, status }: ProgressBarProps) {
  const id = useId();
  const determinate = value !== undefined;
  const percent = determinate ? Math.max(0, Math.min(100, (value / max) * 100)) : 0;
  return (
    <div className="progress">
      <div className="progress__label" id={`${id}-label`}>
        <span>{label}</span>
        {determinate ? <span aria-hidden="true">{Math.round(percent)}%</span> : null}
      </div>
      <div
        role="progressbar"
        aria-labelledby={`${id}-label`}
        aria-valuemin={determinate ? 0 : undefined}
        aria-valuemax={determinate ? max : undefined}
        aria-valuenow={determinate ? Math.round(value) : undefined}
        aria-valuetext={status}
        className={determinate ? 'progress__track' : 'progress__track progress__track--indeterminate'}
      >
        <div className="progress__fill" style={determinate ? { width: `${percent}%` } : undefined} />
      </div>
      {status ? (
        <p className="progress__status" role="status">
          {status}
        </p>
      ) : null}
    </div>
  );
}
