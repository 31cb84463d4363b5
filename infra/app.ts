// CDK entry (cdk.json runs it with tsx): `npx cdk synth -c stage=prod -c dashboardOrigin=... -c sesIdentity=...`.
import { App } from 'aws-cdk-lib';
import { buildBeaconApp } from './beacon-app.js';

const app = new App();
buildBeaconApp(app);
app.synth();
