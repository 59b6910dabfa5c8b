import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { download } from '../api/client';

/** Downloads an .xlsx export of the list as currently filtered. */
export function ExportButton(props: {
  path: string;
  fileName: string;
  label?: string;
  size?: 'small' | 'middle';
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      size={props.size}
      onClick={async () => {
        setBusy(true);
        try {
          await download(props.path, props.fileName);
        } catch (err) {
          message.error(err instanceof Error ? err.message : String(err));
        } finally {
          setBusy(false);
        }
      }}
    >
      {props.label ?? t('common.exportXlsx')}
    </Button>
  );
}
