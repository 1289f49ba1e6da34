/** The value given for `--name` on a command line (`--name value` or `--name=value`), if any. */
export function argument(args: readonly string[], name: string): string | undefined {
  const at = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (at === -1) return undefined;
  const arg = args[at] as string;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[at + 1];
}
