import type { Language } from '../../i18n/format';
import type { Product } from '../points/queries';

/** The product's Indonesian name when the app is in Indonesian and the catalogue has one. */
export function productName(productId: string, fallback: string, products: Product[] | undefined, language: Language): string {
  const product = products?.find((candidate) => candidate.id === productId);
  if (!product) return fallback;
  return language === 'id' && product.nameId ? product.nameId : product.name;
}
