import type { TablePaginationConfig } from 'antd';
import type { TFunction } from 'i18next';

/**
 * A server-paginated table's pagination: the total shown, a page-size changer, and back to the
 * first page when the page size changes.
 */
export function serverPagination(
  t: TFunction,
  at: { page: number; pageSize: number; total: number | undefined },
  go: (page: number, pageSize: number) => void,
): TablePaginationConfig {
  return {
    current: at.page,
    pageSize: at.pageSize,
    total: at.total,
    showSizeChanger: true,
    showTotal: (total) => t('common.total', { total }),
    onChange: (p, ps) => go(ps !== at.pageSize ? 1 : p, ps),
  };
}
