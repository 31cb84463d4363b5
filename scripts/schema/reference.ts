// The API reference (docs/api/README.md), rendered by graphql-markdown from the SDL, offline. Directive uses
// (@restricted, @actor, @length) and argument defaults do not survive introspection, so each element's description
// gets them appended first, and the directives themselves are listed before the types.
// `npm run docs:api` writes it; `npm run docs:api:check` (and test/unit/api-reference.test.ts) fail when it is stale.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  type ConstDirectiveNode,
  type GraphQLSchema,
  type IntrospectionQuery,
  introspectionFromSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedDirective,
  print,
} from 'graphql';
import graphqlMarkdown from 'graphql-markdown';
import { buildSchemaFrom, currentSdl } from './sources.js';

export const REFERENCE = path.join('docs', 'api', 'README.md');

interface Described {
  name: string;
  description?: string | null;
}

type Uses = readonly ConstDirectiveNode[] | undefined;

/** A description with the element's directive uses (not @deprecated, shown already) and default value after it. */
function annotated(element: Described, uses: Uses, defaultValue?: string | null): void {
  const notes = [
    ...(uses ?? []).filter((use) => use.name.value !== 'deprecated').map((use) => `\`${print(use)}\``),
    ...(defaultValue ? [`default \`${defaultValue}\``] : []),
  ];
  if (notes.length === 0) return;
  const note = `<em>${notes.join(', ')}</em>`;
  element.description = element.description ? `${element.description}\n\n${note}` : note;
}

/** The introspection of `schema`, with directive uses and defaults written into descriptions. */
function annotatedIntrospection(schema: GraphQLSchema): IntrospectionQuery {
  const introspection = structuredClone(introspectionFromSchema(schema)) as IntrospectionQuery;
  for (const type of introspection.__schema.types) {
    const named = schema.getType(type.name);
    if (isObjectType(named) || isInterfaceType(named)) {
      const fields = named.getFields();
      for (const field of 'fields' in type && type.fields ? type.fields : []) {
        const definition = fields[field.name];
        annotated(field as Described, definition?.astNode?.directives);
        for (const arg of field.args) {
          const argument = definition?.args.find((candidate) => candidate.name === arg.name);
          annotated(arg as Described, argument?.astNode?.directives, arg.defaultValue);
        }
      }
    } else if (isInputObjectType(named) && 'inputFields' in type) {
      const fields = named.getFields();
      for (const field of type.inputFields) {
        annotated(field as Described, fields[field.name]?.astNode?.directives, field.defaultValue);
      }
    } else if (isEnumType(named) && 'enumValues' in type) {
      for (const value of type.enumValues)
        annotated(value as Described, named.getValue(value.name)?.astNode?.directives);
    }
  }
  return introspection;
}

function directivesSection(schema: GraphQLSchema): string {
  const own = schema.getDirectives().filter((directive) => !isSpecifiedDirective(directive));
  return [
    '## Directives',
    '',
    'Marks in the schema that the fields and arguments below name in italics.',
    ...own.flatMap((directive) => {
      const args = directive.args.map((arg) => `${arg.name}: ${String(arg.type)}`).join(', ');
      const signature = `@${directive.name}${args ? `(${args})` : ''} on ${directive.locations.join(' | ')}`;
      return ['', `### @${directive.name}`, '', `\`${signature}\``, '', directive.description ?? ''];
    }),
  ].join('\n');
}

/** The whole reference as Markdown, from the SDL alone. */
export function renderReference(sdl = currentSdl()): string {
  const schema = buildSchemaFrom(sdl);
  const lines: string[] = [];
  graphqlMarkdown.renderSchema(annotatedIntrospection(schema), {
    title: 'Beacon GraphQL API reference',
    prologue: [
      'Generated from `schema/*.graphql` by `npm run docs:api` (graphql-markdown); do not edit by hand.',
      'How the API is versioned, and how to reach it, is in the [README](../../README.md#the-api-and-its-versions).',
      '',
      directivesSection(schema),
    ].join('\n'),
    tocFieldTypes: ['Query', 'Mutation'],
    printer: (line) => lines.push(line),
  });
  return `${lines.join('\n').replace(/[ \t]+$/gm, '')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const reference = renderReference();
  if (process.argv.includes('--check')) {
    if (!existsSync(REFERENCE) || readFileSync(REFERENCE, 'utf8') !== reference) {
      console.error(`${REFERENCE} is not what the schema gives: run npm run docs:api and commit it.`);
      process.exit(1);
    }
    console.log(`${REFERENCE} is up to date.`);
  } else {
    mkdirSync(path.dirname(REFERENCE), { recursive: true });
    writeFileSync(REFERENCE, reference);
    console.log(`Wrote ${REFERENCE}.`);
  }
}
