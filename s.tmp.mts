import { analyze } from './lib/language/analyze.ts';

for (const t of process.argv.slice(2)) {
  const a = analyze(t);
  console.log(a.protest ? 'P' : '-', a.score.toFixed(2), t);
}
