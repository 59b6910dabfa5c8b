/**
 * Chinese for the English messages that schemas attach to their own checks (regexes, refinements).
 * Schemas are language-neutral, so the API translates these when it reports the issue.
 */
export const checkMessagesZh: Record<string, string> = {
  'not an exact fraction in [0, 1] such as "2/3" or "50%"': '应为 0 到 1 之间的精确分数，如“2/3”或“50%”',
  'amount in yuan with at most 2 decimals, e.g. "1500000.00"':
    '应为以元为单位、最多两位小数的金额，如“1500000.00”',
  'person-months with at most 1 decimal, e.g. "36" or "7.5"': '应为最多一位小数的人月数，如“36”或“7.5”',
  'the amount cannot be negative': '金额不能为负数',
  'the amount cannot exceed 999999999999999.99 yuan': '金额不能超过 999999999999999.99 元',
  'a non-negative decimal, e.g. "36.5"': '应为非负小数，如“36.5”',
  'a non-negative decimal score': '应为非负的小数评分',
  'money must be a decimal string with at most 2 decimals': '金额应为最多两位小数的十进制字符串',
  'a decimal share between 0 and 1, e.g. "0.4"': '应为 0 到 1 之间的小数份额，如“0.4”',
};
