// The schema lint (eslint.config.js: @graphql-eslint's schema and Relay rules) as findings named by schema
// coordinate (`Type.field`, `Type.field(arg:)`, `Enum.VALUE`, `@directive(arg:)`), stable as lines move.
// Missing descriptions may be listed in a baseline (schema-lint-baseline.json): the lint then fails only on new ones.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { type ASTNode, type NameNode, parse, visit } from 'graphql';
import { schemaFiles } from './sources.js';

export const DESCRIPTION_RULE = '@graphql-eslint/require-description';
export const BASELINE = 'test/unit/schema-lint-baseline.json';

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

export async function lintSchema(): Promise<Finding[]> {
  const files = schemaFiles();
  const results = await new ESLint().lintFiles(files);
  return results.flatMap((result) => {
    const file = result.filePath.slice(process.cwd().length + 1);
    const coordinates = coordinatesOf(readFileSync(result.filePath, 'utf8'));
    return result.messages.map((message) => ({
      rule: message.ruleId ?? '(parse)',
      coordinate: coordinates.get(`${message.line}:${message.column}`) ?? `${file}:${message.line}`,
      file,
      line: message.line,
      message: message.message,
    }));
  });
}

/** Coordinates still allowed to lack a description; no file or an empty list means none. */
export function readBaseline(file = BASELINE): Set<string> {
  return new Set(existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : []);
}

export function missingDescriptions(findings: readonly Finding[]): string[] {
  return [...new Set(findings.filter((f) => f.rule === DESCRIPTION_RULE).map((f) => f.coordinate))].sort();
}

export function describeFinding(finding: Finding): string {
  return `${finding.file}:${finding.line} ${finding.coordinate}: ${finding.message} (${finding.rule})`;
}

// `npm run lint:schema` prints the findings the test fails on (those outside the baseline);
// `npm run schema:lint-baseline` writes today's missing descriptions as the baseline.
if (import.meta.url === `file://${process.argv[1]}`) {
  const findings = await lintSchema();
  if (process.argv.includes('--write-baseline')) {
    const missing = missingDescriptions(findings);
    writeFileSync(BASELINE, `${JSON.stringify(missing, null, 2)}\n`);
    console.log(`${BASELINE}: ${missing.length} element(s) still without a description.`);
  } else {
    const baseline = readBaseline();
    const excused = (finding: Finding) => finding.rule === DESCRIPTION_RULE && baseline.has(finding.coordinate);
    const failing = findings.filter((finding) => !excused(finding));
    for (const finding of failing) console.log(describeFinding(finding));
    console.log(`${failing.length} finding(s); ${findings.length - failing.length} missing description(s) excused.`);
    if (failing.length > 0) process.exitCode = 1;
  }
}
