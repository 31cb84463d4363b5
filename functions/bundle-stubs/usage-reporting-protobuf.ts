// Stands in for @apollo/usage-reporting-protobuf in the Lambda bundles (infra/lambda-bundling.ts aliases it): usage
// reporting, schema reporting and inline traces are off (server.ts installs their Disabled plugins), so nothing
// encodes a trace. Apollo's modules still import these names; any use fails loudly rather than send nothing quietly.
const notBundled = (name: string): never => {
  throw new Error(`${name}: Apollo's usage-reporting protobuf is not in Beacon's Lambda bundle (reporting is off).`);
};

/** A value that throws on any use: read, call or `new`. */
const unavailable = (name: string): Record<string, never> =>
  new Proxy(() => undefined, {
    get: (_target, key) => (typeof key === 'symbol' ? undefined : notBundled(`${name}.${key}`)),
    apply: () => notBundled(name),
    construct: () => notBundled(name),
  }) as unknown as Record<string, never>;

export const Trace = unavailable('Trace');
export const ReportHeader = unavailable('ReportHeader');
export const PathErrorStats = unavailable('PathErrorStats');
export const QueryLatencyStats = unavailable('QueryLatencyStats');
export const StatsContext = unavailable('StatsContext');
export const ContextualizedQueryLatencyStats = unavailable('ContextualizedQueryLatencyStats');
export const ContextualizedTypeStats = unavailable('ContextualizedTypeStats');
export const FieldStat = unavailable('FieldStat');
export const TypeStat = unavailable('TypeStat');
export const ReferencedFieldsForType = unavailable('ReferencedFieldsForType');
export const Report = unavailable('Report');
export const ContextualizedStats = unavailable('ContextualizedStats');
export const TracesAndStats = unavailable('TracesAndStats');
export const google = unavailable('google');
