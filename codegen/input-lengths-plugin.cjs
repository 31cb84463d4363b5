// graphql-codegen plugin: emits each input type's @length(max:) limits as a TypeScript enum, so the zod schemas in
// functions/core read their limits from the schema instead of writing them again. Enums, because esbuild writes an
// enum member's value where it is read and leaves the enum out: no table of limits reaches the bundles, and the
// schema document stays out of core.
const { isInputObjectType, Kind } = require('graphql');

const maxOf = (field) => {
  const directive = field.astNode?.directives?.find((candidate) => candidate.name.value === 'length');
  const max = directive?.arguments?.find((argument) => argument.name.value === 'max')?.value;
  return max?.kind === Kind.INT ? Number(max.value) : undefined;
};

module.exports = {
  plugin(schema) {
    const types = Object.values(schema.getTypeMap())
      .filter(isInputObjectType)
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((type) => {
        const limits = Object.values(type.getFields())
          .filter((field) => maxOf(field) !== undefined)
          .map((field) => `${field.name} = ${maxOf(field)}`);
        return limits.length > 0 ? [`export enum ${type.name} { ${limits.join(', ')} }`] : [];
      });
    return [
      "// Each input field's @length(max:), by input type: what the zod schemas in functions/core allow.",
      ...types,
      '',
    ].join('\n');
  },
};
