import { lazy, type ComponentType } from 'react';
import type { Params, RouteObject } from 'react-router';
import { DemandName, MatchName } from './crumbs';

// The matchmaking pages (需求与供给, 我的撮合, 寻找合作伙伴); each page's code loads when first visited.

function page<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M) {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return <Page />;
}

const demands = () => import('./DemandsPage');
const demand = () => import('./DemandDetailPage');
const matches = () => import('./MatchesPage');
const match = () => import('./MatchDetailPage');
const partners = () => import('./PartnerFinderPage');

/** Routes under /: demands and offers, and the caller's matches. */
export const matchingRoutes: RouteObject[] = [
  {
    path: 'demands',
    handle: { crumb: 'matching.nav.demands' },
    children: [
      { index: true, element: page(demands, 'DemandsPage') },
      {
        path: ':id',
        element: page(demand, 'DemandDetailPage'),
        handle: { crumb: (p: Params) => <DemandName id={p.id} /> },
      },
    ],
  },
  {
    path: 'matches',
    handle: { crumb: 'matching.nav.matches' },
    children: [
      { index: true, element: page(matches, 'MatchesPage') },
      {
        path: ':id',
        element: page(match, 'MatchDetailPage'),
        handle: { crumb: (p: Params) => <MatchName id={p.id} /> },
      },
    ],
  },
];

/** Routes under /consortia/:id. */
export const consortiumMatchingRoutes: RouteObject[] = [
  {
    path: 'partners',
    element: page(partners, 'PartnerFinderPage'),
    handle: { crumb: 'matching.partners.title' },
  },
];
