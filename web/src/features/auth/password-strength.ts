import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { passwordProblem, passwordStrengthLabel } from '@tandem/shared';

/**
 * The strength meter's estimator: zxcvbn-ts with its common and English dictionaries, and the same common-password
 * list (`passwords-common` of @zxcvbn-ts/language-common) the API checks against — so the form refuses exactly what
 * the API refuses, with the same message (the rule itself is `passwordProblem` in @tandem/shared). Loaded on demand:
 * the dictionaries are large and only the three new-password pages need them.
 */
export interface PasswordEstimator {
  /** zxcvbn score 0–4. */
  score(password: string, userInputs: readonly string[]): number;
  isCommon(lowerCased: string): boolean;
}

let loading: Promise<PasswordEstimator> | null = null;

export function loadPasswordEstimator(): Promise<PasswordEstimator> {
  loading ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')])
    .then(([core, common, en]) => {
      const zxcvbn = new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...en.dictionary },
        graphs: common.adjacencyGraphs,
        translations: en.translations,
        // Bounded work per keystroke: long pass phrases are strong anyway.
        maxLength: 64,
        l33tMaxSubstitutions: 6,
      });
      const list = new Set(common.dictionary['passwords-common']);
      const estimator: PasswordEstimator = {
        score: (password, userInputs) => zxcvbn.check(password, [...userInputs]).score,
        isCommon: (word) => list.has(word),
      };
      return estimator;
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

export interface PasswordCheck {
  /** The shared rule's message when the password may not be used; null when it may (or is empty). */
  problem: string | null;
  /** zxcvbn score 0–4 (a refused password shows at most 1); null while empty or loading. */
  score: number | null;
  label: string | null;
}

export function checkPassword(estimator: PasswordEstimator | null, password: string, userInputs: readonly string[]): PasswordCheck {
  if (!password) return { problem: null, score: null, label: null };
  const problem = passwordProblem(password, { isCommon: estimator?.isCommon ?? (() => false), userInputs });
  if (!estimator) return { problem, score: null, label: null };
  const raw = estimator.score(password, userInputs);
  const score = problem ? Math.min(raw, 1) : raw;
  return { problem, score, label: passwordStrengthLabel(score) };
}

/** Live check of a new password: loads the estimator once, then follows the typing (deferred, so typing stays smooth). */
export function usePasswordCheck(password: string, userInputs: readonly string[]): PasswordCheck & { ready: boolean } {
  const [estimator, setEstimator] = useState<PasswordEstimator | null>(null);
  useEffect(() => {
    let live = true;
    loadPasswordEstimator().then((e) => live && setEstimator(e), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  const deferred = useDeferredValue(password);
  const inputsKey = userInputs.join('\u0000');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- inputsKey stands for userInputs
  const check = useMemo(() => checkPassword(estimator, deferred, userInputs), [estimator, deferred, inputsKey]);
  return { ...check, ready: estimator !== null };
}

/** The rule as a form checks it on submit (common-password list included once loaded). */
export function newPasswordError(estimator: PasswordEstimator | null, password: string, userInputs: readonly string[]): string | undefined {
  return passwordProblem(password, { isCommon: estimator?.isCommon ?? (() => false), userInputs }) ?? undefined;
}
