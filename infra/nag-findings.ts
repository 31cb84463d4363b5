// cdk-nag 3 acknowledges one finding at a time; IAM5 names a wildcard resource by the logical ID
// its ARN token resolves to, so the ID is computed here rather than copied from a synth log.
import { type CfnElement, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** `AwsSolutions-IAM5[Resource::<LogicalId.Arn><suffix>]` for the L1 resource behind `construct`. */
export function wildcardArnFinding(construct: IConstruct, suffix: string): string {
  const element = construct.node.defaultChild as CfnElement | undefined;
  if (!element) throw new Error(`${construct.node.path} has no CloudFormation resource to name.`);
  return `AwsSolutions-IAM5[Resource::<${Stack.of(construct).getLogicalId(element)}.Arn>${suffix}]`;
}
