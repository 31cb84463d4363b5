// The generated API reference (docs/api/README.md) never drifts from the SDL, and covers all of it.
import { readFileSync } from 'node:fs';
import { isInterfaceType, isObjectType, isSpecifiedDirective } from 'graphql';
import { describe, expect, it } from 'vitest';
import { REFERENCE, renderReference } from '../../scripts/schema/reference.js';
import { buildSchemaFrom, currentSdl } from '../../scripts/schema/sources.js';

const schema = buildSchemaFrom(currentSdl());
const committed = readFileSync(REFERENCE, 'utf8');

describe('the API reference', () => {
  it('is what the schema gives today (run npm run docs:api and commit it when this fails)', () => {
    expect(committed === renderReference(), `${REFERENCE} is stale: run npm run docs:api`).toBe(true);
  });

  it('has a section for every type and lists every directive the schema declares', () => {
    const types = Object.keys(schema.getTypeMap()).filter((name) => !name.startsWith('__'));
    expect(types.filter((name) => !new RegExp(`\n##+ ${name}\n`).test(committed))).toEqual([]);
    const directives = schema.getDirectives().filter((directive) => !isSpecifiedDirective(directive));
    expect(directives.map((directive) => directive.name)).toEqual(expect.arrayContaining(['restricted', 'length']));
    expect(directives.filter((directive) => !committed.includes(`\n### @${directive.name}\n`))).toEqual([]);
  });

  it('marks restricted fields and limited arguments where they are listed', () => {
    const searchArgs = committed.slice(committed.indexOf('id="query.search"'));
    const textRow = searchArgs.slice(searchArgs.indexOf('valign="top">text</td>'));
    expect(textRow.slice(0, textRow.indexOf('</tr>'))).toContain('`@length(max: 100)`');
    const restricted = Object.values(schema.getTypeMap()).flatMap((type) =>
      isObjectType(type) || isInterfaceType(type)
        ? Object.values(type.getFields()).filter((field) =>
            field.astNode?.directives?.some((use) => use.name.value === 'restricted'),
          )
        : [],
    );
    expect(restricted.length).toBeGreaterThan(0);
    expect(committed.match(/`@restricted`/g)?.length).toBe(restricted.length);
  });
});
