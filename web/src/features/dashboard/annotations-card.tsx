import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/ui/alert';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { Dialog } from '../../components/ui/dialog';
import { Select } from '../../components/ui/select';
import { useToast } from '../../components/ui/toast';
import { TextAreaField, TextField } from '../../components/ui/text-field';
import { formatDate, todayIso } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-client';
import { BaselineRestartDialog } from './baseline-restart-dialog';
import type { DriftAnnotation } from './overview-types';
import { useDeleteBaselineReset } from './use-baseline';
import { useCreateAnnotation, useDeleteAnnotation, useUpdateAnnotation } from './use-dashboard';
import { TEXT_LIMITS } from '@tandem/shared';

export const ANNOTATION_KINDS = [
  { value: 'NOTE', label: 'Note' },
  { value: 'TRAINING', label: 'Training' },
  { value: 'POLICY', label: 'Policy change' },
  { value: 'STAFFING', label: 'Staffing' },
  { value: 'OTHER', label: 'Other' },
];
const KIND_LABELS: Record<string, string> = {
  ...Object.fromEntries(ANNOTATION_KINDS.map((k) => [k.value, k.label])),
  TEAM_CHANGE: 'Team change',
  SUPERVISOR_CHANGE: 'New supervisor',
  BASELINE_RESET: 'Baseline restart',
};

interface AnnotationValues {
  onDate: string;
  label: string;
  kind: string;
  details: string;
}

/** Create or edit one annotation (date, label, kind, details). */
export function AnnotationDialog({ open, onClose, teamId, annotation }: { open: boolean; onClose: () => void; teamId: string; annotation?: DriftAnnotation | null }) {
  const toast = useToast();
  const create = useCreateAnnotation();
  const update = useUpdateAnnotation();
  const [values, setValues] = useState<AnnotationValues>(() => ({
    onDate: annotation?.onDate ?? todayIso(),
    label: annotation?.label ?? '',
    kind: annotation?.kind ?? 'NOTE',
    details: annotation?.details ?? '',
  }));
  const [errors, setErrors] = useState<Partial<Record<keyof AnnotationValues, string>>>({});
  const pending = create.isPending || update.isPending;
  const failure = create.error ?? update.error;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: typeof errors = {};
    if (!values.label.trim()) next.label = 'Give the annotation a short label';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.onDate)) next.onDate = 'Choose a date';
    setErrors(next);
    if (Object.keys(next).length) return;
    const done = () => {
      toast.show(annotation ? 'Annotation saved' : 'Annotation added');
      onClose();
    };
    if (annotation) {
      update.mutate({ annotationId: annotation.id, onDate: values.onDate, label: values.label.trim(), kind: values.kind, details: values.details.trim() }, { onSuccess: done });
    } else {
      create.mutate({ teamId, onDate: values.onDate, label: values.label.trim(), kind: values.kind, details: values.details.trim() }, { onSuccess: done });
    }
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      dismissible={!pending}
      title={annotation ? 'Edit annotation' : 'Add an annotation'}
      description="Mark what happened, so anyone reading the chart knows why a line may have moved."
      footer={
        <>
          <Button onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" form="annotation-form" loading={pending}>
            {annotation ? 'Save annotation' : 'Add annotation'}
          </Button>
        </>
      }
    >
      <form id="annotation-form" className="stack" onSubmit={submit} noValidate>
        {failure ? (
          <Alert tone="danger" title="The annotation was not saved">
            {errorMessage(failure)}
          </Alert>
        ) : null}
        <TextField label="Date" type="date" required value={values.onDate} error={errors.onDate} onChange={(e) => setValues({ ...values, onDate: e.target.value })} />
        <TextField label="Label" required maxLength={TEXT_LIMITS.annotationLabel} value={values.label} error={errors.label} description="Shown on the chart, e.g. “Ward reorganisation”." onChange={(e) => setValues({ ...values, label: e.target.value })} />
        <Select label="Kind" value={values.kind} options={ANNOTATION_KINDS} onChange={(e) => setValues({ ...values, kind: e.target.value })} />
        <TextAreaField label="Details" maxLength={TEXT_LIMITS.annotationDetails} optional rows={3} value={values.details} onChange={(e) => setValues({ ...values, details: e.target.value })} />
      </form>
    </Dialog>
  );
}

/**
 * The team's annotations, numbered as on the chart; automatic ones (team and supervisor changes) are read-only. Baseline
 * restarts are listed too: the team's program manager or an admin adds and removes them here.
 */
export function AnnotationsCard({ teamId, teamName = 'this team', annotations, visibleMarks, canEdit, canRestart = false }: {
  teamId: string;
  teamName?: string;
  annotations: DriftAnnotation[];
  /** Annotation id → its mark on the chart ("1"), for those inside the charted range. */
  visibleMarks: Map<string, string>;
  canEdit: boolean;
  /** May restart the team's drift baseline (its program manager or an admin). */
  canRestart?: boolean;
}) {
  const toast = useToast();
  const [editing, setEditing] = useState<DriftAnnotation | null | 'new'>(null);
  const [deleting, setDeleting] = useState<DriftAnnotation | null>(null);
  const [restarting, setRestarting] = useState(false);
  const removeNote = useDeleteAnnotation();
  const removeRestart = useDeleteBaselineReset();
  const isRestart = (a: DriftAnnotation | null) => a?.kind === 'BASELINE_RESET';
  const remove = isRestart(deleting) ? removeRestart : removeNote;
  return (
    <section className="card" aria-labelledby="annotations-title">
      <div className="row" style={{ justifyContent: 'space-between', marginBottom: '0.75rem' }}>
        <h2 id="annotations-title" className="card-title" style={{ margin: 0 }}>
          Annotations
        </h2>
        <div className="row">
          {canRestart ? (
            <Button size="sm" onClick={() => setRestarting(true)}>
              Restart baseline
            </Button>
          ) : null}
          {canEdit ? (
            <Button size="sm" onClick={() => setEditing('new')}>
              Add annotation
            </Button>
          ) : null}
        </div>
      </div>
      {annotations.length === 0 ? (
        <p className="muted">Nothing marked in this range. Add training, policy or staffing changes so the chart tells its story.</p>
      ) : (
        <ul className="marker-list">
          {annotations.map((a) => (
            <li key={a.id} className="marker-list__item">
              <span className="marker-list__mark" aria-label={visibleMarks.get(a.id) ? `Mark ${visibleMarks.get(a.id)} on the chart` : undefined}>
                {visibleMarks.get(a.id) ?? '·'}
              </span>
              <div className="marker-list__body">
                <strong>{a.label}</strong>{' '}
                <span className="muted small">
                  {formatDate(a.onDate)} · {KIND_LABELS[a.kind] ?? a.kind}
                </span>
                {a.automatic ? <> <Badge>automatic</Badge></> : null}
                {a.details ? <p className="small" style={{ margin: '0.2rem 0 0' }}>{a.details}</p> : null}
              </div>
              {isRestart(a) && canRestart ? (
                <div className="marker-list__actions">
                  <Button size="sm" variant="ghost" onClick={() => setDeleting(a)}>
                    Remove<span className="visually-hidden"> the baseline restart of {formatDate(a.onDate)}</span>
                  </Button>
                </div>
              ) : null}
              {canEdit && !a.automatic && !isRestart(a) ? (
                <div className="marker-list__actions">
                  <Button size="sm" variant="ghost" onClick={() => setEditing(a)}>
                    Edit<span className="visually-hidden"> {a.label}</span>
                  </Button>
                  <Button size="sm" variant="ghost" onClick={() => setDeleting(a)}>
                    Delete<span className="visually-hidden"> {a.label}</span>
                  </Button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <AnnotationDialog open teamId={teamId} annotation={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
      {restarting ? <BaselineRestartDialog teamId={teamId} teamName={teamName} onClose={() => setRestarting(false)} /> : null}
      <ConfirmDialog
        open={deleting !== null}
        title={isRestart(deleting) ? 'Remove this baseline restart?' : 'Delete this annotation?'}
        description={
          !deleting ? ''
            : isRestart(deleting) ? `Drift will again be judged across ${formatDate(deleting.onDate)} as if the baseline had not restarted there.`
              : `“${deleting.label}” (${formatDate(deleting.onDate)}) will no longer show on the charts.`
        }
        confirmLabel={isRestart(deleting) ? 'Remove restart' : 'Delete annotation'}
        pending={remove.isPending}
        error={remove.error}
        onCancel={() => {
          remove.reset();
          setDeleting(null);
        }}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              toast.show(isRestart(deleting) ? 'Baseline restart removed' : 'Annotation deleted');
              setDeleting(null);
            },
          })
        }
      />
    </section>
  );
}
