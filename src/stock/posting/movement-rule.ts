import { EntityManager } from 'typeorm';
import { AuthUser } from '../../access/roles';
import { StockPoint } from '../../points/points.service';
import { CancelShipmentRequest, DispatchShipmentRequest, ReceiveShipmentRequest } from '../../shipments/dto/shipment.dto';
import { RecordSharpsRequest } from '../../sharps/dto/sharps.dto';
import { RecordMovementRequest } from '../dto/movement.dto';
import { LedgerMovementType } from '../ledger-rules';
import { ReceiptWarning } from '../receipt-warnings';
import { PostedLine, ProductRecord, Reach, SharpsLine } from './ledger-store';

/** What each movement type is posted from: the request as received, and what the caller resolved for it. */
export interface PostingInputs {
  receipt: RecordMovementRequest;
  distribution: RecordMovementRequest;
  adjustment: RecordMovementRequest;
  stock_count: RecordMovementRequest;
  reversal: RecordMovementRequest;
  shipment_dispatch: { request: DispatchShipmentRequest; to: StockPoint };
  shipment_receipt: { request: ReceiveShipmentRequest; shipmentId: string };
  shipment_cancel: { request: CancelShipmentRequest; shipmentId: string };
  sharps_return: RecordSharpsRequest;
  sharps_handover: { request: RecordSharpsRequest; to: StockPoint | undefined };
  sharps_destruction: RecordSharpsRequest;
  kit_assembly: RecordMovementRequest;
  kit_disassembly: RecordMovementRequest;
}

interface CommandBase {
  /** The client's id of the movement: the idempotency key. */
  id: string;
  /** The point whose ledger the lines go to, already checked to be in the actor's scope. */
  point: StockPoint;
  /** When it happened; absent means "now", taken when the transaction starts. */
  occurredAt?: Date;
  /** SHA-256 of the canonical request: a retry carries the same. */
  requestHash: string;
  note?: string | null;
  contacts?: number | null;
  reach?: Reach | null;
  source?: string | null;
  reversesMovementId?: string | null;
  shipmentId?: string | null;
  /** Demo history only: dated beyond the backdating window on purpose, expiry judged at its own date. */
  historyImport?: boolean;
}

/** One stock change to post: its type decides the rule that plans its lines. */
export type PostingCommand<T extends LedgerMovementType = LedgerMovementType> = {
  [K in T]: CommandBase & { type: K; input: PostingInputs[K] };
}[T];

/** A posted line with what the answer shows of its lot. */
export interface RecordedLine extends PostedLine {
  lotNumber: string;
  expiryDate: string;
}

/** A line as the planner works it out, before its rule says what it counts as (`countedAs` in ./figures). */
export type PlannedLine = Omit<RecordedLine, 'figures'>;

/** What a rule decides inside the transaction, after the claim. */
export interface LinePlan {
  /** The ledger lines, in order, at the command's point. */
  lines: RecordedLine[];
  /** The sharps ledger's lines (used syringes and full containers), never stock: sharps movements and their reversals. */
  sharps?: SharpsLine[];
  /** The products of the lines (the answer names them). */
  products: Map<string, ProductRecord>;
  /** Records of the type that must exist before the lines (a shipment before its dispatch lines). */
  before?: () => Promise<void>;
  /** Records of the type written after the lines (shipment lines and status, the resupply request's status). */
  after?: () => Promise<void>;
  /** What the recorder should know now (receipts of lots near or past expiry). */
  warnings?: ReceiptWarning[];
}

export interface PostingContext<T extends LedgerMovementType> {
  manager: EntityManager;
  actor: AuthUser;
  command: PostingCommand<T>;
  occurredAt: Date;
  /** The point's local date expiry is judged on: today (the movement's own date for demo history). */
  today: string;
}

/**
 * The rules of one movement type. PostingPipeline runs the steps every type shares (claim, date and activity checks,
 * insert, daily limit, after-steps, answer); a rule only says what is particular to its type. Adding a movement type
 * means one rule, one value of LEDGER_MOVEMENT_TYPES, and its tests; MovementRuleRegistry does not compile without the rule.
 */
export interface MovementRule<T extends LedgerMovementType> {
  readonly type: T;
  /** Whether the movement counts toward MAX_DAILY_QUANTITY. Undoing (reversal, cancellation) never does. */
  readonly countsTowardDailyLimit: boolean;
  /** The detail of INACTIVE_POINT when the command's point is deactivated. */
  readonly inactivePoint: string;
  /** Checks of the request itself, before the transaction: they throw a problem and nothing is claimed. */
  check?(command: PostingCommand<T>): void | Promise<void>;
  /** Loads, checks, locks the stock drawn on, and decides the lines. Throws a problem to refuse the movement. */
  plan(context: PostingContext<T>): Promise<LinePlan>;
}
