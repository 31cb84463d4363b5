// The one log interface of Beacon's jobs and imports: the Lambdas satisfy it with their Powertools logger
// (lambda-log.ts), the local commands with the terminal printer (local/terminal-log.ts), tests with a collector.

export type LogFields = Record<string, unknown>;

export interface Log {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** Says nothing: for runs whose caller reports the result itself. */
export const silentLog: Log = { info: () => undefined, warn: () => undefined, error: () => undefined };
