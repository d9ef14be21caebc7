import type { ReactNode } from 'react';
import { errorMessage } from '../../lib/graphql-client';
import { Alert } from './alert';
import { Button } from './button';
import { Dialog } from './dialog';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  tone?: 'danger' | 'primary';
  pending?: boolean;
  /** Shown inside the dialog when the action failed. */
  error?: unknown;
}

/** "Are you sure?" for consequential actions; Cancel has focus so Enter never confirms by accident. */
export function ConfirmDialog({
  open, title, description, confirmLabel, onConfirm, onCancel, tone = 'danger', pending = false, error,
}: ConfirmDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      role="alertdialog"
      size="sm"
      dismissible={!pending}
      title={title}
      description={description}
      footer={
        <>
          <Button onClick={onCancel} disabled={pending} data-autofocus>
            Cancel
          </Button>
          <Button variant={tone} onClick={onConfirm} loading={pending}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {error ? (
        <Alert tone="danger" title="Nothing was changed">
          {errorMessage(error)}
        </Alert>
      ) : null}
    </Dialog>
  );
}
