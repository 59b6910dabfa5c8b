import { describe, expect, it } from 'vitest';
import { validateSoftwareCopyright } from './software-copyright';

describe('validateSoftwareCopyright', () => {
  it.each([
    ['软著登字第1234567号', { kind: 'certificate', number: 1234567, canonical: '软著登字第1234567号' }],
    ['软著登字第 0345678 号', { kind: 'certificate', number: 345678, canonical: '软著登字第0345678号' }],
    ['2023SR0123456', { kind: 'registration', year: 2023, serial: '0123456', canonical: '2023SR0123456' }],
    ['2012SR012345', { kind: 'registration', year: 2012, serial: '012345', canonical: '2012SR012345' }],
    ['2023sr0123456', { kind: 'registration', year: 2023, canonical: '2023SR0123456' }],
    [
      '2005SRBJ1234',
      { kind: 'registration', year: 2005, office: 'BJ', serial: '1234', canonical: '2005SRBJ1234' },
    ],
  ])('accepts %s', (input, parsed) => {
    expect(validateSoftwareCopyright(input)).toMatchObject({ valid: true, parsed });
  });

  it.each([
    ['no number', '软著登字第号', 'softcopy.format'],
    ['a certificate number of zero', '软著登字第0号', 'softcopy.number'],
    ['a certificate number without 号', '软著登字第1234567', 'softcopy.format'],
    ['a year before software registration began', '1990SR012345', 'softcopy.year'],
    ['a serial of eight digits', '2023SR01234567', 'softcopy.format'],
    ['a patent number', 'CN202310123456.6', 'softcopy.format'],
    ['nothing', '', 'softcopy.format'],
  ])('rejects %s', (_what, input, code) => {
    const result = validateSoftwareCopyright(input);
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.reason.code).toBe(code);
  });

  it('explains the expected forms in both languages', () => {
    const result = validateSoftwareCopyright('SR123');
    expect(!result.valid && result.reason.zh).toContain('软著登字第1234567号');
    expect(!result.valid && result.reason.en).toContain('2023SR0123456');
  });
});
