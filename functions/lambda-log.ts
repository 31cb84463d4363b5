// Each Lambda's one Powertools logger, made once at module scope by its entry. The level comes from the
// environment (POWERTOOLS_LOG_LEVEL), as Powertools reads it.
import { Logger } from '@aws-lambda-powertools/logger';
import type { Log, LogFields } from './log.js';

export type ServiceName = 'beacon-api' | 'beacon-importer' | 'beacon-reassessment';

/** The function's Powertools logger itself (the API logs only its errors, through it directly). */
export const lambdaLogger = (serviceName: ServiceName): Logger => new Logger({ serviceName });

/** The logger as the one log interface, which the job and the importer take. */
export function lambdaLog(serviceName: ServiceName): Log {
  const logger = lambdaLogger(serviceName);
  const at = (level: keyof Log) => (message: string, fields?: LogFields) => logger[level](message, fields ?? {});
  return { info: at('info'), warn: at('warn'), error: at('error') };
}
