// Software copyright registrations (计算机软件著作权登记), Copyright Protection Center of China (CPCC):
//   certificate number 软著登字第1234567号 (sequential since 1992), and
//   registration number 2023SR0123456: year, "SR", serial (6 digits until about 2017, 7 since; a few
//   early numbers carry a two-letter office mark, e.g. 2005SRBJ1234).
import { invalid, type InvalidReason, type Validation } from './reason';

/** The parts of a valid software copyright identifier. */
export type SoftwareCopyright =
  | { kind: 'certificate'; number: number; canonical: string }
  | { kind: 'registration'; year: number; office?: string; serial: string; canonical: string };

const r = (code: string, zh: string, en: string, extra: Partial<InvalidReason> = {}): InvalidReason => ({
  code,
  zh,
  en,
  ...extra,
});

/** Validates 软著登字第N号 or a registration number such as 2023SR0123456 (spaces ignored). */
export function validateSoftwareCopyright(input: string): Validation<SoftwareCopyright> {
  const text = input.replace(/\s+/g, '');
  const cert = /^软著登字第(\d{1,8})号$/.exec(text);
  if (cert) {
    const number = Number(cert[1]);
    if (number < 1)
      return invalid(r('softcopy.number', '证书号须大于 0', 'certificate number must be positive'));
    return { valid: true, parsed: { kind: 'certificate', number, canonical: `软著登字第${cert[1]}号` } };
  }
  const reg = /^(\d{4})SR([A-Z]{2})?(\d{4,7})$/i.exec(text);
  if (reg) {
    const year = Number(reg[1]);
    if (year < 1992 || year > 2099) {
      return invalid(
        r(
          'softcopy.year',
          `登记年份 ${year} 不在 1992–2099 之内`,
          `registration year ${year} is outside 1992–2099`,
          { actual: String(year) },
        ),
      );
    }
    const office = reg[2]?.toUpperCase();
    const serial = reg[3] ?? '';
    const canonical = `${year}SR${office ?? ''}${serial}`;
    return {
      valid: true,
      parsed: { kind: 'registration', year, serial, canonical, ...(office ? { office } : {}) },
    };
  }
  return invalid(
    r(
      'softcopy.format',
      '应为证书号“软著登字第1234567号”或登记号“2023SR0123456”',
      "expected a certificate number '软著登字第1234567号' or a registration number '2023SR0123456'",
    ),
  );
}
