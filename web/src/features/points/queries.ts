import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { cachedRead } from '../../api/cached-read';
import type { components } from '../../api/schema';

export type Point = components['schemas']['PointResponse'];
export type Product = components['schemas']['ProductResponse'];

/** The points the signed-in user works at (the server scopes the list). */
export function usePoints() {
  return useQuery({
    queryKey: ['points'],
    queryFn: () => cachedRead('points', (signal) => api.GET('/api/v1/points', { params: { query: { limit: 200, active: true } }, signal })),
  });
}

export function usePoint(pointId: string) {
  const points = usePoints();
  return { ...points, point: points.data?.data.items.find((point) => point.id === pointId) };
}

/** The catalogue (names in Indonesian and English, pack sizes), kept for offline use. */
export function useProducts() {
  return useQuery({
    queryKey: ['products'],
    queryFn: () => cachedRead('products', (signal) => api.GET('/api/v1/products', { params: { query: { limit: 200 } }, signal })),
    staleTime: 10 * 60_000,
  });
}
