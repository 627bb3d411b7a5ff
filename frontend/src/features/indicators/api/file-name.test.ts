import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition } from './file-name';

describe('fileNameFromDisposition', () => {
  it('reads the file name, the encoded one first, never a path', () => {
    expect(fileNameFromDisposition('attachment; filename="indicators-2026-01-2026-03.csv"')).toBe(
      'indicators-2026-01-2026-03.csv',
    );
    expect(fileNameFromDisposition('attachment; filename=report.xlsx')).toBe('report.xlsx');
    expect(
      fileNameFromDisposition(
        `attachment; filename="kazalniki.csv"; filename*=UTF-8''kazalniki-%C5%A1.csv`,
      ),
    ).toBe('kazalniki-š.csv');
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(fileNameFromDisposition('attachment')).toBeNull();
    expect(fileNameFromDisposition(null)).toBeNull();
  });
});
