import { useLocation, useSearch } from 'wouter';

/** Filters live in the address (?status=stockout&regencyCode=32.01), so every count links to its list and back works. */
export function useSearchParams(): [Record<string, string>, (changes: Record<string, string | undefined>) => void] {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const params = Object.fromEntries(new URLSearchParams(search));
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams({ ...params });
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, value);
    }
    // A new filter starts at the first page.
    if (!('offset' in changes)) next.delete('offset');
    const query = next.toString();
    navigate(query ? `${location}?${query}` : location);
  };
  return [params, update];
}

/** A link's address with its filters, leaving out the empty ones. */
export function withQuery(path: string, query: Record<string, string | number | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}
