import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DeadlineView, Notification } from '@huahe/contracts';
import { get, post } from '../../api/client';

/** The caller's upcoming deadlines (to-do list and calendar). */
export function useDeadlines() {
  return useQuery({ queryKey: ['me', 'deadlines'], queryFn: () => get<DeadlineView[]>('/api/me/deadlines') });
}

/** The caller's notifications (unread only, or all), refreshed every minute. */
export function useNotifications(unread: boolean) {
  return useQuery({
    queryKey: ['me', 'notifications', unread],
    queryFn: () => get<Notification[]>(`/api/me/notifications${unread ? '?unread=true' : ''}`),
    refetchInterval: 60_000,
  });
}

/** Marking notifications read. */
export function useNotificationWrites() {
  const qc = useQueryClient();
  const settle = () => void qc.invalidateQueries({ queryKey: ['me', 'notifications'] });
  return {
    read: useMutation({
      mutationFn: (id: string) => post(`/api/me/notifications/${id}/read`),
      onSuccess: settle,
    }),
    readAll: useMutation({ mutationFn: () => post('/api/me/notifications/read-all'), onSuccess: settle }),
  };
}

/** The calendar file of the caller's deadlines. */
export const CALENDAR_PATH = '/api/me/calendar.ics';
