// Each Lambda's one Powertools logger, made once at module scope by its entry. The level comes from the
// environment (POWERTOOLS_LOG_LEVEL), as Powertools reads it.
import { Logger } from '@aws-lambda-powertools/logger';
import type { Log } from './log.js';

export type ServiceName = 'beacon-api' | 'beacon-importer' | 'beacon-reassessment';

export function lambdaLog(serviceName: ServiceName): Log {
  const logger = new Logger({ serviceName });
  return {
    info: (message, fields) => logger.info(message, fields ?? {}),
    warn: (message, fields) => logger.warn(message, fields ?? {}),
    error: (message, fields) => logger.error(message, fields ?? {}),
  };
}
