import { Grid } from 'antd';

/** True on phone-width screens (below Ant Design's `md`, 768 px), where tables pin no columns. */
export function useNarrow(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.md === false;
}
