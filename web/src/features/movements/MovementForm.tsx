import type { MovementBody } from '../outbox/outbox-types';
import type { ProductStock } from '../stock/projection';
import { AdjustmentForm } from './AdjustmentForm';
import { DistributionForm } from './DistributionForm';
import { KitAssemblyForm, KitDisassemblyForm } from './KitForms';
import { ReceiptForm } from './ReceiptForm';
import { KIT_MOVEMENT_TYPES, type KitMovementType } from './kits';
import { StockCountForm } from './StockCountForm';

export type CaptureType = 'distribution' | 'receipt' | 'adjustment' | 'stock_count' | KitMovementType;
export const CAPTURE_TYPES: CaptureType[] = ['distribution', 'receipt', 'adjustment', 'stock_count', ...KIT_MOVEMENT_TYPES];

/*
 * The kit forms (about 1.6 KB gzipped) are imported, not lazily loaded: a lazy chunk here makes Vite 8 (rolldown) split
 * shared code out of the entry chunk, and the initial JavaScript grew by more than the forms weigh (measured once).
 */

/** The form of a movement type, empty for a new capture or filled with a refused record to fix. */
export function MovementForm({ type, stock, today, initial, onSubmit }: {
  type: CaptureType;
  stock: ProductStock[];
  today: string;
  initial?: MovementBody;
  onSubmit: (body: MovementBody) => Promise<void>;
}) {
  switch (type) {
    case 'distribution':
      return <DistributionForm stock={stock} today={today} initial={initial} onSubmit={onSubmit} />;
    case 'receipt':
      return <ReceiptForm initial={initial} onSubmit={onSubmit} />;
    case 'adjustment':
      return <AdjustmentForm stock={stock} today={today} initial={initial} onSubmit={onSubmit} />;
    case 'stock_count':
      return <StockCountForm stock={stock} today={today} initial={initial} onSubmit={onSubmit} />;
    case 'kit_assembly':
      return <KitAssemblyForm stock={stock} initial={initial} onSubmit={onSubmit} />;
    case 'kit_disassembly':
      return <KitDisassemblyForm stock={stock} initial={initial} onSubmit={onSubmit} />;
  }
}
