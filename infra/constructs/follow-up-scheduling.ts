import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledgeWildcardResource } from '../nag.js';
import { secureQueue } from './secure-queue.js';

/** The EventBridge Scheduler actions the functions use on one-time schedules. */
const SCHEDULE_ACTIONS = ['scheduler:CreateSchedule', 'scheduler:UpdateSchedule', 'scheduler:DeleteSchedule', 'scheduler:GetSchedule'];

export interface FollowUpSchedulingProps {
  /**
   * What happens to the group (and every pending schedule in it) on stack deletion.
   * @default RemovalPolicy.DESTROY: schedules would otherwise fire at a function that no longer exists.
   */
  readonly removalPolicy?: RemovalPolicy;
}

/** One-time follow-up schedules: their group, the role Scheduler assumes, and the dead-letter queue. */
export class FollowUpScheduling extends Construct {
  readonly group: scheduler.ScheduleGroup;
  /** Assumed by EventBridge Scheduler to invoke the follow-up function and dead-letter failures. */
  readonly role: iam.Role;
  /** Where Scheduler puts a fire it could not deliver after its retries. */
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: FollowUpSchedulingProps = {}) {
    super(scope, id);
    this.group = new scheduler.ScheduleGroup(this, 'Group', { removalPolicy: props.removalPolicy ?? RemovalPolicy.DESTROY });
    this.deadLetterQueue = secureQueue(this, 'DeadLetterQueue');
    const account = Stack.of(this).account;
    this.role = new iam.Role(this, 'Role', {
      description: 'Assumed by EventBridge Scheduler to fire Runner-Up follow-ups',
      // Confused-deputy guard: only Scheduler acting for this account may assume it.
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com').withConditions({
        StringEquals: { 'aws:SourceAccount': account },
      }),
    });
    this.deadLetterQueue.grantSendMessages(this.role);
  }

  /** Lets Scheduler (through our role) invoke the target function, and nothing else. */
  allowInvoke(target: lambda.IFunction): void {
    this.role.addToPolicy(new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [target.functionArn] }));
  }

  /** Lets a function manage schedules in our group only, and pass our role to Scheduler only. */
  grantManageSchedules(grantee: iam.IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: SCHEDULE_ACTIONS, resources: [this.schedulesArn()] }),
    );
    if (grantee.grantPrincipal instanceof iam.Role) {
      acknowledgeWildcardResource(
        grantee.grantPrincipal,
        this.schedulesArn(),
        'Schedule names are generated per application step at run time; the grant covers schedules in our group only.',
      );
    }
    grantee.grantPrincipal.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['iam:PassRole'],
        resources: [this.role.roleArn],
        conditions: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
      }),
    );
  }

  /** ARN pattern of every schedule in our group (schedule names are generated per application step). */
  schedulesArn(): string {
    return Stack.of(this).formatArn({ service: 'scheduler', resource: 'schedule', resourceName: `${this.group.scheduleGroupName}/*` });
  }
}
