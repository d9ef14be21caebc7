import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Select } from '../../components/ui/select';
import { Skeleton } from '../../components/ui/spinner';
import { TextField } from '../../components/ui/text-field';
import { useToast } from '../../components/ui/toast';
import type { NotificationChannel, NotificationKind, NotificationPreferencesQuery } from '../../gql/graphql';
import { TimeZoneField } from '../supervision/time-zone-field';
import { useNotificationPreferences, useSetNotificationPreference, useUpdateNotificationSettings } from './use-notifications';
import './notifications.css';

export const CHANNEL_OPTIONS: { value: NotificationChannel; label: string }[] = [
  { value: 'EMAIL', label: 'E-mail and in Tandem' },
  { value: 'IN_APP', label: 'Only in Tandem' },
  { value: 'OFF', label: 'Off' },
];

/** Account and security messages: always by e-mail and in Tandem, whatever is chosen below. */
export const LOCKED_KINDS = ['Invitations', 'Password reset links', 'Password changed', 'Sign-up confirmation', 'Sign-up attempts with your address'];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function ChannelSelect({ kind, label, channel }: { kind: NotificationKind; label: string; channel: NotificationChannel }) {
  const set = useSetNotificationPreference();
  const toast = useToast();
  const [value, setValue] = useState(channel);
  useEffect(() => setValue(channel), [channel]);
  return (
    <Select
      label={<span className="visually-hidden">{label}</span>}
      options={CHANNEL_OPTIONS}
      value={value}
      disabled={set.isPending}
      onChange={(e) => {
        const next = e.target.value as NotificationChannel;
        setValue(next);
        set.mutate(
          { kind, channel: next },
          {
            onSuccess: () => toast.show(`${label}: ${CHANNEL_OPTIONS.find((o) => o.value === next)?.label ?? next}`),
            onError: () => {
              setValue(channel);
              toast.show(`Couldn’t change “${label}”. Try again.`, 'danger');
            },
          },
        );
      }}
    />
  );
}

type Settings = NotificationPreferencesQuery['notificationSettings'];

function DigestForm({ settings }: { settings: Settings }) {
  const update = useUpdateNotificationSettings();
  const toast = useToast();
  const [weekday, setWeekday] = useState(String(settings.digestWeekday));
  const [time, setTime] = useState(settings.digestTime);
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const [whenQuiet, setWhenQuiet] = useState(settings.digestWhenQuiet);
  const timeError = TIME.test(time) ? undefined : 'Enter a time as HH:MM, for example 08:00.';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (timeError) return;
    update.mutate(
      { digestWeekday: Number(weekday), digestTime: time, timeZone, digestWhenQuiet: whenQuiet },
      { onSuccess: () => toast.show('Time zone and digest time saved') },
    );
  };

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="digest-heading" noValidate>
      <h2 id="digest-heading">Time zone and weekly digest</h2>
      <p className="muted small">Reminders give times in this zone. Program managers get their weekly digest on this day and time.</p>
      <div className="prefs-digest">
        <Select label="Digest day" options={WEEKDAYS.map((d, i) => ({ value: String(i + 1), label: d }))} value={weekday} onChange={(e) => setWeekday(e.target.value)} />
        <TextField label="Digest time" type="time" value={time} onChange={(e) => setTime(e.target.value)} error={timeError} />
      </div>
      <TimeZoneField value={timeZone} onChange={setTimeZone} />
      <label className="prefs-quiet">
        <input type="checkbox" checked={whenQuiet} onChange={(e) => setWhenQuiet(e.target.checked)} />{' '}
        Send the digest in a quiet week too, with a short “all quiet” line
      </label>
      <p className="muted small">Otherwise the digest only comes when there is something new to tell you.</p>
      {update.isError ? (
        <Alert tone="danger" title="Not saved">
          {update.error.message}
        </Alert>
      ) : null}
      <div>
        <Button type="submit" variant="primary" loading={update.isPending} disabled={Boolean(timeError)}>
          Save
        </Button>
      </div>
    </form>
  );
}

/** Per kind of message: e-mail and in Tandem, only in Tandem, or off; plus the person's time zone and digest time. */
export function NotificationPreferencesPage() {
  const prefs = useNotificationPreferences();
  return (
    <>
      <PageHeader
        title="Notification settings"
        breadcrumb={<Link to="/notifications">Notifications</Link>}
        description="Choose how Tandem tells you about each kind of thing. Changes are saved as you make them."
      />
      {prefs.isPending ? (
        <div className="card">
          <Skeleton lines={8} label="Loading your notification settings" />
        </div>
      ) : prefs.isError ? (
        <ErrorState error={prefs.error} onRetry={() => void prefs.refetch()} />
      ) : (
        <div className="stack">
          <section className="card" aria-labelledby="kinds-heading">
            <h2 id="kinds-heading">What you hear about</h2>
            <table className="prefs-table">
              <thead>
                <tr>
                  <th scope="col">Message</th>
                  <th scope="col">How</th>
                </tr>
              </thead>
              <tbody>
                {prefs.data.notificationPreferences.map((p) => (
                  <tr key={p.kind}>
                    <th scope="row">{p.label}</th>
                    <td>
                      <ChannelSelect kind={p.kind} label={p.label} channel={p.channel} />
                    </td>
                  </tr>
                ))}
                {LOCKED_KINDS.map((label) => (
                  <tr key={label}>
                    <th scope="row">{label}</th>
                    <td>
                      <Select
                        label={<span className="visually-hidden">{label}</span>}
                        options={[{ value: 'EMAIL', label: 'E-mail and in Tandem (always)' }]}
                        value="EMAIL"
                        disabled
                        description="Account and security messages can’t be switched off."
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <DigestForm key={JSON.stringify(prefs.data.notificationSettings)} settings={prefs.data.notificationSettings} />
        </div>
      )}
    </>
  );
}
