// Who may call the API: staff accounts created by an admin, each carrying a role and a scope
// (LA code, trust UID or URN) that only an admin can change.
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

/** Custom attributes on every user; tokens carry them as `custom:role` and `custom:scope`. */
export const userAttributes = {
  role: 'role',
  scope: 'scope',
} as const;

export interface BeaconUserPoolProps {
  readonly retain: boolean;
  /** The web page's origin: the hosted sign-in returns there (authorization code with PKCE). */
  readonly webOrigin: string;
  readonly stage: string;
}

export class BeaconUserPool extends Construct {
  readonly userPool: UserPool;
  readonly dashboardClient: UserPoolClient;
  /** Cognito's hosted sign-in, where the web page sends people to sign in. */
  readonly domain: UserPoolDomain;

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
      // The web page signs in through the hosted UI: authorization code with PKCE, back to its /sign-in page.
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [`${props.webOrigin}/sign-in`],
        logoutUrls: [props.webOrigin],
      },
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
    this.domain = this.userPool.addDomain('HostedSignIn', {
      cognitoDomain: { domainPrefix: `beacon-${props.stage}-${Stack.of(this).account}` },
    });
  }
}
