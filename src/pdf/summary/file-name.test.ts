import { describe, expect, it } from 'vitest';
import { summaryFileName } from './file-name';

describe('summaryFileName', () => {
  const date = new Date('2026-11-27T10:00:00Z');

  it('names the company, the kind of document, the languages and the day', () => {
    expect(summaryFileName('Baan Rim Nam Foods Co., Ltd.', ['th'], date)).toBe('Baan Rim Nam Foods Co., Ltd. - Continuity summary - th - 2026-11-27.pdf');
    expect(summaryFileName('บริษัท บ้านริมน้ำฟู้ดส์', ['ja', 'th'], date)).toBe('บริษัท บ้านริมน้ำฟู้ดส์ - Continuity summary - ja+th - 2026-11-27.pdf');
  });

  it('leaves out characters file systems refuse, and names a plan without a name', () => {
    expect(summaryFileName('A/B: "C"?', ['en'], date)).toBe('A B C - Continuity summary - en - 2026-11-27.pdf');
    expect(summaryFileName('  ', ['en'], date)).toBe('plan - Continuity summary - en - 2026-11-27.pdf');
  });
});
