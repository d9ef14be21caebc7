import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/spinner';
import { useToast } from '../../components/ui/toast';
import type { InstrumentEditorQuery } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-client';
import { ExportPanel } from './export-panel';
import { problemsOf } from './import-instrument-card';
import { ItemDialog } from './item-dialog';
import { ItemList } from './item-list';
import { RetireItemDialog } from './retire-item-dialog';
import {
  useCreateInstrumentDraft, useDiscardInstrumentDraft, useInstrumentEditor, useMoveInstrumentItem, usePublishedVersion, usePublishInstrumentDraft,
  type InstrumentItemFields, type InstrumentVersionFields,
} from './use-instruments';
import './instruments.css';

type Instrument = InstrumentEditorQuery['instrument'];
type Editing = { kind: 'edit'; item: InstrumentItemFields } | { kind: 'add'; dimension: string } | { kind: 'retire'; item: InstrumentItemFields };

function Crosswalk({ draft }: { draft: InstrumentVersionFields }) {
  const changes = draft.crosswalk.filter((c) => c.fromItemCode !== c.toItemCode);
  const same = draft.crosswalk.length - changes.length;
  return (
    <section aria-labelledby="crosswalk-title" className="crosswalk">
      <h3 id="crosswalk-title">How trends carry over</h3>
      <p className="muted small">
        {same} {same === 1 ? 'item keeps' : 'items keep'} their code and trend.
        {changes.length === 0 ? ' Nothing is replaced or retired yet.' : ''}
      </p>
      {changes.length ? (
        <ul className="plain-list small">
          {changes.map((c) => (
            <li key={c.fromItemCode}>
              <code>{c.fromItemCode}</code> → {c.toItemCode ? <code>{c.toItemCode}</code> : <span className="muted">retired, not continued</span>}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function DraftEditor({ instrument, draft, previousItems }: { instrument: Instrument; draft: InstrumentVersionFields; previousItems: InstrumentItemFields[] }) {
  const key = instrument.key;
  const toast = useToast();
  const move = useMoveInstrumentItem(key);
  const publish = usePublishInstrumentDraft(key);
  const discard = useDiscardInstrumentDraft(key);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [confirm, setConfirm] = useState<'publish' | 'discard' | null>(null);
  const [publishProblems, setPublishProblems] = useState<string[] | null>(null);

  const doPublish = () =>
    publish.mutate(undefined, {
      onSuccess: (v) => {
        setConfirm(null);
        setPublishProblems(null);
        toast.show(`Version ${v.version} is published. New checklists use it from now on.`);
      },
      onError: (error) => {
        setConfirm(null);
        const problems = problemsOf(error);
        setPublishProblems(problems.length ? problems : [errorMessage(error)]);
      },
    });

  return (
    <section className="card draft-editor" aria-labelledby="draft-title">
      <div className="draft-editor__head">
        <h2 id="draft-title" className="card-title">
          Draft version {draft.version}
        </h2>
        <div className="form-actions">
          <Button variant="primary" onClick={() => setConfirm('publish')}>
            Publish version {draft.version}
          </Button>
          <Button variant="ghost" onClick={() => setConfirm('discard')}>
            Discard draft
          </Button>
        </div>
      </div>
      <div aria-live="polite">
        {publishProblems ? (
          <Alert tone="danger" title={`Version ${draft.version} can’t be published yet`}>
            <ul>
              {publishProblems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </Alert>
        ) : draft.problems.length ? (
          <Alert tone="warning" title="To fix before publishing">
            <ul>
              {draft.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </Alert>
        ) : (
          <Alert tone="success" title="Ready to publish">
            Nothing stops this draft from being published.
          </Alert>
        )}
      </div>
      {move.isError ? (
        <Alert tone="danger" title="The item didn’t move">
          {errorMessage(move.error)}
        </Alert>
      ) : null}
      <ItemList
        version={draft}
        actions={{
          onEdit: (item) => setEditing({ kind: 'edit', item }),
          onRetire: (item) => setEditing({ kind: 'retire', item }),
          onAdd: (dimension) => setEditing({ kind: 'add', dimension }),
          onMove: (item, direction) => move.mutate({ instrumentKey: key, itemCode: item.code, direction }),
          moving: move.isPending ? (move.variables?.itemCode ?? null) : null,
        }}
      />
      <Crosswalk draft={draft} />
      {editing?.kind === 'edit' || editing?.kind === 'add' ? (
        <ItemDialog
          instrumentKey={key}
          draft={draft}
          item={editing.kind === 'edit' ? editing.item : undefined}
          defaultDimension={editing.kind === 'add' ? editing.dimension : undefined}
          previousItems={previousItems}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {editing?.kind === 'retire' ? <RetireItemDialog instrumentKey={key} draft={draft} item={editing.item} onClose={() => setEditing(null)} /> : null}
      <ConfirmDialog
        open={confirm === 'publish'}
        tone="primary"
        title={`Publish version ${draft.version}?`}
        description="Published versions never change. New checklists use this version; checklists already started keep theirs, and trends carry over through the crosswalk."
        confirmLabel="Publish"
        pending={publish.isPending}
        onCancel={() => setConfirm(null)}
        onConfirm={doPublish}
      />
      <ConfirmDialog
        open={confirm === 'discard'}
        title={`Discard draft version ${draft.version}?`}
        description="All edits in this draft are deleted. Published versions are not affected."
        confirmLabel="Discard draft"
        pending={discard.isPending}
        error={discard.error}
        onCancel={() => setConfirm(null)}
        onConfirm={() =>
          discard.mutate(undefined, {
            onSuccess: () => {
              setConfirm(null);
              toast.show('Draft discarded');
            },
          })
        }
      />
    </section>
  );
}

/** Admin: one instrument — its draft (edit, publish, discard) or its published version, and exports. */
export function InstrumentEditorPage() {
  const { key = '' } = useParams();
  const editor = useInstrumentEditor(key);
  const hasPublished = editor.data?.versions.some((v) => v.status === 'PUBLISHED') ?? false;
  const published = usePublishedVersion(key, hasPublished);
  const createDraft = useCreateInstrumentDraft(key);
  const breadcrumb = <Link to="/admin/instruments">Instruments</Link>;

  if (editor.isPending) {
    return (
      <>
        <PageHeader title="Instrument" breadcrumb={breadcrumb} />
        <div className="card">
          <Skeleton lines={6} label="Loading the instrument" />
        </div>
      </>
    );
  }
  if (editor.isError) {
    return (
      <>
        <PageHeader title="Instrument" breadcrumb={breadcrumb} />
        <ErrorState error={editor.error} onRetry={() => void editor.refetch()} />
      </>
    );
  }
  const instrument = editor.data;
  const current = instrument.versions.find((v) => v.status === 'PUBLISHED');
  const nextVersion = Math.max(0, ...instrument.versions.map((v) => v.version)) + 1;
  return (
    <>
      <PageHeader
        title={instrument.title}
        breadcrumb={breadcrumb}
        description={[
          instrument.key,
          current ? `version ${current.version} published ${formatDate(current.publishedAt)}` : 'not published yet',
        ].join(' · ')}
      />
      <div className="stack">
        {instrument.draft ? (
          <DraftEditor instrument={instrument} draft={instrument.draft} previousItems={published.data?.items ?? []} />
        ) : (
          <section className="card" aria-labelledby="no-draft-title">
            <h2 id="no-draft-title" className="card-title">
              Make changes
            </h2>
            <p>Published versions never change. To change wording or items, start version {nextVersion} as a draft; it begins as a copy of the current version.</p>
            {createDraft.isError ? (
              <Alert tone="danger" title="No draft was created">
                {errorMessage(createDraft.error)}
              </Alert>
            ) : null}
            <Button variant="primary" onClick={() => createDraft.mutate()} loading={createDraft.isPending}>
              Start version {nextVersion}
            </Button>
          </section>
        )}
        {!instrument.draft && published.data ? (
          <section className="card" aria-labelledby="published-title">
            <h2 id="published-title" className="card-title">
              Version {published.data.version} (published)
            </h2>
            <ItemList version={published.data} />
          </section>
        ) : null}
        {instrument.versions.length ? <ExportPanel instrumentKey={key} versions={instrument.versions} /> : null}
      </div>
    </>
  );
}
