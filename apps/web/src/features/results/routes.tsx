import { lazy, type ComponentType } from 'react';
import type { Params, RouteObject } from 'react-router';
import { DealName, ResultName, RunName } from './crumbs';

// The pages of a consortium's results, IP, deals, distributions, statements and what-if, as children
// of /consortia/:id. Each page's code loads when it is first visited.

function page<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M) {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return <Page />;
}

const results = () => import('./ResultsPage');
const result = () => import('./ResultDetailPage');
const ip = () => import('../ip/IpPage');
const deals = () => import('../deals/DealsPage');
const deal = () => import('../deals/DealDetailPage');
const runs = () => import('../distributions/RunsPage');
const run = () => import('../distributions/RunPage');
const statements = () => import('../distributions/StatementsPage');
const whatIf = () => import('../distributions/WhatIfPage');

/** Routes under /consortia/:id. */
export const consortiumResultRoutes: RouteObject[] = [
  {
    path: 'results',
    handle: { crumb: 'resultsNav.results' },
    children: [
      { index: true, element: page(results, 'ResultsPage') },
      {
        path: ':resultId',
        element: page(result, 'ResultDetailPage'),
        handle: { crumb: (p: Params) => <ResultName id={p.resultId} /> },
      },
    ],
  },
  { path: 'ip', element: page(ip, 'IpPage'), handle: { crumb: 'resultsNav.ip' } },
  {
    path: 'deals',
    handle: { crumb: 'resultsNav.deals' },
    children: [
      { index: true, element: page(deals, 'DealsPage') },
      {
        path: ':dealId',
        element: page(deal, 'DealDetailPage'),
        handle: { crumb: (p: Params) => <DealName id={p.dealId} /> },
      },
    ],
  },
  {
    path: 'distributions',
    handle: { crumb: 'resultsNav.distributions' },
    children: [
      { index: true, element: page(runs, 'RunsPage') },
      {
        path: ':runId',
        element: page(run, 'RunPage'),
        handle: { crumb: (p: Params) => <RunName id={p.runId} /> },
      },
    ],
  },
  {
    path: 'statements',
    element: page(statements, 'StatementsPage'),
    handle: { crumb: 'resultsNav.statements' },
  },
  { path: 'what-if', element: page(whatIf, 'WhatIfPage'), handle: { crumb: 'resultsNav.whatIf' } },
];
