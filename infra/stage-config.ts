// Everything that differs between dev and prod, read once from CDK context (`-c key=value`).
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

export type Stage = 'dev' | 'prod';

export interface StageConfig {
  readonly stage: Stage;
  readonly isProd: boolean;
  /** Browser origin of the dashboard, the only origin CORS lets call the API. */
  readonly dashboardOrigin: string;
  /** SES identity (verified domain or address) that reminders are sent from. */
  readonly sesIdentity: string;
  readonly reminderFromAddress: string;
  /** Bus receiving `ReassessmentDue` events for integrations. */
  readonly eventBusName: string;
  /** Optional address subscribed to alarm notifications. */
  readonly alarmEmail: string | undefined;
  readonly logRetention: RetentionDays;
  readonly logLevel: 'DEBUG' | 'INFO';
  /** The stage's throttling, which the signed-in route (/graphql) has. */
  readonly throttle: { readonly rateLimit: number; readonly burstLimit: number };
  /** The anonymous route's (/public/graphql) own, lower throttling. */
  readonly publicThrottle: { readonly rateLimit: number; readonly burstLimit: number };
  /** WAF's rate-based rules on the distribution: requests per client IP in each window. */
  readonly edgeRateLimits: {
    readonly publicApiPerIp: number;
    readonly allPerIp: number;
    readonly windowSeconds: number;
  };
  /** Reserved concurrency of the API function (context apiConcurrency); the API's own ceiling. */
  readonly apiConcurrency: number;
  /** Local time (Europe/London) the daily reassessment job runs at. */
  readonly reassessmentHour: number;
}

/** Reads a string from context; `-c key=` (empty) counts as unset. */
export type ContextReader = (key: string) => unknown;

function text(read: ContextReader, key: string): string | undefined {
  const value = read(key);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new Error(`Context "${key}" must be a string, got ${JSON.stringify(value)}.`);
  }
  return String(value);
}

export function parseStage(value: string | undefined): Stage {
  const stage = value ?? 'dev';
  if (stage !== 'dev' && stage !== 'prod') {
    throw new Error(`Context "stage" must be "dev" or "prod", got "${stage}" (use -c stage=prod).`);
  }
  return stage;
}

// prod has no placeholder defaults: a production API allowing a made-up origin would fail silently.
function required(read: ContextReader, key: string, stage: Stage, devDefault: string): string {
  const value = text(read, key);
  if (value !== undefined) return value;
  if (stage === 'dev') return devDefault;
  throw new Error(`Context "${key}" is required for stage prod (cdk deploy -c stage=prod -c ${key}=...).`);
}

function positiveInteger(read: ContextReader, key: string, fallback: number): number {
  const value = text(read, key);
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > 1000)
    throw new Error(`Context "${key}" must be a whole number from 1 to 1000, got "${value}".`);
  return number;
}

export function readStageConfig(read: ContextReader): StageConfig {
  const stage = parseStage(text(read, 'stage'));
  const isProd = stage === 'prod';
  const dashboardOrigin = required(read, 'dashboardOrigin', stage, 'http://localhost:5173');
  if (!/^https?:\/\/[^/]+$/.test(dashboardOrigin) || (isProd && !dashboardOrigin.startsWith('https://'))) {
    throw new Error(
      `Context "dashboardOrigin" must be an origin like https://beacon.example.org, got "${dashboardOrigin}".`,
    );
  }
  const sesIdentity = required(read, 'sesIdentity', stage, 'example.org');
  const reminderFromAddress =
    text(read, 'reminderFrom') ?? (sesIdentity.includes('@') ? sesIdentity : `beacon-reminders@${sesIdentity}`);
  const reassessmentHour = Number(text(read, 'reassessmentHour') ?? '6');
  if (!Number.isInteger(reassessmentHour) || reassessmentHour < 0 || reassessmentHour > 23) {
    throw new Error(`Context "reassessmentHour" must be an hour 0-23, got "${String(read('reassessmentHour'))}".`);
  }
  return {
    stage,
    isProd,
    dashboardOrigin,
    sesIdentity,
    reminderFromAddress,
    eventBusName: text(read, 'eventBusName') ?? 'default',
    alarmEmail: text(read, 'alarmEmail'),
    // Access logs hold caller IPs: keep them no longer than investigations need.
    logRetention: isProd ? RetentionDays.SIX_MONTHS : RetentionDays.TWO_WEEKS,
    logLevel: isProd ? 'INFO' : 'DEBUG',
    throttle: isProd ? { rateLimit: 100, burstLimit: 200 } : { rateLimit: 20, burstLimit: 40 },
    // A quarter of the stage's: anonymous callers cannot take the API's whole rate (nor its reserved concurrency).
    publicThrottle: isProd ? { rateLimit: 25, burstLimit: 50 } : { rateLimit: 5, burstLimit: 10 },
    // One anonymous API request a second per address on average over five minutes; five in all (page files too).
    edgeRateLimits: { publicApiPerIp: 300, allPerIp: 1_500, windowSeconds: 300 },
    apiConcurrency: positiveInteger(read, 'apiConcurrency', isProd ? 50 : 10),
    reassessmentHour,
  };
}
