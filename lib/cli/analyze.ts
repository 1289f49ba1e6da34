/**
 * `npm run -s analyze`: one message per line on stdin, one JSON answer per line on stdout, in
 * the same order. Any bytes get an answer: empty lines, very long lines, CRLF endings and invalid
 * UTF-8 (decoded with replacement characters). Input is streamed; only the current line is held.
 *
 * `--hour H` (0–23) and `--day D` (0 = Sunday … 6) set the local time the softer versions are
 * worded for ("tomorrow" at 2 a.m., "tonight" in the morning); both default to now.
 */
import { analyze } from '../language/analyze.ts';
import { type Moment, momentOf } from '../language/softer/moment.ts';
import { softerVersions } from '../language/softer/versions.ts';
import { argument } from './args.ts';

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const decoder = new TextDecoder('utf-8', { fatal: false });

/** The moment from `--hour`/`--day` (each `--name value` or `--name=value`); exits with a reason on a bad value. */
export function momentFromArgs(args: readonly string[], now: Date): Moment {
  const moment = momentOf(now);
  for (const [name, max] of [
    ['hour', 23],
    ['day', 6],
  ] as const) {
    const given = argument(args, name);
    if (given === undefined) continue;
    const number = Number(given);
    if (!/^\d{1,2}$/.test(given) || number > max) {
      process.stderr.write(`analyze: --${name} takes a whole number from 0 to ${max}, not "${given}"\n`);
      process.exit(2);
    }
    moment[name] = number;
  }
  return moment;
}

const moment = momentFromArgs(process.argv.slice(2), new Date());

function answer(bytes: Uint8Array): string {
  const end =
    bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN ? bytes.length - 1 : bytes.length;
  const text = decoder.decode(bytes.subarray(0, end));
  const analysis = analyze(text);
  const versions = softerVersions(analysis, moment);
  return JSON.stringify({
    text,
    protest: analysis.protest,
    score: Math.round(analysis.score * 1000) / 1000,
    boundary: analysis.boundary,
    language: analysis.language,
    kinds: analysis.kinds,
    markers: analysis.markers.map(({ kind, start, end }) => ({ kind, start, end })),
    rewrite: versions[0] ?? null,
    rewrites: versions,
  });
}

/** Writes, waiting for the pipe to drain when it is full, so memory stays bounded. */
async function write(output: string): Promise<void> {
  if (output === '' || process.stdout.write(output)) return;
  await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
}

async function main(): Promise<void> {
  // A reader that closed early (`| head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });

  let partial: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    let output = '';
    let from = 0;
    for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, from)) {
      const piece = chunk.subarray(from, at);
      const line = partial.length === 0 ? piece : Buffer.concat([...partial, piece]);
      partial = [];
      output += `${answer(line)}\n`;
      from = at + 1;
    }
    if (from < chunk.length) partial.push(chunk.subarray(from));
    await write(output);
  }
  if (partial.length > 0) await write(`${answer(Buffer.concat(partial))}\n`);
}

await main();
