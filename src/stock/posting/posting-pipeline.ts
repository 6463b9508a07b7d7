import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { StockoutNotices } from '../../notifications/stockout-notices';
import { AuthUser } from '../../access/roles';
import { DomainError } from '../../common/problem/problem';
import { inRetryingTransaction } from '../../database/retrying-transaction';
import { localDate } from '../expiry-dates';
import { ExpiryAlertTracker } from '../expiry-alerts';
import { LedgerMovementType, MAX_CLOCK_SKEW_MS } from '../ledger-rules';
import { StockoutTracker } from '../stockout-tracker';
import { AfterStep } from './after-step';
import { LedgerStore, onShelf } from './ledger-store';
import { LinePlan, MovementRule, PostingCommand } from './movement-rule';
import { MovementRuleRegistry } from './rule-registry';

/** A movement just posted: what its answer is built from. */
export interface Posted extends LinePlan {
  recordedAt: Date;
  occurredAt: Date;
}

/** How the caller answers, inside the transaction, so that nothing is left to fail once it commits. */
export interface PostingAnswer<R> {
  /** The same request was already recorded: the answer as it stands now. */
  replayed(manager: EntityManager): Promise<R>;
  posted(manager: EntityManager, posted: Posted): Promise<R>;
}

/**
 * The one way stock changes. Every movement (receipt, distribution, adjustment, stock count, reversal, shipment
 * dispatch, receipt and cancellation, and the sharps movements: return, hand-over, destruction) goes through `post`,
 * in one transaction:
 *
 *   check (the type's rule, no transaction) -> claim the id (idempotency; a retry answers as before) -> not in the
 *   future, the point active -> the type's rule plans the lines (loads, checks, locks the stock it draws on) ->
 *   records of the type before the lines -> insert the lines (balances by trigger, never negative; a shipment's transit too;
 *   the sharps ledger's full containers too) -> daily limit ->
 *   records of the type after the lines -> after-steps (stock-outs, expiry alerts) -> answer.
 *
 * Who may post at the command's point is the caller's decision (AccessScope), made before it builds the command.
 */
@Injectable()
export class PostingPipeline {
  private readonly afterSteps: AfterStep[];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: LedgerStore,
    private readonly rules: MovementRuleRegistry,
    stockouts: StockoutTracker,
    expiryAlerts: ExpiryAlertTracker,
    stockoutNotices: StockoutNotices,
  ) {
    this.afterSteps = [stockouts, expiryAlerts, stockoutNotices];
  }

  async post<T extends LedgerMovementType, R>(actor: AuthUser, command: PostingCommand<T>, answer: PostingAnswer<R>): Promise<{ answer: R; replayed: boolean }> {
    await this.rules.for(command.type).check?.(command);
    return inRetryingTransaction(this.dataSource, (manager) => this.postChecked(manager, actor, command, answer));
  }

  /**
   * Posts inside the caller's transaction: for a record made of several movements that stand or fall together (an
   * outreach shift's issue, or its close). The caller retries the whole transaction (inRetryingTransaction).
   */
  async postWithin<T extends LedgerMovementType, R>(
    manager: EntityManager,
    actor: AuthUser,
    command: PostingCommand<T>,
    answer: PostingAnswer<R>,
  ): Promise<{ answer: R; replayed: boolean }> {
    await this.rules.for(command.type).check?.(command);
    return this.postChecked(manager, actor, command, answer);
  }

  private async postChecked<T extends LedgerMovementType, R>(
    manager: EntityManager,
    actor: AuthUser,
    command: PostingCommand<T>,
    answer: PostingAnswer<R>,
  ): Promise<{ answer: R; replayed: boolean }> {
    const rule: MovementRule<T> = this.rules.for(command.type);
    const occurredAt = command.occurredAt ?? new Date();
    const { point } = command;
    const claim = await this.store.claimMovement(manager, {
      id: command.id,
      point,
      type: command.type,
      occurredAt,
      recordedBy: actor.id,
      note: command.note,
      contacts: command.contacts,
      reach: command.reach,
      source: command.source,
      reversesMovementId: command.reversesMovementId,
      shipmentId: command.shipmentId,
      requestHash: command.requestHash,
      historyImport: command.historyImport,
    });
    if (claim.outcome === 'replay') return { answer: await answer.replayed(manager), replayed: true };
    if (occurredAt.getTime() > Date.now() + MAX_CLOCK_SKEW_MS) {
      throw new DomainError('OCCURRED_IN_FUTURE', 'occurredAt is in the future. Check the date and time on the device.');
    }
    if (!point.active) throw new DomainError('INACTIVE_POINT', rule.inactivePoint);

    // Expiry is judged on the point's date today, not the movement's: a lot expired now leaves only by an expiry
    // write-off, however early the movement is dated. (Demo history is replayed as it happened.)
    const today = localDate(command.historyImport ? occurredAt : new Date(), point.timeZone);
    const plan = await rule.plan({ manager, actor, command, occurredAt, today });
    await plan.before?.();
    await this.store.insertLines(manager, command.id, point, occurredAt, plan.lines);
    if (plan.sharps) await this.store.insertSharpsLines(manager, command.id, occurredAt, plan.sharps);
    // Limits, stock-outs and expiry alerts are about the point's shelf, not a shipment's transit or loss accounts.
    const shelf = onShelf(plan.lines);
    if (rule.countsTowardDailyLimit && shelf.length > 0) await this.store.assertDailyLimit(manager, point, occurredAt, shelf);
    await plan.after?.();
    const states = await this.store.productStates(manager, point, shelf);
    for (const step of this.afterSteps) await step.run(manager, { point, occurredAt, lines: shelf, states });
    return { answer: await answer.posted(manager, { ...plan, recordedAt: claim.recordedAt, occurredAt }), replayed: false };
  }
}
