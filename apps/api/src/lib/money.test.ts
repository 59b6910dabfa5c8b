import { describe, expect, it } from 'vitest';
import { formatYuan } from './money';

describe('formatYuan', () => {
  it.each([
    ['552000', '552,000.00'],
    ['552000.00', '552,000.00'],
    ['0.5', '0.50'],
    ['999.99', '999.99'],
    ['1000', '1,000.00'],
    ['-1234567.8', '-1,234,567.80'],
    [123456789012n, '1,234,567,890.12'],
    [-5n, '-0.05'],
  ] as const)('writes %s as %s', (amount, text) => {
    expect(formatYuan(amount)).toBe(text);
  });
});
