// The single DynamoDB table, shaped by the same data the local table creator uses, so they cannot drift.
import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, ProjectionType, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { tableDesign } from '../../functions/store/index.js';

/** What a function may do with the table; each level maps to an exact action list. */
export type TableAccess = 'read' | 'read-write';

export const tableReadActions = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'] as const;
// The store writes with Put and Update only (TransactWriteItems is authorised per item against these two).
// Nothing deletes or batch-writes in AWS, so a leaked role cannot wipe the table either.
export const tableWriteActions = ['dynamodb:PutItem', 'dynamodb:UpdateItem'] as const;

export interface BeaconTableProps {
  /** Production keeps the table (and its data) when the stack is deleted, and refuses deletion. */
  readonly retain: boolean;
}

export class BeaconTable extends Construct {
  readonly table: TableV2;

  constructor(scope: Construct, id: string, props: BeaconTableProps) {
    super(scope, id);
    const key = (name: string) => ({ name, type: AttributeType.STRING });
    this.table = new TableV2(this, 'Table', {
      partitionKey: key(tableDesign.partitionKey),
      sortKey: key(tableDesign.sortKey),
      // Cost follows requests: idle dev stacks cost nothing, prod scales without capacity planning.
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: props.retain,
      removalPolicy: props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      globalSecondaryIndexes: tableDesign.indexes.map((index) => ({
        indexName: index.indexName,
        partitionKey: key(index.partitionKey),
        sortKey: key(index.sortKey),
        projectionType: ProjectionType.ALL,
      })),
    });
  }

  get tableName(): string {
    return this.table.tableName;
  }

  /**
   * IAM statements for one access level: named index ARNs instead of `index/*`, and no Scan,
   * so a function can reach exactly this table and the indexes the store defines.
   */
  accessStatements(access: TableAccess): PolicyStatement[] {
    const tableArn = this.table.tableArn;
    const indexArns = tableDesign.indexes.map((index) => `${tableArn}/index/${index.indexName}`);
    const statements = [
      new PolicyStatement({ effect: Effect.ALLOW, actions: [...tableReadActions], resources: [tableArn] }),
      new PolicyStatement({ effect: Effect.ALLOW, actions: ['dynamodb:Query'], resources: indexArns }),
    ];
    if (access === 'read-write') {
      statements.push(
        new PolicyStatement({ effect: Effect.ALLOW, actions: [...tableWriteActions], resources: [tableArn] }),
      );
    }
    return statements;
  }
}
