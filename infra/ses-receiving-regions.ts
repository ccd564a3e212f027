/**
 * Regions where Amazon SES can receive mail (its "email receiving endpoints"). SES sends from many more
 * regions, but a receipt rule set in any other region is never consulted, so inbound mail would vanish.
 * Source: AWS General Reference, "Amazon Simple Email Service endpoints and quotas", email receiving
 * endpoints table (checked 2026-11). Add a region here when AWS adds one there.
 */
export const SES_RECEIVING_REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-2',
  'ca-central-1',
  'eu-central-1',
  'eu-west-1',
  'eu-west-2',
  'ap-northeast-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
] as const;

/** Thrown when the stack's region cannot receive mail through SES. */
export class UnsupportedReceivingRegionError extends Error {
  constructor(readonly region: string) {
    super(
      `region: SES cannot receive email in "${region}". Choose one of: ${SES_RECEIVING_REGIONS.join(', ')} ` +
        '(see infra/ses-receiving-regions.ts).',
    );
    this.name = 'UnsupportedReceivingRegionError';
  }
}

export function isSesReceivingRegion(region: string): boolean {
  return (SES_RECEIVING_REGIONS as readonly string[]).includes(region);
}

/** The MX target for a receiving region, e.g. `inbound-smtp.eu-west-1.amazonaws.com`. */
export function inboundSmtpEndpoint(region: string): string {
  if (!isSesReceivingRegion(region)) throw new UnsupportedReceivingRegionError(region);
  return `inbound-smtp.${region}.amazonaws.com`;
}
