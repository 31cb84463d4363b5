// Each Lambda's one Powertools logger, made once at module scope by its entry. The level comes from the
// environment (POWERTOOLS_LOG_LEVEL), as Powertools reads it.
import { Logger } from '@aws-lambda-powertools/logger';
import type { Log, LogFields } from './log.js';
import { sourceMappedStack } from './source-mapped-stack.js';

export type ServiceName = 'beacon-api' | 'beacon-importer' | 'beacon-reassessment';

/** The function's Powertools logger itself (the API logs only its errors, through it directly). */
export const lambdaLogger = (serviceName: ServiceName): Logger => new Logger({ serviceName });

/**
 * An error printer for a function that logs only its errors (the API): its Powertools logger is made when the first
 * error is logged, synchronously, so a cold start that logs nothing never makes one (~2 ms of CPU) and no error is
 * lost or deferred. Given its bundle's URL (the entry's import.meta.url), it logs each stack in source positions,
 * read from the bundle's source map then, which the function then need not load at start (--enable-source-maps).
 */
export function lambdaErrorLog(
  serviceName: ServiceName,
  bundleUrl?: string,
): (message: string, cause: unknown) => void {
  let logger: Logger | undefined;
  return (message, cause) => {
    logger ??= lambdaLogger(serviceName);
    if (cause instanceof Error && cause.stack && bundleUrl) cause.stack = sourceMappedStack(cause.stack, bundleUrl);
    logger.error(message, { error: cause instanceof Error ? cause : String(cause) });
  };
}

/** The logger as the one log interface, which the job and the importer take. */
export function lambdaLog(serviceName: ServiceName): Log {
  const logger = lambdaLogger(serviceName);
  const at = (level: keyof Log) => (message: string, fields?: LogFields) => logger[level](message, fields ?? {});
  return { info: at('info'), warn: at('warn'), error: at('error') };
}
