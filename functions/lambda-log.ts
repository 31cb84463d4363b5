// Each Lambda's one Powertools logger, made once at module scope by its entry. The level comes from the
// environment (POWERTOOLS_LOG_LEVEL), as Powertools reads it.
import { Logger } from '@aws-lambda-powertools/logger';
import type { Log, LogFields } from './log.js';

export type ServiceName = 'beacon-api' | 'beacon-importer' | 'beacon-reassessment';

/** The function's Powertools logger itself (the API logs only its errors, through it directly). */
export const lambdaLogger = (serviceName: ServiceName): Logger => new Logger({ serviceName });

/**
 * An error printer for a function that logs only its errors (the API): its Powertools logger is made when the first
 * error is logged, synchronously, so a cold start that logs nothing never makes one (~2 ms of CPU) and no error is
 * lost or deferred.
 */
export function lambdaErrorLog(serviceName: ServiceName): (message: string, cause: unknown) => void {
  let logger: Logger | undefined;
  return (message, cause) => {
    logger ??= lambdaLogger(serviceName);
    logger.error(message, { error: cause instanceof Error ? cause : String(cause) });
  };
}

/** The logger as the one log interface, which the job and the importer take. */
export function lambdaLog(serviceName: ServiceName): Log {
  const logger = lambdaLogger(serviceName);
  const at = (level: keyof Log) => (message: string, fields?: LogFields) => logger[level](message, fields ?? {});
  return { info: at('info'), warn: at('warn'), error: at('error') };
}
