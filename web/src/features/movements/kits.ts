import type { Product } from '../points/queries';
import type { ProductStock } from '../stock/projection';

export type KitMovementType = 'kit_assembly' | 'kit_disassembly';
export const KIT_MOVEMENT_TYPES: KitMovementType[] = ['kit_assembly', 'kit_disassembly'];

/** A kit is a product with a bill of materials (a catalogue cached on the phone before kits existed has none). */
export const isKitProduct = (product: Pick<Product, 'components'>): boolean => (product.components?.length ?? 0) > 0;

export interface ComponentNeed {
  productId: string;
  productCode: string;
  perKit: number;
  /** perKit x kits: what assembling takes. */
  needed: number;
  /** Usable at the point now, as the phone knows it. */
  usable: number;
  short: number;
}

/** What assembling `kits` kits takes of each component, against the point's usable stock. */
export function componentNeeds(kit: Pick<Product, 'components'>, kits: number, stock: ProductStock[]): ComponentNeed[] {
  return kit.components.map((component) => {
    const usable = stock.find((product) => product.productId === component.productId)?.usable ?? 0;
    const needed = component.quantity * kits;
    return { productId: component.productId, productCode: component.productCode, perKit: component.quantity, needed, usable, short: Math.max(0, needed - usable) };
  });
}

/** How many whole kits the usable components make now. */
export function assemblable(kit: Pick<Product, 'components'>, stock: ProductStock[]): number {
  const counts = componentNeeds(kit, 1, stock).map((need) => Math.floor(need.usable / need.perKit));
  return counts.length === 0 ? 0 : Math.min(...counts);
}
