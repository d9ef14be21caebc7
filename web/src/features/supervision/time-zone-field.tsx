import { useMemo, useState } from 'react';
import { Select } from '../../components/ui/select';
import { TextField } from '../../components/ui/text-field';
import { allTimeZones, browserTimeZone } from './time';
import { TEXT_LIMITS } from '@tandem/shared';

/** A time zone: type to narrow the list, then choose (every IANA zone the browser knows). */
export function TimeZoneField({ value, onChange }: { value: string; onChange: (zone: string) => void }) {
  const [search, setSearch] = useState('');
  const zones = useMemo(() => allTimeZones([browserTimeZone(), value]), [value]);
  const needle = search.trim().toLowerCase().replace(/\s+/g, '_');
  const shown = needle ? zones.filter((z) => z.toLowerCase().includes(needle) || z === value) : zones;
  return (
    <div className="tz-field">
      <TextField
        label="Find a time zone"
        maxLength={TEXT_LIMITS.timeZone}
        type="search"
        value={search}
        onChange={(e) => {
          setSearch(e.target.value);
          const n = e.target.value.trim().toLowerCase().replace(/\s+/g, '_');
          const first = n ? zones.find((z) => z.toLowerCase().includes(n)) : undefined;
          if (first) onChange(first);
        }}
        placeholder="e.g. london, new york"
        optional
      />
      <Select
        label="Time zone"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        options={shown.map((z) => ({ value: z, label: `${z.replace(/_/g, ' ')}${z === browserTimeZone() ? ' (yours)' : ''}` }))}
        description={`${shown.length === zones.length ? zones.length : `${shown.length} of ${zones.length}`} zones`}
      />
    </div>
  );
}
