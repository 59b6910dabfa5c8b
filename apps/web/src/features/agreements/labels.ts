import type { AgreementVersion, Bilingual, MotionView } from '@huahe/contracts';
import type { UiLang } from '../../app/i18n';

/** The text of a bilingual label in the interface language. */
export const pick = (b: Bilingual | { zh: string; en?: string }, lang: UiLang): string =>
  lang === 'en' ? (b.en ?? b.zh) : b.zh;

/** Tag colours of version statuses. */
export const versionColors: Record<AgreementVersion['status'], string> = {
  signing: 'processing',
  effective: 'success',
  superseded: 'default',
  withdrawn: 'default',
};

/** Tag colours of motion decisions. */
export const decisionColors: Record<MotionView['decision']['status'], string> = {
  passed: 'success',
  rejected: 'error',
  pending: 'processing',
  blocked_by_veto: 'volcano',
  invalid: 'warning',
};

/** A SHA-256 digest shortened for tables: the first 12 and last 4 hex digits. */
export const shortDigest = (d: string): string => (d.length > 20 ? `${d.slice(0, 12)}…${d.slice(-4)}` : d);
