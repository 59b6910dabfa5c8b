import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role, Session } from '@huahe/contracts';
import { ApiError, get, post, setCsrfToken } from '../../api/client';
import { changeLang } from '../../app/i18n';

/** The current session, or null when nobody is logged in. */
export function useSession() {
  return useQuery({
    queryKey: ['session'],
    queryFn: async (): Promise<Session | null> => {
      try {
        const s = await get<Session>('/api/auth/session');
        setCsrfToken(s.csrfToken);
        return s;
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) {
          setCsrfToken(null);
          return null;
        }
        throw err;
      }
    },
    staleTime: 60_000,
    retry: false,
  });
}

/** Login and logout that keep the session cache and the interface language in step. */
export function useAuthActions() {
  const qc = useQueryClient();
  return {
    async login(email: string, password: string): Promise<Session> {
      const s = await post<Session>('/api/auth/login', { email, password });
      setCsrfToken(s.csrfToken);
      await changeLang(s.user.locale);
      qc.clear();
      qc.setQueryData(['session'], s);
      return s;
    },
    async logout(): Promise<void> {
      try {
        await post('/api/auth/logout');
      } finally {
        setCsrfToken(null);
        qc.clear();
        qc.setQueryData(['session'], null);
      }
    },
  };
}

/** Whether the session holds any of the roles. */
export const hasRole = (s: Session | null | undefined, ...roles: Role[]) =>
  !!s && s.user.roles.some((r) => roles.includes(r.role));
