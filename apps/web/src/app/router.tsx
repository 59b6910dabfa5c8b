import { createBrowserRouter } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { AuditPage } from '../features/audit/AuditPage';
import { HomePage } from '../features/home/HomePage';
import { TokensPage } from '../features/tokens/TokensPage';
import { UsersPage } from '../features/users/UsersPage';
import { AppLayout } from './layout/AppLayout';
import { NotFound } from './layout/NotFound';

/** Every page of the app; the layout guards everything but the login page. */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage />, handle: { crumb: 'nav.home' } },
      { path: 'users', element: <UsersPage />, handle: { crumb: 'nav.users' } },
      { path: 'audit', element: <AuditPage />, handle: { crumb: 'nav.audit' } },
      { path: 'account/tokens', element: <TokensPage />, handle: { crumb: 'nav.tokens' } },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
