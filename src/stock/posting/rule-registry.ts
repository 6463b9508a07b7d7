import { Injectable } from '@nestjs/common';
import { LedgerMovementType } from '../ledger-rules';
import { MovementRule } from './movement-rule';
import { AdjustmentRule } from './rules/adjustment.rule';
import { DistributionRule } from './rules/distribution.rule';
import { ReceiptRule } from './rules/receipt.rule';
import { ReversalRule } from './rules/reversal.rule';
import { ShipmentCancelRule } from './rules/shipment-cancel.rule';
import { ShipmentDispatchRule } from './rules/shipment-dispatch.rule';
import { ShipmentReceiptRule } from './rules/shipment-receipt.rule';
import { SharpsDestructionRule, SharpsHandoverRule, SharpsReturnRule } from './rules/sharps.rules';
import { StockCountRule } from './rules/stock-count.rule';
import { KitAssemblyRule, KitDisassemblyRule } from './rules/kit.rules';

/** Every rule component, for the module's providers. */
export const MOVEMENT_RULES = [
  ReceiptRule,
  DistributionRule,
  AdjustmentRule,
  StockCountRule,
  ReversalRule,
  KitAssemblyRule,
  KitDisassemblyRule,
  ShipmentDispatchRule,
  ShipmentReceiptRule,
  ShipmentCancelRule,
  SharpsReturnRule,
  SharpsHandoverRule,
  SharpsDestructionRule,
];

/** The rule of each movement type. Keyed by LedgerMovementType: a type without a rule does not compile. */
@Injectable()
export class MovementRuleRegistry {
  private readonly rules: { [T in LedgerMovementType]: MovementRule<T> };

  constructor(
    receipt: ReceiptRule,
    distribution: DistributionRule,
    adjustment: AdjustmentRule,
    stockCount: StockCountRule,
    reversal: ReversalRule,
    kitAssembly: KitAssemblyRule,
    kitDisassembly: KitDisassemblyRule,
    dispatch: ShipmentDispatchRule,
    shipmentReceipt: ShipmentReceiptRule,
    cancel: ShipmentCancelRule,
    sharpsReturn: SharpsReturnRule,
    sharpsHandover: SharpsHandoverRule,
    sharpsDestruction: SharpsDestructionRule,
  ) {
    this.rules = {
      receipt,
      distribution,
      adjustment,
      stock_count: stockCount,
      reversal,
      shipment_dispatch: dispatch,
      shipment_receipt: shipmentReceipt,
      shipment_cancel: cancel,
      sharps_return: sharpsReturn,
      sharps_handover: sharpsHandover,
      sharps_destruction: sharpsDestruction,
      kit_assembly: kitAssembly,
      kit_disassembly: kitDisassembly,
    };
  }

  for<T extends LedgerMovementType>(type: T): MovementRule<T> {
    return this.rules[type];
  }
}
