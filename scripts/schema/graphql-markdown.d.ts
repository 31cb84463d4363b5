// graphql-markdown ships no types: the one function Beacon uses, as its README documents it.
declare module 'graphql-markdown' {
  import type { IntrospectionQuery } from 'graphql';

  interface RenderOptions {
    title?: string;
    prologue?: string;
    epilogue?: string;
    printer?: (line: string) => void;
    headingLevel?: number;
    tocFieldTypes?: string[];
  }

  const graphqlMarkdown: { renderSchema(schema: IntrospectionQuery, options?: RenderOptions): void };
  export default graphqlMarkdown;
}
