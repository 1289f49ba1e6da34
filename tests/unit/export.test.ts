import { describe, expect, it } from 'vitest';
import { EXPORT_VERSION, exportFileName, outcomesToCsv, outcomesToJson } from '@/lib/export.ts';
import type { ExportedOutcome } from '@/lib/store/db.ts';

const at = Date.UTC(2025, 11, 9, 21, 54);
const outcomes: ExportedOutcome[] = [
  {
    id: 7,
    at,
    site: 'whatsapp',
    chat: 'k3j2h1g0f9d8',
    reason: 'streak+protest',
    streak: 3,
    kinds: ['blame-question', 'demand-ping'],
    answer: 'anxiety',
    action: 'wait',
    waitMinutes: 10,
    holdEnd: null,
    recoveryMinutes: 12,
  },
  {
    at: at + 60_000,
    site: 'whatsapp',
    chat: 'a1b2c3',
    reason: 'streak',
    streak: 4,
    kinds: [],
    answer: null,
    action: 'send-anyway',
    waitMinutes: null,
    holdEnd: null,
    recoveryMinutes: null,
  },
];

describe('outcomesToJson', () => {
  it('wraps the outcomes in a dated, versioned envelope, pretty-printed', () => {
    const text = outcomesToJson(outcomes, at);
    expect(text).toContain('\n  "outcomes": [');
    const parsed = JSON.parse(text);
    expect(parsed.exportedAt).toBe('2025-12-09T21:54:00.000Z');
    expect(parsed.version).toBe(EXPORT_VERSION);
    expect(parsed.outcomes).toHaveLength(2);
    expect(parsed.outcomes[1]).toEqual(outcomes[1]);
  });

  it('carries the agreement when there is one: the only text of the person’s Softer keeps', () => {
    const agreement = { enough: 'tea at six', signal: 'yellow light', maxPauseMinutes: 45, reEntry: 'a hug' };
    expect(JSON.parse(outcomesToJson(outcomes, at, agreement)).agreement).toEqual(agreement);
    expect(JSON.parse(outcomesToJson(outcomes, at)).agreement).toBeUndefined();
  });

  it('exports only outcome fields: not the database key, nor anything else that was stored', () => {
    const extra = { ...outcomes[0], draft: 'Why are you ignoring me?', name: 'Sam' } as ExportedOutcome;
    const [exported] = JSON.parse(outcomesToJson([extra], at)).outcomes;
    expect(Object.keys(exported).sort()).toEqual(
      [
        'action',
        'answer',
        'at',
        'chat',
        'holdEnd',
        'kinds',
        'recoveryMinutes',
        'reason',
        'site',
        'streak',
        'waitMinutes',
      ].sort(),
    );
    expect(JSON.stringify(exported)).not.toMatch(/ignoring|Sam/);
  });
});

describe('outcomesToCsv', () => {
  it('has a header row and one row per outcome, kinds joined with ;', () => {
    expect(outcomesToCsv(outcomes).split('\r\n')).toEqual([
      'at,site,chat,reason,streak,kinds,answer,action,waitMinutes,holdEnd,recoveryMinutes',
      '2025-12-09T21:54:00.000Z,whatsapp,k3j2h1g0f9d8,streak+protest,3,blame-question;demand-ping,anxiety,wait,10,,12',
      '2025-12-09T21:55:00.000Z,whatsapp,a1b2c3,streak,4,,,send-anyway,,,',
      '',
    ]);
  });

  it('is only a header when there is nothing to export', () => {
    expect(outcomesToCsv([])).toBe(
      'at,site,chat,reason,streak,kinds,answer,action,waitMinutes,holdEnd,recoveryMinutes\r\n',
    );
  });

  it('quotes cells with commas, quotes and line breaks', () => {
    const odd = { ...outcomes[1], chat: 'a,"b"\nc' } as ExportedOutcome;
    expect(outcomesToCsv([odd]).split('\r\n')[1]).toContain(',"a,""b""\nc",');
  });

  it.each(['=HYPERLINK("http://x")', '+1', '-1+2', '@SUM(A1)', '\tcmd'])(
    'defuses a cell that a spreadsheet would run as a formula: %j',
    (chat) => {
      const row = outcomesToCsv([{ ...outcomes[1], chat } as ExportedOutcome]).split('\r\n')[1] ?? '';
      const cell = row.split(',')[2] ?? '';
      expect(cell.replace(/^"/, '')).toMatch(/^'/);
    },
  );

  it('drops fields that are not part of an outcome', () => {
    const extra = { ...outcomes[1], draft: 'You never listen' } as ExportedOutcome;
    expect(outcomesToCsv([extra])).not.toContain('listen');
  });
});

describe('exportFileName', () => {
  it('is dated by the local day', () => {
    expect(exportFileName('json', new Date(2025, 0, 5, 23, 30).getTime())).toBe(
      'softer-outcomes-2025-01-05.json',
    );
    expect(exportFileName('csv', new Date(2025, 11, 9).getTime())).toBe('softer-outcomes-2025-12-09.csv');
  });
});
