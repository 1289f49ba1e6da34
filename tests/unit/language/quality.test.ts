import { expect, it } from 'vitest';
import { analyze } from '../../../lib/language/analyze.ts';
import { MESSAGES } from './messages.ts';

it('detects protests with high precision and recall over the labelled messages', () => {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const { text, protest } of MESSAGES) {
    const flagged = analyze(text).protest;
    if (flagged && protest) truePositives++;
    else if (flagged) falsePositives++;
    else if (protest) falseNegatives++;
  }
  const precision = truePositives / (truePositives + falsePositives);
  const recall = truePositives / (truePositives + falseNegatives);
  console.log(
    `protest detection: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} over ${MESSAGES.length} messages ` +
      `(${truePositives + falseNegatives} protests; ${falsePositives} false alarms, ${falseNegatives} missed)`,
  );
  expect(precision).toBeGreaterThanOrEqual(0.95);
  expect(recall).toBeGreaterThanOrEqual(0.9);
});
