export * from './checklist-completeness';
export * from './score-checklist';
export * from './scoring-input-error';
export * from './scoring-types';
export {
  DEVELOPMENT_AREA_BELOW,
  HIGH_BAND_MIN,
  ITEM_ALERT_MIN,
  MODERATE_BAND_MIN,
  driftIndexFromRaw,
  fidelityBand,
  itemScore,
  minimumRatedItems,
} from './scoring-rules';
