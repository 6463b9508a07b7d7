/** A point and one of its products: the unit whose kept figures a change concerns. */
export interface PointProduct {
  pointId: string;
  productId: string;
}

/**
 * The SQL condition that a point and product are wanted: of the points listed in `pairs`, only their listed products;
 * every product of any other point. Given the column expressions to test; the two arrays it reads are pushed to
 * `params` once. TRUE when no pair is listed.
 */
export function pairCondition(pairs: PointProduct[] | undefined, params: unknown[]): (point: string, product: string) => string {
  if (!pairs?.length) return () => 'TRUE';
  params.push(
    pairs.map((pair) => pair.pointId),
    pairs.map((pair) => pair.productId),
  );
  const [points, products] = [`$${params.length - 1}::uuid[]`, `$${params.length}::uuid[]`];
  return (point, product) => `(${point} <> ALL(${points}) OR (${point}, ${product}) IN (SELECT * FROM unnest(${points}, ${products})))`;
}
