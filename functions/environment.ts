// Each Lambda's environment, read once at cold start: a missing or malformed variable fails before any work, naming
// what to check. Plain checks rather than a zod object, so the API's cold start builds no schema.
import type * as z from './core/zod.js';

const INVALID = Symbol('invalid');

/** How one variable is read: its value as the function uses it, or INVALID (`undefined` in: the variable is unset). */
export type Variable<T> = (value: string | undefined) => T | typeof INVALID;

/** Set and not blank: the value trimmed. */
export const nonEmpty: Variable<string> = (value) => value?.trim() || INVALID;

/** Any value, as given. */
export const anyValue: Variable<string> = (value) => value ?? INVALID;

/** May be unset; when set, `read` decides. */
export const optional =
  <T>(read: Variable<T>): Variable<T | undefined> =>
  (value) =>
    value === undefined ? undefined : read(value);

/** A format zod already knows (an e-mail address, a URL), its schema built only where the variable is read. */
export const zodFormat =
  (schema: () => z.ZodMiniType<string>): Variable<string> =>
  (value) => {
    const parsed = schema().safeParse(value);
    return parsed.success ? parsed.data : INVALID;
  };

/** What every function that reads the table needs. */
export const tableEnvironment = {
  TABLE_NAME: nonEmpty,
  /** Set only locally (DynamoDB Local); in AWS the SDK finds the regional endpoint. */
  DYNAMODB_ENDPOINT: optional(nonEmpty),
};

type Variables = Record<string, Variable<unknown>>;

/** The configuration the variables give: each variable's value, by name. */
export type EnvironmentOf<V extends Variables> = { [Name in keyof V]: Exclude<ReturnType<V[Name]>, typeof INVALID> };

export function readEnvironment<V extends Variables>(
  variables: V,
  env: NodeJS.ProcessEnv,
  what: string,
  hint: string,
): EnvironmentOf<V> {
  const config: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, read] of Object.entries(variables)) {
    const value = read(env[name]);
    if (value === INVALID) problems.push(name);
    else if (value !== undefined) config[name] = value;
  }
  if (problems.length > 0) {
    throw new Error(`Beacon ${what} configuration is invalid: check ${problems.join(', ')} (${hint}).`);
  }
  return config as EnvironmentOf<V>;
}
