import type { ReactNode } from 'react';
import type { Params, UIMatch } from 'react-router';

/** What a route puts in the breadcrumb: a message key, or a component naming the record. */
export type Crumb = string | ((params: Params) => ReactNode);

/** The `handle` of a route. */
export interface RouteHandle {
  crumb?: Crumb;
}

/** The breadcrumb entries of the matched routes: title and, except for the last, a link. */
export function crumbsOf(
  matches: UIMatch[],
  t: (key: string) => string,
): { key: string; title: ReactNode; to?: string }[] {
  const withCrumb = matches.filter((m) => (m.handle as RouteHandle | undefined)?.crumb);
  return withCrumb.map((m, i) => {
    const crumb = (m.handle as RouteHandle).crumb!;
    const title = typeof crumb === 'string' ? t(crumb) : crumb(m.params);
    return { key: m.id, title, to: i < withCrumb.length - 1 ? m.pathname : undefined };
  });
}
