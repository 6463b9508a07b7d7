import { AppConfig } from '../../../config/app-config';
import { EntityManager } from 'typeorm';
import { DomainError } from '../../../common/problem/problem';
import { StockPoint } from '../../../points/points.service';
import { RecordMovementRequest } from '../../dto/movement.dto';
import { LotStock } from '../../fefo';
import { LEDGER_MOVEMENT_TYPES } from '../../ledger-rules';
import { LedgerStore, ProductRecord } from '../ledger-store';
import { LinePlanner } from '../line-planner';
import { PostingCommand, PostingContext } from '../movement-rule';
import { MovementRuleRegistry } from '../rule-registry';
import { AdjustmentRule } from './adjustment.rule';
import { DistributionRule } from './distribution.rule';
import { ReceiptRule } from './receipt.rule';
import { ReversalRule } from './reversal.rule';
import { StockCountRule } from './stock-count.rule';

const PRODUCT = 'p-syringe';
const LOT = 'lot-1';
const point = { id: 'point-1', timeZone: 'Asia/Jakarta', active: true, mayHoldRestricted: true } as StockPoint;
const product: ProductRecord = {
  id: PRODUCT, code: 'NS-1ML', name: 'Syringe', nameId: null, restricted: false, active: true, gtin: null, category: 'needle_syringe', expiryWarningDays: null,
} as ProductRecord;

/** A LedgerStore with one lot at the point: `quantity` may be taken at the movement's date, `balanceAt` held then. */
function storeWith(lot: Partial<LotStock>, products: ProductRecord[] = [product]): LedgerStore {
  const stock: LotStock = { lotId: LOT, productId: PRODUCT, lotNumber: 'A1', expiryDate: '2030-01-31', quantity: 10, balanceAt: 10, limitedAt: null, ...lot };
  return {
    loadProducts: async () => new Map(products.map((entry) => [entry.id, entry])),
    lockStock: async () => [{ ...stock }],
    loadLots: async () => new Map(),
  } as unknown as LedgerStore;
}

const command = <T extends 'receipt' | 'distribution' | 'adjustment' | 'stock_count' | 'reversal'>(request: Partial<RecordMovementRequest> & { type: T }) =>
  ({
    type: request.type,
    id: 'm-1',
    point,
    occurredAt: new Date('2026-06-01T03:00:00Z'),
    requestHash: 'h',
    input: { id: 'm-1', occurredAt: '2026-06-01T10:00', lines: [], ...request } as RecordMovementRequest,
  }) as PostingCommand<T>;

const context = <T extends 'adjustment' | 'stock_count'>(c: PostingCommand<T>): PostingContext<T> => ({
  manager: {} as EntityManager,
  actor: { id: 'u', username: 'u', role: 'admin', regencyCodes: [], pointIds: [] },
  command: c,
  occurredAt: c.occurredAt!,
  today: '2026-06-01',
});

const refusal = (work: () => unknown): { code?: string; fields?: string[] } => {
  try {
    work();
  } catch (error) {
    const problem = error as DomainError;
    return { code: problem.code, fields: problem.extensions.errors?.map((entry) => entry.field) };
  }
  return {};
};
const refusalOf = async (work: Promise<unknown>) => work.then(() => ({}), (error: DomainError) => ({ code: error.code, extensions: error.extensions }));

describe('the movement rule registry', () => {
  it('has a rule for every ledger movement type, each of its own type', () => {
    const rules = LEDGER_MOVEMENT_TYPES.map((type) => ({ type }));
    const registry = new MovementRuleRegistry(...(rules as unknown as ConstructorParameters<typeof MovementRuleRegistry>));
    for (const type of LEDGER_MOVEMENT_TYPES) expect(registry.for(type)).toEqual({ type });
  });
});

describe('request checks of the movement rules', () => {
  const planner = new LinePlanner(storeWith({}));

  it('a receipt names its source and each lot; receipt fields are refused on other types', () => {
    const receipt = new ReceiptRule(storeWith({}), planner);
    expect(refusal(() => receipt.check(command({ type: 'receipt', lines: [{ productId: PRODUCT, quantity: 0, expiryDate: '2030-02-30' }] })))).toEqual({
      code: 'VALIDATION_FAILED',
      fields: ['source', 'lines[0].quantity', 'lines[0].lotNumber', 'lines[0].expiryDate', 'lines[0].fundingSource'],
    });
    const distribution = new DistributionRule(planner, { needlesPerContactCap: 50 } as AppConfig);
    expect(refusal(() => distribution.check(command({ type: 'distribution', source: 'x', lines: [{ productId: PRODUCT, quantity: 1, lotNumber: 'A1' }] })))).toEqual({
      code: 'VALIDATION_FAILED',
      fields: ['source', 'lines[0].lotNumber'],
    });
  });

  it('only distributions say how they reached people; new contacts are some of the contacts', () => {
    const adjustment = new AdjustmentRule(planner);
    expect(
      refusal(() => adjustment.check(command({ type: 'adjustment', channel: 'outreach', contactType: 'group', lines: [{ productId: PRODUCT, lotId: LOT, quantity: 1, reason: 'damaged' }] }))),
    ).toEqual({ code: 'VALIDATION_FAILED', fields: ['channel', 'contactType'] });
    const distribution = new DistributionRule(planner, { needlesPerContactCap: 50 } as AppConfig);
    expect(refusal(() => distribution.check(command({ type: 'distribution', contacts: 2, newContacts: 3, lines: [{ productId: PRODUCT, quantity: 1 }] })))).toEqual({
      code: 'VALIDATION_FAILED',
      fields: ['newContacts'],
    });
  });

  it('only distributions count contacts; a correction cannot be 0; a lot is counted once', () => {
    const adjustment = new AdjustmentRule(planner);
    expect(refusal(() => adjustment.check(command({ type: 'adjustment', contacts: 2, lines: [{ productId: PRODUCT, lotId: LOT, quantity: 0, reason: 'correction' }] })))).toEqual({
      code: 'VALIDATION_FAILED',
      fields: ['contacts', 'lines[0].quantity'],
    });
    const count = new StockCountRule(planner);
    const line = { productId: PRODUCT, lotId: LOT, quantity: 3 };
    expect(refusal(() => count.check(command({ type: 'stock_count', lines: [line, line] })))).toEqual({ code: 'VALIDATION_FAILED', fields: ['lines[1].lotId'] });
  });

  it('a reversal names the movement and has no lines, refused before anything is read', async () => {
    const reversal = new ReversalRule(undefined as never, planner);
    const refused = await refusalOf(Promise.resolve().then(() => reversal.check(command({ type: 'reversal', lines: [{ productId: PRODUCT, quantity: 1 }] }))));
    expect(refused).toMatchObject({ code: 'VALIDATION_FAILED', extensions: { errors: [{ field: 'reversesMovementId' }, { field: 'lines' }] } });
  });
});

describe('stock count lines', () => {
  const plan = (lot: Partial<LotStock>, line: { quantity: number; reason?: string }) =>
    new StockCountRule(new LinePlanner(storeWith(lot))).plan(
      context(command({ type: 'stock_count', lines: [{ productId: PRODUCT, lotId: LOT, ...line } as RecordMovementRequest['lines'][number]] })),
    );

  it('posts the difference from the balance at the count\'s own date, not today\'s', async () => {
    const { lines } = await plan({ quantity: 4, balanceAt: 7 }, { quantity: 5, reason: 'lost' });
    expect(lines).toEqual([expect.objectContaining({ quantity: -2, countedQuantity: 5, reason: 'lost' })]);
  });

  it('a count that agrees posts 0 with no reason, even if one was given', async () => {
    const { lines } = await plan({ balanceAt: 10 }, { quantity: 10, reason: 'found' });
    expect(lines).toEqual([expect.objectContaining({ quantity: 0, countedQuantity: 10, reason: null })]);
  });

  it('a difference needs a reason that fits its direction', async () => {
    expect(await refusalOf(plan({ balanceAt: 10 }, { quantity: 8 }))).toMatchObject({ code: 'COUNT_DIFFERENCE_NEEDS_REASON', extensions: { recorded: 10, counted: 8 } });
    expect(await refusalOf(plan({ balanceAt: 10 }, { quantity: 8, reason: 'found' }))).toMatchObject({ code: 'REASON_DOES_NOT_FIT' });
  });

  it('cannot take more than a later line leaves takeable', async () => {
    expect(await refusalOf(plan({ quantity: 1, balanceAt: 10 }, { quantity: 5, reason: 'lost' }))).toMatchObject({ code: 'INSUFFICIENT_STOCK' });
  });
});

describe('adjustment lines', () => {
  const plan = (lot: Partial<LotStock>, line: { quantity: number; reason: string }) =>
    new AdjustmentRule(new LinePlanner(storeWith(lot))).plan(
      context(command({ type: 'adjustment', lines: [{ productId: PRODUCT, lotId: LOT, ...line } as RecordMovementRequest['lines'][number]] })),
    );

  it('the reason gives the direction; a correction carries its own sign', async () => {
    expect((await plan({}, { quantity: 3, reason: 'damaged' })).lines[0].quantity).toBe(-3);
    expect((await plan({}, { quantity: 3, reason: 'found' })).lines[0].quantity).toBe(3);
    expect((await plan({}, { quantity: -3, reason: 'correction' })).lines[0].quantity).toBe(-3);
  });

  it('expired stock leaves only as an expiry write-off or a correction, and only expired stock is written off so', async () => {
    expect(await refusalOf(plan({ expiryDate: '2026-05-31' }, { quantity: 1, reason: 'damaged' }))).toMatchObject({ code: 'LOT_EXPIRED' });
    expect((await plan({ expiryDate: '2026-05-31' }, { quantity: 1, reason: 'expired_write_off' })).lines[0].quantity).toBe(-1);
    expect(await refusalOf(plan({ expiryDate: '2026-06-01' }, { quantity: 1, reason: 'expired_write_off' }))).toMatchObject({ code: 'LOT_NOT_EXPIRED' });
  });
});
