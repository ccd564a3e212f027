import { CfnOutput, Duration, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as route53 from 'aws-cdk-lib/aws-route53';
import * as ses from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import { inboundSmtpEndpoint } from '../ses-receiving-regions.js';

/** SES wants the lowest number first; a single MX makes the value moot but 10 is the documented one. */
const MX_PRIORITY = 10;

export interface MailIdentityProps {
  /** The domain we receive at and send from (verified as one SES domain identity with Easy DKIM). */
  readonly mailDomain: string;
  /** The stack's region (must receive mail): the MX target is its inbound SMTP endpoint. */
  readonly region: string;
  /** When given, the DKIM (verification) CNAMEs and the MX record are created in it. @default records are output for ops to create */
  readonly hostedZone?: route53.IHostedZone;
  /**
   * Extra verified email identities the functions may send to: while the account is in the SES sandbox,
   * SES also authorizes the send against each recipient's identity. @default none
   */
  readonly sandboxRecipients?: readonly string[];
  /** SES configuration set the functions send through. @default none */
  readonly configurationSetName?: string;
}

/** Our SES domain identity, its DNS records, and the scoped permission to send from it. */
export class MailIdentity extends Construct {
  readonly identity: ses.EmailIdentity;
  /** The MX record value the domain needs, e.g. `10 inbound-smtp.eu-west-1.amazonaws.com`. */
  readonly mxRecordValue: string;

  constructor(scope: Construct, id: string, private readonly props: MailIdentityProps) {
    super(scope, id);
    this.identity = new ses.EmailIdentity(this, 'Identity', { identity: ses.Identity.domain(props.mailDomain) });
    this.mxRecordValue = `${MX_PRIORITY} ${inboundSmtpEndpoint(props.region)}`;
    if (props.hostedZone) {
      this.createRecords(props.hostedZone);
    } else {
      new CfnOutput(this, 'MxRecord', {
        description: `Create this MX record for ${props.mailDomain} so SES receives its mail`,
        value: `${props.mailDomain} MX ${this.mxRecordValue}`,
      });
      this.identity.dkimRecords.forEach((record, i) => {
        new CfnOutput(this, `DkimRecord${i + 1}`, {
          description: 'Create this CNAME so SES verifies the domain (Easy DKIM)',
          value: `${record.name} CNAME ${record.value}`,
        });
      });
    }
  }

  /** Allows sending from our identity only (plus sandbox recipients and the configuration set, if any). */
  grantSend(grantee: iam.IGrantable): void {
    const stack = Stack.of(this);
    const identityArn = (name: string) => stack.formatArn({ service: 'ses', resource: 'identity', resourceName: name });
    const resources = [identityArn(this.props.mailDomain), ...(this.props.sandboxRecipients ?? []).map(identityArn)];
    if (this.props.configurationSetName) {
      resources.push(stack.formatArn({ service: 'ses', resource: 'configuration-set', resourceName: this.props.configurationSetName }));
    }
    grantee.grantPrincipal.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['ses:SendEmail', 'ses:SendRawEmail'], resources }),
    );
  }

  private createRecords(zone: route53.IHostedZone): void {
    this.identity.dkimRecords.forEach((record, i) => {
      new route53.CnameRecord(this, `Dkim${i + 1}`, { zone, recordName: record.name, domainName: record.value, ttl: Duration.hours(1) });
    });
    new route53.MxRecord(this, 'Mx', {
      zone,
      recordName: this.props.mailDomain,
      values: [{ priority: MX_PRIORITY, hostName: inboundSmtpEndpoint(this.props.region) }],
      ttl: Duration.hours(1),
    });
  }
}
