// The schema lint (eslint.config.js: @graphql-eslint's schema and Relay rules) as findings named by schema
// coordinate (`Type.field`, `Type.field(arg:)`, `Enum.VALUE`, `@directive(arg:)`), stable as lines move.
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { type ASTNode, type NameNode, parse, visit } from 'graphql';
import { schemaFiles } from './sources.js';

export const DESCRIPTION_RULE = '@graphql-eslint/require-description';

export interface Finding {
  rule: string;
  coordinate: string;
  file: string;
  line: number;
  message: string;
}

type Named = ASTNode & { name?: NameNode };

/** Each named element's schema coordinate, by the line and column of its name (where the lint reports). */
function coordinatesOf(sdl: string): Map<string, string> {
  const byPosition = new Map<string, string>();
  const enter = (node: Named, ancestry: readonly (ASTNode | readonly ASTNode[])[]) => {
    if (!node.name?.loc) return;
    const owners = ancestry.filter((a): a is Named => !Array.isArray(a) && 'kind' in a && 'name' in a);
    const coordinate = joinCoordinate([...owners, node].map((n) => ({ kind: n.kind, name: n.name?.value ?? '' })));
    const { line, column } = node.name.loc.startToken;
    byPosition.set(`${line}:${column}`, coordinate);
  };
  visit(parse(sdl), { enter: (node, _key, _parent, _path, ancestors) => enter(node as Named, ancestors) });
  return byPosition;
}

function joinCoordinate(path: readonly { kind: string; name: string }[]): string {
  const [owner, member, argument] = path;
  if (!owner) return '';
  const head = owner.kind === 'DirectiveDefinition' ? `@${owner.name}` : owner.name;
  if (!member) return head;
  if (owner.kind === 'DirectiveDefinition') return `${head}(${member.name}:)`;
  if (!argument) return `${head}.${member.name}`;
  return `${head}.${member.name}(${argument.name}:)`;
}

/** The schema's findings; with `probe`, those of one more SDL file (by its path under schema/) instead. */
export async function lintSchema(probe?: { filePath: string; sdl: string }): Promise<Finding[]> {
  const eslint = new ESLint();
  const results = probe
    ? await eslint.lintText(probe.sdl, { filePath: probe.filePath })
    : await eslint.lintFiles(schemaFiles());
  return results.flatMap((result) => {
    const file = result.filePath.slice(process.cwd().length + 1);
    const coordinates = coordinatesOf(probe ? probe.sdl : readFileSync(result.filePath, 'utf8'));
    return result.messages.map((message) => ({
      rule: message.ruleId ?? '(parse)',
      coordinate: coordinates.get(`${message.line}:${message.column}`) ?? `${file}:${message.line}`,
      file,
      line: message.line,
      message: message.message,
    }));
  });
}

export function describeFinding(finding: Finding): string {
  return `${finding.file}:${finding.line} ${finding.coordinate}: ${finding.message} (${finding.rule})`;
}

// `npm run lint:schema` prints the findings the test fails on.
if (import.meta.url === `file://${process.argv[1]}`) {
  const findings = await lintSchema();
  for (const finding of findings) console.log(describeFinding(finding));
  console.log(`${findings.length} finding(s).`);
  if (findings.length > 0) process.exitCode = 1;
}
