/**
 * The workflow's state on one DynamoDB table (ApplicationStore + UserAdmin). Single-item
 * conditional writes only (dynalite, our local store, has no transactions); no Scan anywhere:
 * users live in one `USERS` partition, everything else in the owner's `USER#<email>` partition.
 */
import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { User } from '../../domain/types.js';
import type { Clock } from '../../ports/index.js';
import type { Application } from '../../workflow/application.js';
import { VersionConflictError } from '../../workflow/errors.js';
import type { ApplicationStore, ClaimState, UserAdmin } from '../../workflow/ports.js';
import { USERS_PK, sk, userPk } from './dynamodb-keys.js';

export { createTableInput, TTL_ATTRIBUTE } from './dynamodb-table.js';

/** Deletions of one user's items run this many at a time (keeps within on-demand burst limits). */
const DELETE_CONCURRENCY = 8;

export interface DynamoDbStoreOptions {
  client: DynamoDBClient;
  tableName: string;
  /** Decides when a marker has expired; pass the use cases' clock (e.g. the local runtime's sped-up one). */
  clock?: Clock;
}

function isConditionFailure(err: unknown): boolean {
  return err instanceof ConditionalCheckFailedException || (err as { name?: string } | null)?.name === 'ConditionalCheckFailedException';
}

/** ApplicationStore and UserAdmin on one DynamoDB table (see docs/workflow.md for the layout). */
export class DynamoDbStore implements ApplicationStore, UserAdmin {
  private readonly doc: DynamoDBDocumentClient;
  private readonly table: string;
  private readonly clock: Clock;

  constructor(options: DynamoDbStoreOptions) {
    this.clock = options.clock ?? { now: () => new Date() };
    this.doc = DynamoDBDocumentClient.from(options.client, { marshallOptions: { removeUndefinedValues: true } });
    this.table = options.tableName;
  }

  async getApplication(user: string, id: string): Promise<Application | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.table, Key: { pk: userPk(user), sk: sk.app(id) }, ConsistentRead: true }));
    return out.Item ? decodeApplication(out.Item) : null;
  }

  async saveApplication(app: Application): Promise<Application> {
    const next: Application = { ...app, version: app.version + 1 };
    const condition =
      app.version === 0
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : { ConditionExpression: '#v = :v', ExpressionAttributeNames: { '#v': 'version' }, ExpressionAttributeValues: { ':v': app.version } };
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: { pk: userPk(app.user), sk: sk.app(app.id), version: next.version, stage: app.stage, updatedAt: app.updatedAt, data: JSON.stringify(next) },
          ...condition,
        }),
      );
    } catch (err) {
      if (isConditionFailure(err)) throw new VersionConflictError(app.user, app.id);
      throw err;
    }
    return next;
  }

  async listApplications(user: string): Promise<Application[]> {
    const items = await this.queryPrefix(userPk(user), 'APP#');
    return items.map(decodeApplication);
  }

  async findThread(user: string, messageIds: readonly string[]): Promise<string | null> {
    for (const id of messageIds) {
      const out = await this.doc.send(new GetCommand({ TableName: this.table, Key: { pk: userPk(user), sk: sk.thread(id) }, ConsistentRead: true }));
      if (typeof out.Item?.app === 'string') return out.Item.app;
    }
    return null;
  }

  async linkThread(user: string, messageId: string, applicationId: string): Promise<void> {
    await this.putIfAbsent({ pk: userPk(user), sk: sk.thread(messageId), app: applicationId });
  }

  async findKey(user: string, key: string): Promise<string | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.table, Key: { pk: userPk(user), sk: sk.key(key) }, ConsistentRead: true }));
    return typeof out.Item?.app === 'string' ? out.Item.app : null;
  }

  async claimKey(user: string, key: string, applicationId: string): Promise<string> {
    if (await this.putIfAbsent({ pk: userPk(user), sk: sk.key(key), app: applicationId })) return applicationId;
    return (await this.findKey(user, key)) ?? applicationId;
  }

  async setKey(user: string, key: string, applicationId: string): Promise<void> {
    await this.doc.send(new PutCommand({ TableName: this.table, Item: { pk: userPk(user), sk: sk.key(key), app: applicationId } }));
  }

  async getInbound(user: string, messageId: string): Promise<string | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.table, Key: { pk: userPk(user), sk: sk.inbound(messageId) }, ConsistentRead: true }));
    const item = out.Item;
    if (!item || (typeof item.expiresAt === 'number' && item.expiresAt < this.nowSeconds())) return null;
    return typeof item.outcome === 'string' ? item.outcome : null;
  }

  async markInbound(user: string, messageId: string, outcome: string, expiresAt: number): Promise<void> {
    await this.doc.send(new PutCommand({ TableName: this.table, Item: { pk: userPk(user), sk: sk.inbound(messageId), outcome, expiresAt } }));
  }

  async claim(user: string, name: string, expiresAt: number): Promise<boolean> {
    // TTL deletion is lazy: an expired claim still present counts as absent.
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: { pk: userPk(user), sk: sk.claim(name), expiresAt },
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
          ExpressionAttributeValues: { ':now': this.nowSeconds() },
        }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw err;
    }
  }

  async settleClaim(user: string, name: string, expiresAt: number): Promise<void> {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.table,
        Key: { pk: userPk(user), sk: sk.claim(name) },
        UpdateExpression: 'SET settled = :t, expiresAt = if_not_exists(expiresAt, :exp)',
        ExpressionAttributeValues: { ':t': true, ':exp': expiresAt },
      }),
    );
  }

  async claimState(user: string, name: string): Promise<ClaimState> {
    const out = await this.doc.send(new GetCommand({ TableName: this.table, Key: { pk: userPk(user), sk: sk.claim(name) }, ConsistentRead: true }));
    const item = out.Item;
    if (!item || (typeof item.expiresAt === 'number' && item.expiresAt < this.nowSeconds())) return 'free';
    return item.settled === true ? 'settled' : 'held';
  }

  async release(user: string, name: string): Promise<void> {
    await this.doc.send(new DeleteCommand({ TableName: this.table, Key: { pk: userPk(user), sk: sk.claim(name) } }));
  }

  async takeQuota(user: string, day: string, cap: number, expiresAt: number): Promise<boolean> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { pk: userPk(user), sk: sk.quota(day) },
          UpdateExpression: 'ADD #c :one SET expiresAt = :exp',
          ConditionExpression: 'attribute_not_exists(#c) OR #c < :cap',
          ExpressionAttributeNames: { '#c': 'count' },
          ExpressionAttributeValues: { ':one': 1, ':exp': expiresAt, ':cap': cap },
        }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw err;
    }
  }

  async recordRawMail(user: string, key: string, expiresAt: number): Promise<void> {
    await this.doc.send(new PutCommand({ TableName: this.table, Item: { pk: userPk(user), sk: sk.raw(key), key, expiresAt } }));
  }

  async listRawMail(user: string): Promise<string[]> {
    const items = await this.queryPrefix(userPk(user), 'RAW#');
    return items.map((i) => i.key).filter((k): k is string => typeof k === 'string');
  }

  async deleteUserData(user: string, keepClaims: readonly string[] = []): Promise<void> {
    const keep = new Set(keepClaims.map((name) => sk.claim(name)));
    const items = (await this.queryPrefix(userPk(user), '', 'pk, sk')).filter((item) => !keep.has(String(item.sk)));
    for (let i = 0; i < items.length; i += DELETE_CONCURRENCY) {
      await Promise.all(
        items.slice(i, i + DELETE_CONCURRENCY).map((item) => this.doc.send(new DeleteCommand({ TableName: this.table, Key: { pk: item.pk, sk: item.sk } }))),
      );
    }
  }

  async getUser(email: string): Promise<User | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.table, Key: { pk: USERS_PK, sk: sk.user(email) }, ConsistentRead: true }));
    return out.Item ? decodeUser(out.Item) : null;
  }

  async putUser(user: User): Promise<void> {
    const email = user.email.trim().toLowerCase();
    await this.doc.send(new PutCommand({ TableName: this.table, Item: { pk: USERS_PK, sk: sk.user(email), data: JSON.stringify({ ...user, email }) } }));
  }

  async removeUser(email: string): Promise<boolean> {
    const out = await this.doc.send(new DeleteCommand({ TableName: this.table, Key: { pk: USERS_PK, sk: sk.user(email) }, ReturnValues: 'ALL_OLD' }));
    return Boolean(out.Attributes);
  }

  async listUsers(): Promise<User[]> {
    return (await this.queryPrefix(USERS_PK, '')).map(decodeUser);
  }

  private nowSeconds(): number {
    return Math.floor(this.clock.now().getTime() / 1000);
  }

  /** Creates an item unless it exists; true when created. */
  private async putIfAbsent(item: Record<string, unknown>): Promise<boolean> {
    try {
      await this.doc.send(new PutCommand({ TableName: this.table, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw err;
    }
  }

  private async queryPrefix(pk: string, prefix: string, projection?: string): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const input: QueryCommandInput = {
        TableName: this.table,
        KeyConditionExpression: prefix ? 'pk = :pk AND begins_with(sk, :p)' : 'pk = :pk',
        ExpressionAttributeValues: prefix ? { ':pk': pk, ':p': prefix } : { ':pk': pk },
        ConsistentRead: true,
        ExclusiveStartKey: start,
        ...(projection ? { ProjectionExpression: projection } : {}),
      };
      const out = await this.doc.send(new QueryCommand(input));
      items.push(...(out.Items ?? []));
      start = out.LastEvaluatedKey;
    } while (start);
    return items;
  }
}

function decodeApplication(item: Record<string, unknown>): Application {
  return JSON.parse(String(item.data)) as Application;
}

function decodeUser(item: Record<string, unknown>): User {
  return JSON.parse(String(item.data)) as User;
}
