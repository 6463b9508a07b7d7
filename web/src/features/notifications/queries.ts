import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { cachedRead } from '../../api/cached-read';
import type { components } from '../../api/schema';
import { useOnline } from '../../components/use-online';

export type Notification = components['schemas']['NotificationResponse'];

/** How often the bell asks the server while the app is open and online. */
const POLL_MS = 60_000;

/** The bell's count: asked every minute while online; offline it keeps the last count it had. */
export function useUnreadCount(username: string) {
  const online = useOnline();
  return useQuery({
    queryKey: ['notifications', username, 'unread'],
    queryFn: async () => (await cachedRead(`notifications-unread:${username}`, (signal) => api.GET('/api/v1/notifications/unread-count', { signal }))).data.unread,
    refetchInterval: online ? POLL_MS : false,
  });
}

/** The newest notifications (kept on the phone, so the list opens offline too). */
export function useNotifications(username: string) {
  return useQuery({
    queryKey: ['notifications', username, 'list'],
    queryFn: () => cachedRead(`notifications:${username}`, (signal) => api.GET('/api/v1/notifications', { params: { query: { limit: 50 } }, signal })),
  });
}

/** Marks every notification up to the newest shown as read. */
export function useMarkAllRead(username: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (upTo: string) => {
      const { data, error } = await api.POST('/api/v1/notifications/read', { body: { upTo } });
      if (!data) throw new Error(JSON.stringify(error));
      return data;
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications', username] }),
  });
}
