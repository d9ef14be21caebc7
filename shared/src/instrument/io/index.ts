import type { InstrumentDefinition } from '../instrument-types';
import { definitionFromJson, definitionToJson, MAX_INSTRUMENT_FILE_BYTES, type DefinitionResult } from './definition';
import { definitionFromRedcapCsv, definitionToRedcapCsv } from './redcap';

export * from './definition';
export * from './redcap';
export * from './schema';

export type InstrumentFileFormat = 'JSON' | 'REDCAP_CSV';

export function exportDefinition(def: InstrumentDefinition, format: InstrumentFileFormat): string {
  return format === 'JSON' ? definitionToJson(def) : definitionToRedcapCsv(def);
}

export function importDefinition(content: string, format: InstrumentFileFormat): DefinitionResult {
  if (new TextEncoder().encode(content).length > MAX_INSTRUMENT_FILE_BYTES) {
    return { definition: null, problems: ['The content is larger than 1 MB.'] };
  }
  return format === 'JSON' ? definitionFromJson(content) : definitionFromRedcapCsv(content);
}
