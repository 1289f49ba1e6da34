/**
 * Softer says in the console (at debug level) each time it steps aside after an error — the very
 * faults these tests inject. Those lines are expected, so the unit run keeps them out of its output,
 * where a stack trace would read as a failure. Warnings and errors still show.
 */
// Replaced rather than mocked, so a test's vi.restoreAllMocks() does not bring the lines back.
console.debug = () => undefined;
