import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const TSX = 'node_modules/.bin/tsx';
const CLI = 'lib/cli/analyze.ts';

interface Answer {
  text: string;
  protest: boolean;
  score: number;
  boundary: boolean;
  language: string;
  kinds: string[];
  markers: { kind: string; start: number; end: number }[];
  rewrite: string | null;
  rewrites: string[];
}

function run(
  input: Buffer,
  args: string[] = [],
): { answers: Answer[]; raw: string; status: number | null; stderr: string } {
  const result = spawnSync(TSX, [CLI, ...args], { input, maxBuffer: 64 * 1024 * 1024, timeout: 60_000 });
  const raw = result.stdout.toString('utf8');
  const lines = raw.split('\n');
  expect(lines.pop()).toBe('');
  return {
    answers: lines.map((line) => JSON.parse(line) as Answer),
    raw,
    status: result.status,
    stderr: result.stderr.toString('utf8'),
  };
}

// Each case starts the command as its own process: on a busy two-core machine that alone can
// take longer than a unit test's usual five seconds, and how long it takes is not what is tested.
describe('the analyze command', { timeout: 60_000 }, () => {
  it('answers every line, in order, with exactly the promised keys', () => {
    const megabyteLine = `${'so tired, long day at work '.repeat(38_000)}you never listen`;
    const input = Buffer.concat([
      Buffer.from('You never want to spend time with me\n'),
      Buffer.from('\n'),
      Buffer.from('hello??\r\n'),
      Buffer.from(`${megabyteLine}\n`),
      Buffer.from([0x66, 0x69, 0x6e, 0x65, 0xff, 0xfe, 0x2e, 0x0a]), // "fine\xff\xfe." invalid UTF-8
      Buffer.from([0xc3, 0x0a]), // a truncated two-byte sequence
      Buffer.from('see you at 8 😊\r\n'),
      Buffer.from('last line without a newline'),
    ]);
    const { answers, status, stderr } = run(input);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(answers).toHaveLength(8);

    for (const answer of answers) {
      expect(Object.keys(answer)).toEqual([
        'text',
        'protest',
        'score',
        'boundary',
        'language',
        'kinds',
        'markers',
        'rewrite',
        'rewrites',
      ]);
      expect(answer.score).toBeGreaterThanOrEqual(0);
      expect(answer.score).toBeLessThanOrEqual(1);
      expect(answer.language).toBe('en');
      for (const marker of answer.markers) expect(Object.keys(marker)).toEqual(['kind', 'start', 'end']);
      expect(answer.rewrite === null).toBe(!answer.protest);
      expect(answer.rewrites[0] ?? null).toBe(answer.rewrite);
    }

    const [first, empty, ping, long, invalid, truncated, crlf, last] = answers;
    expect(first).toMatchObject({ protest: true, kinds: ['globalizing-criticism'] });
    expect(first?.markers[0]).toEqual({ kind: 'globalizing-criticism', start: 0, end: 9 });
    expect(empty).toEqual({
      text: '',
      protest: false,
      score: 0,
      boundary: false,
      language: 'en',
      kinds: [],
      markers: [],
      rewrite: null,
      rewrites: [],
    });
    expect(ping).toMatchObject({ text: 'hello??', protest: true, kinds: ['demand-ping'] });
    expect(long?.text).toBe(megabyteLine);
    expect(long?.kinds).toEqual(['globalizing-criticism']);
    expect(invalid?.text).toBe('fine\uFFFD\uFFFD.');
    expect(truncated?.text).toBe('\uFFFD');
    expect(crlf).toMatchObject({ text: 'see you at 8 😊', protest: false });
    expect(last?.text).toBe('last line without a newline');
  });

  it('words the softer versions for the hour given with --hour', () => {
    const input = Buffer.from(
      "you never ring me on your lunch break\nwhy are you ignoring me\nwhatever, I'm done\n",
    );
    const night = run(input, ['--hour', '2', '--day', '3']).answers.flatMap((answer) => answer.rewrites);
    const morning = run(input, ['--hour=9', '--day=3']).answers.flatMap((answer) => answer.rewrites);
    expect(night.length).toBeGreaterThan(3);
    for (const version of night) expect(version).not.toMatch(/tonight|this evening|in an hour/);
    expect(night.join(' ')).toMatch(/tomorrow|in the morning/);
    expect(morning.join(' ')).toMatch(/tonight|in an hour/);
  });

  it.each([
    ['--hour', '24'],
    ['--hour', 'two'],
    ['--day', '7'],
  ])('refuses %s %s with a reason', (flag, value) => {
    const { status, stderr, answers } = run(Buffer.from('hello??\n'), [flag, value]);
    expect(status).toBe(2);
    expect(stderr).toContain(`${flag} takes a whole number`);
    expect(answers).toEqual([]);
  });

  it('prints nothing for no input', () => {
    const { answers, status } = run(Buffer.alloc(0));
    expect(status).toBe(0);
    expect(answers).toEqual([]);
  });

  it('stops quietly when the reader goes away', async () => {
    const child = spawn(TSX, [CLI], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    const lines = Buffer.from('hello?? why are you ignoring me\n'.repeat(2_000));
    // Keep writing until the command has gone; its stdin then closes under us, which is fine.
    child.stdin.on('error', () => {});
    const feed = () => {
      while (!child.stdin.destroyed && child.stdin.write(lines)) {}
      if (!child.stdin.destroyed) child.stdin.once('drain', feed);
    };
    feed();
    expect(await closed).toBe(0);
    expect(stderr).toBe('');
  }, 60_000);
});
