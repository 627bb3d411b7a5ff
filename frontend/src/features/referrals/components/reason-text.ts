import type { TFunction } from 'i18next';
import { CLOSING_OUTCOMES, DECLINE_REASONS } from '../api/get-referrals';

const KNOWN: readonly string[] = [...DECLINE_REASONS, ...CLOSING_OUTCOMES, 'CONSENT_OVERRIDE'];

/** A timeline reason or decision code in plain words: a DeclineReason, ClosingOutcome or override. */
export function reasonText(t: TFunction, code: string | null | undefined): string {
  if (!code) return '';
  return KNOWN.includes(code) ? t(`referrals.reasons.${code}`) : code;
}
