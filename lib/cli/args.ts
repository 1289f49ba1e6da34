/** The value given for `--name` on a command line (`--name value` or `--name=value`), if any. */
export function argument(args: readonly string[], name: string): string | undefined {
  const at = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (at === -1) return undefined;
  const arg = args[at] as string;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[at + 1];
}

/** Whether the module at `url` is the script node was started with (not imported by a test). */
export const calledDirectly = (url: string): boolean =>
  process.argv[1] !== undefined && url.endsWith(process.argv[1].replace(/^.*\//, ''));
