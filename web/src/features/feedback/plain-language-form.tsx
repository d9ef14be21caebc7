import { checklistCompleteness, itemsForRater, type InstrumentDefinition } from '@tandem/shared';
import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { ScaleQuestion } from '../checklists/scale-question';

export interface PlainAnswer {
  itemCode: string;
  value: number | null;
}

export interface PlainLanguageFormProps {
  def: InstrumentDefinition;
  /** First name of the peer specialist being rated. */
  peerFirstName: string;
  onSubmit: (answers: PlainAnswer[]) => void;
  pending: boolean;
  /** A message from the server, shown above the button. */
  error?: string | null;
}

/** What "not applicable" is called on the plain-language form. */
export const PLAIN_NA_LABEL = 'Doesn’t apply to me';

/**
 * The person-served short form: a handful of questions in plain language, big answer buttons, every question needed
 * ("Doesn’t apply to me" where an item allows it). Nothing but the answers is collected.
 */
export function PlainLanguageForm({ def, peerFirstName, onSubmit, pending, error }: PlainLanguageFormProps) {
  const items = itemsForRater(def, 'PERSON_SERVED');
  const [values, setValues] = useState<Record<string, number | null>>({});
  const [showMissing, setShowMissing] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const answers: PlainAnswer[] = items.filter((i) => i.code in values).map((i) => ({ itemCode: i.code, value: values[i.code] ?? null }));
  const missing = items.filter((i) => !(i.code in values));

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const complete = missing.length === 0 && checklistCompleteness(def, 'PERSON_SERVED', answers).canSubmit;
    if (!complete) {
      setShowMissing(true);
      window.setTimeout(() => alertRef.current?.focus(), 0);
      return;
    }
    onSubmit(answers);
  };

  return (
    <form className="plain-form" onSubmit={handleSubmit} noValidate>
      <h1>How are things going with {peerFirstName}?</h1>
      <p className="plain-form__intro">
        {peerFirstName} would like to hear how your time together has been. There are {items.length} short questions. There are
        no right or wrong answers.
      </p>
      <p className="plain-form__intro">
        We don’t ask for your name and we don’t keep it. Your answers help {peerFirstName} and their supervisor reflect on
        their work.
      </p>
      <div className="plain-form__questions">
        {items.map((item, index) => (
          <ScaleQuestion
            key={item.code}
            plain
            itemCode={item.code}
            number={index + 1}
            prompt={item.prompts.PERSON_SERVED ?? item.prompts.SELF}
            scaleLabels={def.scale.labels}
            naLabel={item.naAllowed ? PLAIN_NA_LABEL : null}
            answer={item.code in values ? { value: values[item.code] ?? null, comment: '' } : undefined}
            onValue={(value) => setValues((all) => ({ ...all, [item.code]: value }))}
            error={showMissing && !(item.code in values) ? 'Please choose an answer.' : null}
          />
        ))}
      </div>
      {showMissing && missing.length > 0 ? (
        <div ref={alertRef} tabIndex={-1}>
          <Alert tone="warning" title={missing.length === 1 ? 'One question still needs an answer' : `${missing.length} questions still need an answer`} live="alert">
            If a question doesn’t fit, choose “{PLAIN_NA_LABEL}” where you can.
          </Alert>
        </div>
      ) : null}
      {error ? (
        <Alert tone="danger" title="Your answers weren’t sent">
          {error}
        </Alert>
      ) : null}
      <Button type="submit" variant="primary" className="plain-form__submit" loading={pending}>
        Send my answers
      </Button>
    </form>
  );
}
