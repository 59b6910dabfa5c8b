import type { TFunction } from 'i18next';
import { cleanAmount } from './money';

/** A form rule for an amount in yuan: digits with at most two decimals (thousands separators allowed). */
export const moneyRule = (t: TFunction) => ({
  validator: async (_: unknown, value: string | undefined) => {
    if (value === undefined || value === null || String(value).trim() === '') return;
    if (!cleanAmount(String(value))) throw new Error(t('deals.amountRule'));
  },
});
