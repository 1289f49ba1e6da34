import { createRequire } from 'node:module';
import { reviewFloor, writtenCorpus } from '../../lib/cli/corpus.ts';
import { analyze } from '../../lib/language/analyze.ts';
import { chatCorpus } from './corpus.ts';

interface SentimentAnalyzer {
  analyze(text: string): unknown;
}

const ROUNDS = 7;
const WARM_UP_ROUNDS = 3;

interface Summary {
  mean: number;
  p50: number;
  p99: number;
}

function summarise(samples: Float64Array): Summary {
  const sorted = Float64Array.from(samples).sort();
  let total = 0;
  for (const sample of samples) total += sample;
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return { mean: total / samples.length, p50: at(0.5), p99: at(0.99) };
}

/** Each message's fastest round: what the code costs, without the machine's other work on top. */
function fastestRounds(samples: Float64Array, messages: number): Float64Array {
  const fastest = new Float64Array(messages).fill(Number.POSITIVE_INFINITY);
  for (let i = 0; i < samples.length; i++) {
    const message = i % messages;
    fastest[message] = Math.min(fastest[message] ?? Number.POSITIVE_INFINITY, samples[i] ?? 0);
  }
  return fastest;
}

function line(name: string, { mean, p50, p99 }: Summary): string {
  return (
    `${name.padEnd(10)} ${Math.round(1e6 / mean).toLocaleString('en')} messages/s, ` +
    `mean ${mean.toFixed(2)} µs, p50 ${p50.toFixed(2)} µs, p99 ${p99.toFixed(2)} µs`
  );
}

/** Microseconds taken by one call. */
function time(run: () => unknown): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1000;
}

/**
 * Protest analysis (markers with spans and kinds) against the `sentiment` package, on the same
 * messages in the same process: each message timed on its own, the two interleaved so neither
 * gets a warmer cache or a quieter moment of the machine.
 */
export default async function benchLanguage(): Promise<void> {
  const require = createRequire(import.meta.url);
  const Sentiment = require('sentiment') as new () => SentimentAnalyzer;
  const sentiment = new Sentiment();
  // Generated chat, texting-style messages people wrote for the corpus, and real one-line reviews.
  const corpus = [
    ...chatCorpus(6_000),
    ...writtenCorpus()
      .slice(0, 3_000)
      .map((row) => row.text),
    ...reviewFloor().slice(0, 1_000),
  ];

  let flagged = 0;
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    for (const text of corpus) {
      if (analyze(text).protest && round === 0) flagged++;
      sentiment.analyze(text);
    }
  }

  const ours = new Float64Array(corpus.length * ROUNDS);
  const theirs = new Float64Array(corpus.length * ROUNDS);
  let sample = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const text of corpus) {
      // Alternate who goes first so neither always runs on the other's warm cache.
      if (sample % 2 === 0) {
        ours[sample] = time(() => analyze(text));
        theirs[sample] = time(() => sentiment.analyze(text));
      } else {
        theirs[sample] = time(() => sentiment.analyze(text));
        ours[sample] = time(() => analyze(text));
      }
      sample++;
    }
    // Let the event loop breathe between rounds.
    await new Promise((resolve) => setImmediate(resolve));
  }

  const oursBest = summarise(fastestRounds(ours, corpus.length));
  const theirsBest = summarise(fastestRounds(theirs, corpus.length));
  const oursAll = summarise(ours);
  const theirsAll = summarise(theirs);
  console.log(
    `language bench: ${corpus.length.toLocaleString('en')} messages — generated chat, written texting, real reviews — (${flagged.toLocaleString('en')} read as protests), ` +
      `${ROUNDS} interleaved rounds, each message timed alone`,
  );
  console.log('per message, fastest of its rounds:');
  console.log(`  ${line('analyze', oursBest)}`);
  console.log(`  ${line('sentiment', theirsBest)}`);
  console.log('all rounds, machine noise included:');
  console.log(`  ${line('analyze', oursAll)}`);
  console.log(`  ${line('sentiment', theirsAll)}`);
  console.log(
    `ratio analyze/sentiment: mean ${(oursBest.mean / theirsBest.mean).toFixed(2)}× ` +
      `(all rounds ${(oursAll.mean / theirsAll.mean).toFixed(2)}×), p50 ${(oursBest.p50 / theirsBest.p50).toFixed(2)}× ` +
      `; analyze p99 ${oursBest.p99.toFixed(1)} µs, all rounds ${oursAll.p99.toFixed(1)} µs (target < 50 µs)`,
  );
}
