import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../common/problem/problem';
import { DEFAULT_EXPIRY_WARNING_DAYS } from '../../../products/product-categories';
import { normaliseExpiryDate } from '../../expiry-dates';
import { receiptWarnings } from '../../receipt-warnings';
import { LedgerStore, ProductRecord } from '../ledger-store';
import { countedAs, figuresOf } from '../figures';
import { LinePlanner } from '../line-planner';
import { LinePlan, MovementRule, PostingCommand, PostingContext } from '../movement-rule';
import { lineMovementErrors, refuseInvalid } from './movement-request';

/** The product's shortest (critical) expiry warning window: its own, or its category's. */
function criticalWindow(product: ProductRecord): number {
  return Math.min(...(product.expiryWarningDays ?? DEFAULT_EXPIRY_WARNING_DAYS[product.category]));
}

/** A scanned GTIN identifies a product: it must be the product the line names. */
function gtinMismatch(product: ProductRecord, gtin: string, index: number): DomainError {
  const message = product.gtin
    ? `the GTIN of ${product.code} is ${product.gtin}`
    : `${product.code} has no GTIN in the catalogue; an administrator adds it (PATCH /products/{id})`;
  return new DomainError('GTIN_MISMATCH', `Line ${index + 1}: GTIN ${gtin} is not the product's: ${message}. Check the product chosen.`, {
    errors: [{ field: `lines[${index}].gtin`, messages: [message] }],
  });
}

/**
 * Stock arriving from a supplier or donor: each line names its lot (number, expiry, funding source), found or created
 * (a known lot number with another expiry is refused). Only active products are received; a lot near or past expiry
 * is recorded all the same, with a warning in the answer.
 */
@Injectable()
export class ReceiptRule implements MovementRule<'receipt'> {
  readonly type = 'receipt';
  readonly countsTowardDailyLimit = true;
  readonly inactivePoint = 'This point is deactivated; it cannot record movements.';

  constructor(
    private readonly store: LedgerStore,
    private readonly planner: LinePlanner,
  ) {}

  check(command: PostingCommand<'receipt'>): void {
    const errors = lineMovementErrors(command.input, { source: true, receiptFields: true }, (line, index, add) => {
      if (line.quantity < 1) add(index, 'quantity', 'quantity must be at least 1');
      if (line.lotId !== undefined) add(index, 'lotId', 'a receipt names the lot by lotNumber, expiryDate and fundingSource');
      if (line.reason !== undefined) add(index, 'reason', 'receipts have no reason');
      if (!line.lotNumber) add(index, 'lotNumber', 'lotNumber is required');
      if (!line.expiryDate) add(index, 'expiryDate', 'expiryDate is required (YYYY-MM-DD or YYYY-MM)');
      else if (!normaliseExpiryDate(line.expiryDate)) add(index, 'expiryDate', `${line.expiryDate} is not a real date`);
      if (!line.fundingSource) add(index, 'fundingSource', 'fundingSource is required');
      if (line.fundingSource === 'OTHER_DONOR' && !line.donorName) add(index, 'donorName', 'name the donor when fundingSource is OTHER_DONOR');
      if (line.fundingSource !== 'OTHER_DONOR' && line.donorName !== undefined) add(index, 'donorName', 'donorName is only for OTHER_DONOR');
    });
    refuseInvalid(errors, command.occurredAt);
  }

  async plan({ manager, command, occurredAt, today }: PostingContext<'receipt'>): Promise<LinePlan> {
    const { lines } = command.input;
    const products = await this.planner.loadProducts(manager, lines, true);
    lines.forEach((line, index) => {
      const product = products.get(line.productId)!;
      this.planner.assertMayHold(command.point, product, index);
      if (line.gtin !== undefined && line.gtin !== product.gtin) throw gtinMismatch(product, line.gtin, index);
    });
    const lots = await this.store.upsertLots(
      manager,
      lines.map((line) => ({
        productId: line.productId,
        lotNumber: line.lotNumber!,
        expiryDate: normaliseExpiryDate(line.expiryDate!)!,
        fundingSource: line.fundingSource!,
        donorName: line.donorName ?? null,
      })),
    );
    const posted = lots.map((lot, index) => ({ productId: lot.productId, lotId: lot.id, quantity: lines[index].quantity, lotNumber: lot.lotNumber, expiryDate: lot.expiryDate }));
    return { lines: countedAs(posted, figuresOf('receipt', occurredAt, command.point)), products, warnings: receiptWarnings(posted, (id) => criticalWindow(products.get(id)!), today) };
  }
}
