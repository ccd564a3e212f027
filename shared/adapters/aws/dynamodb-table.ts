/**
 * The one table's shape, shared by the store, the tests (dynalite) and the local runtime, so every
 * place creates the same table. Infra declares the same keys and `expiresAt` as the TTL attribute.
 */
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

export const PARTITION_KEY = 'pk';
export const SORT_KEY = 'sk';
/** Epoch seconds; DynamoDB TTL deletes the item some time after (reads still treat it as gone). */
export const TTL_ATTRIBUTE = 'expiresAt';

/** CreateTable parameters: string pk/sk, on-demand billing. */
export function createTableInput(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    AttributeDefinitions: [
      { AttributeName: PARTITION_KEY, AttributeType: 'S' },
      { AttributeName: SORT_KEY, AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: PARTITION_KEY, KeyType: 'HASH' },
      { AttributeName: SORT_KEY, KeyType: 'RANGE' },
    ],
    BillingMode: 'PAY_PER_REQUEST',
  };
}
