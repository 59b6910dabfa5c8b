import { lazy, type ComponentType } from 'react';
import { createBrowserRouter, type Params } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { ConsortiumName, OrganisationName } from './layout/RecordName';
import { AppLayout } from './layout/AppLayout';
import type { RouteHandle } from './layout/crumbs';
import { NotFound } from './layout/NotFound';
import { PublicLayout } from './layout/PublicLayout';
import { consortiumResultRoutes } from '../features/results/routes';
import { consortiumMatchingRoutes, matchingRoutes } from '../features/matches/routes';

/** A page whose code loads when it is first visited (named export `name` of the module). */
function page<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M) {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return <Page />;
}

/** A crumb naming the record whose id is in the address. */
const named = (Name: ComponentType<{ id: string | undefined }>): RouteHandle => ({
  crumb: (params: Params) => (
    <span data-testid="crumb-record">
      <Name id={params.id} />
    </span>
  ),
});

const home = () => import('../features/home/HomePage');
const consortia = () => import('../features/consortia/ConsortiaPage');
const consortium = () => import('../features/consortia/ConsortiumDetailPage');
const organisations = () => import('../features/organisations/OrganisationsPage');
const organisation = () => import('../features/organisations/OrganisationDetailPage');
const myOrganisation = () => import('../features/organisations/MyOrganisationPage');
const people = () => import('../features/people/PeoplePage');
const users = () => import('../features/users/UsersPage');
const audit = () => import('../features/audit/AuditPage');
const tokens = () => import('../features/tokens/TokensPage');
const agreement = () => import('../features/agreements/AgreementPage');
const todo = () => import('../features/todo/TodoPage');

/** Every page of the app; the layout guards everything but the login page and the public directory. */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/public',
    element: <PublicLayout />,
    children: [
      {
        path: 'consortia',
        handle: { crumb: 'nav.publicConsortia' },
        children: [
          { index: true, element: page(consortia, 'PublicConsortiaPage') },
          {
            path: ':id',
            element: page(consortium, 'PublicConsortiumPage'),
            handle: named(ConsortiumName),
          },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: page(home, 'HomePage'), handle: { crumb: 'nav.home' } },
      {
        path: 'consortia',
        handle: { crumb: 'nav.consortia' },
        children: [
          { index: true, element: page(consortia, 'ConsortiaPage') },
          {
            path: ':id',
            handle: named(ConsortiumName),
            children: [
              { index: true, element: page(consortium, 'ConsortiumDetailPage') },
              {
                path: 'agreement',
                element: page(agreement, 'AgreementPage'),
                handle: { crumb: 'agreements.crumb' },
              },
              ...consortiumResultRoutes,
              ...consortiumMatchingRoutes,
            ],
          },
        ],
      },
      {
        path: 'organisations',
        handle: { crumb: 'nav.organisations' },
        children: [
          { index: true, element: page(organisations, 'OrganisationsPage') },
          {
            path: ':id',
            element: page(organisation, 'OrganisationDetailPage'),
            handle: named(OrganisationName),
          },
        ],
      },
      { path: 'people', element: page(people, 'PeoplePage'), handle: { crumb: 'nav.people' } },
      {
        path: 'my-organisation',
        element: page(myOrganisation, 'MyOrganisationPage'),
        handle: { crumb: 'nav.myOrganisation' },
      },
      { path: 'users', element: page(users, 'UsersPage'), handle: { crumb: 'nav.users' } },
      { path: 'audit', element: page(audit, 'AuditPage'), handle: { crumb: 'nav.audit' } },
      { path: 'account/tokens', element: page(tokens, 'TokensPage'), handle: { crumb: 'nav.tokens' } },
      { path: 'todo', element: page(todo, 'TodoPage'), handle: { crumb: 'todo.crumb' } },
      ...matchingRoutes,
      { path: '*', element: <NotFound /> },
    ],
  },
]);
