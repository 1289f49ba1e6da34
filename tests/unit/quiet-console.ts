/**
 * Softer says in the console (at debug level) each time it steps aside after an error — the very
 * faults these tests inject. Those lines are expected, so the unit run keeps them out of its output,
 * where a stack trace would read as a failure. Warnings and errors still show.
 */
// Replaced rather than mocked, so a test's vi.restoreAllMocks() does not bring the lines back.
console.debug = () => undefined;

/**
 * Softer's one warning — a page whose message rows it cannot read — is what the tests of unknown
 * page shapes are there to cause, so it is printed marked as expected; any other warning prints
 * as it is.
 */
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const [first, ...rest] = args;
  if (typeof first === 'string' && first.startsWith("Softer can't read the message rows"))
    warn(`(expected: a test page in an unknown shape) ${first}`, ...rest);
  else warn(...args);
};
