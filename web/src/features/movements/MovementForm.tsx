import type { MovementBody } from '../outbox/outbox-types';
import type { ProductStock } from '../stock/projection';
import { AdjustmentForm } from './AdjustmentForm';
import { DistributionForm } from './DistributionForm';
import { ReceiptForm } from './ReceiptForm';
import { StockCountForm } from './StockCountForm';

export type CaptureType = 'distribution' | 'receipt' | 'adjustment' | 'stock_count';
export const CAPTURE_TYPES: CaptureType[] = ['distribution', 'receipt', 'adjustment', 'stock_count'];

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
  }
}
