import { EntityManager } from 'typeorm';
import { PointType } from '../../points/point-types';
import { PostedLine, ProductStockState } from './ledger-store';

/** A movement once its lines are in, as the after-steps see it. */
export interface PostedMovement {
  point: { id: string; timeZone: string; type: PointType };
  occurredAt: Date;
  lines: PostedLine[];
  /** One entry per product of the lines, read after they were inserted (LedgerStore.productStates). */
  states: ProductStockState[];
}

/** Bookkeeping the pipeline runs after every movement's lines, in its transaction (stock-outs, expiry alerts). */
export interface AfterStep {
  run(manager: EntityManager, movement: PostedMovement): Promise<void>;
}
