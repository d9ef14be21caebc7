export type ScoringInputErrorCode = 'UNKNOWN_ITEM' | 'ITEM_NOT_FOR_RATER' | 'DUPLICATE_ANSWER' | 'VALUE_OUT_OF_RANGE' | 'NA_NOT_ALLOWED';

/** Answers that cannot be scored against the instrument: the caller sent bad input (an API maps it to a 400). */
export class ScoringInputError extends Error {
  override readonly name = 'ScoringInputError';

  constructor(
    readonly code: ScoringInputErrorCode,
    readonly itemCode: string,
    message: string,
  ) {
    super(message);
  }
}
