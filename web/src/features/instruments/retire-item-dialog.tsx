import { useState } from 'react';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Select } from '../../components/ui/select';
import { errorMessage } from '../../lib/graphql-client';
import { useRetireInstrumentItem, type InstrumentItemFields, type InstrumentVersionFields } from './use-instruments';

const short = (text: string) => (text.length > 70 ? `${text.slice(0, 70)}…` : text);

/** Retire an item from the draft; a successor keeps its trend going (the crosswalk maps it). */
export function RetireItemDialog({ instrumentKey, draft, item, onClose }: {
  instrumentKey: string; draft: InstrumentVersionFields; item: InstrumentItemFields; onClose: () => void;
}) {
  const retire = useRetireInstrumentItem(instrumentKey);
  const [successor, setSuccessor] = useState('');
  const others = draft.items.filter((i) => i.code !== item.code).sort((a, b) => a.order - b.order);
  return (
    <Dialog
      open
      onClose={onClose}
      dismissible={!retire.isPending}
      title={`Retire item ${item.code}`}
      description={`“${short(item.prompts.self)}” leaves the next version. Checklists already submitted keep their answers.`}
      footer={
        <>
          <Button onClick={onClose} disabled={retire.isPending} data-autofocus>
            Cancel
          </Button>
          <Button
            variant="danger"
            loading={retire.isPending}
            onClick={() => retire.mutate({ instrumentKey, itemCode: item.code, replacedByItemCode: successor || null }, { onSuccess: onClose })}
          >
            Retire {item.code}
          </Button>
        </>
      }
    >
      <div className="stack">
        <Select
          label="Replaced by"
          value={successor}
          emptyOption="Nothing — retire it without a successor"
          description="Choose the item that carries its trend on. Without one, its history stays but is not continued."
          onChange={(e) => setSuccessor(e.target.value)}
          options={others.map((i) => ({ value: i.code, label: `${i.code} · ${short(i.prompts.self)}` }))}
        />
        {retire.isError ? (
          <Alert tone="danger" title="Nothing was changed">
            {errorMessage(retire.error)}
          </Alert>
        ) : null}
      </div>
    </Dialog>
  );
}
