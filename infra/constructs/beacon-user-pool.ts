// Who may call the API: staff accounts created by an admin, each carrying a role and a scope
// (LA code, trust UID or URN) that only an admin can change.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

/** Custom attributes on every user; tokens carry them as `custom:role` and `custom:scope`. */
export const userAttributes = {
  role: 'role',
  scope: 'scope',
} as const;

export interface BeaconUserPoolProps {
  readonly retain: boolean;
}

export class BeaconUserPool extends Construct {
  readonly userPool: UserPool;
  readonly dashboardClient: UserPoolClient;

  constructor(scope: Construct, id: string, props: BeaconUserPoolProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      // Accounts are issued by an admin: a public sign-up would let anyone claim a council scope.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      standardAttributes: { email: { required: true, mutable: true } },
      customAttributes: {
        [userAttributes.role]: new StringAttribute({ minLen: 1, maxLen: 32, mutable: true }),
        [userAttributes.scope]: new StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
      },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      // The data names schools and their partners; authenticator-app MFA for everyone, no SMS costs.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: props.retain,
      removalPolicy: props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    const standardReadable = { email: true, emailVerified: true, fullname: true };
    this.dashboardClient = this.userPool.addClient('DashboardClient', {
      // A browser app cannot keep a secret.
      generateSecret: false,
      authFlows: { userSrp: true },
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(7),
      readAttributes: new ClientAttributes()
        .withStandardAttributes(standardReadable)
        .withCustomAttributes(userAttributes.role, userAttributes.scope),
      // Users must not grant themselves a role or widen their scope.
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
    });
  }
}
