import ts from 'typescript';
import type { Plugin } from 'vite';

/** The language tables: each rule carries drafts it must flag and look-alikes it must let through. */
const RULE_TABLE = /\/lib\/language\/rules\/[^/]+\.ts$/;
const EXAMPLES = new Set(['flags', 'allows']);

/**
 * A rule's examples stay beside it in the source, where a reader and the rule-example test find
 * them; the extension never reads them, so the shipped nudge module leaves them out (about a third
 * of the rule table), each with its property name: they are optional in a rule's type.
 */
export function withoutRuleExamples(code: string, file: string): string {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const cuts: Array<[number, number]> = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAssignment(node) &&
      ts.isIdentifier(node.name) &&
      EXAMPLES.has(node.name.text) &&
      ts.isArrayLiteralExpression(node.initializer)
    ) {
      const end = node.getEnd();
      cuts.push([node.getFullStart(), code[end] === ',' ? end + 1 : end]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = '';
  let at = 0;
  for (const [from, to] of cuts) {
    out += code.slice(at, from);
    at = to;
  }
  return out + code.slice(at);
}

/** The build step: applied to the rule tables only. */
export function leaveOutRuleExamples(): Plugin {
  return {
    name: 'softer:leave-out-rule-examples',
    enforce: 'pre',
    transform(code, id) {
      return RULE_TABLE.test(id) ? { code: withoutRuleExamples(code, id), map: null } : null;
    },
  };
}
